package org.blueledger.victimsupport.api;

import jakarta.json.JsonObject;
import org.blueledger.testsupport.Api;
import org.blueledger.testsupport.ClientTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.blueledger.testsupport.Api.ADMIN;
import static org.blueledger.testsupport.Api.ADMIN_PASSWORD;
import static org.blueledger.testsupport.Api.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assistance referrals with consent, their scoped list, and the administrator's Trust Fund projects. */
class ReferralsApiIT extends ClientTest {

    static final String PROJECTS = "/api/v1/admin/trust-fund-projects";

    String officer;
    String vro;
    String reference;
    long victimId;
    String project;

    @BeforeEach
    void setUp() {
        officer = api.newAccount("co-ref", "CONDUCT_OFFICER", "UNMISS", null);
        vro = api.newAccount("vro-ref", "VICTIMS_RIGHTS", null, null);
        Api.Response r = api.post(CASES, """
                {"mission":"UNMISS","receivedOn":"2019-03-01","kind":"SEA","seaType":"SEXUAL_ABUSE","source":"HOTLINE",
                 "summary":"Referrals","subjects":[{"personnelCategory":"UN_POLICE","nationality":"SEN","sex":"MALE"}],
                 "victims":[{"sex":"FEMALE","ageGroup":"ADULT","name":"Referred Victim"}]}""", officer, PASSWORD);
        assertEquals(201, r.status(), r.body());
        reference = r.json().getString("reference");
        victimId = r.json().getJsonArray("victims").getJsonObject(0).getJsonNumber("id").longValue();
        project = "TF-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Api.Response p = api.post(PROJECTS, "{\"code\":\"" + project + "\",\"name\":\"Livelihoods project\",\"country\":\"SSD\"}",
                ADMIN, ADMIN_PASSWORD);
        assertEquals(201, p.status(), p.body());
    }

    private String path() {
        return CASES + "/" + reference + "/victims/" + victimId + "/referrals";
    }

    private static Set<String> fields(Api.Response r) {
        return r.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field"))
                .collect(Collectors.toSet());
    }

    private Optional<JsonObject> listed(String user, long id) {
        Api.Response r = api.get("/api/v1/referrals?size=200", user, PASSWORD);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonNumber("id").longValue() == id).findFirst();
    }

    @Test
    void aReferralNeedsTheVictimsConsentAndAnActiveProjectForTheTrustFund() {
        Api.Response none = api.post(path(), "{\"type\":\"TRUST_FUND\",\"referredOn\":\"2019-04-01\",\"provider\":\"" + project
                + "\"}", vro, PASSWORD);
        assertEquals(400, none.status(), none.body());
        assertEquals(Set.of("consentOn"), fields(none), "no referral without consent");
        Api.Response late = api.post(path(), "{\"type\":\"TRUST_FUND\",\"referredOn\":\"2019-04-01\",\"consentOn\":\"2019-04-02\","
                + "\"provider\":\"NO-SUCH-PROJECT\"}", vro, PASSWORD);
        assertEquals(Set.of("consentOn", "provider"), fields(late));
        Api.Response types = api.post(path(), "{\"type\":\"SPA\",\"referredOn\":20190401,\"consentOn\":\"2019-13-01\"}", vro, PASSWORD);
        assertEquals(Set.of("type", "referredOn", "consentOn"), fields(types));
        assertEquals(0, api.get("/api/v1/referrals?size=200", vro, PASSWORD).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(i -> i.getString("reference").equals(reference)).count(),
                "nothing stored");

        Api.Response ok = api.post(path(), "{\"type\":\"TRUST_FUND\",\"referredOn\":\"2019-04-01\",\"consentOn\":\"2019-03-28\","
                + "\"provider\":\"" + project + "\"}", vro, PASSWORD);
        assertEquals(201, ok.status(), ok.body());
        assertEquals("REFERRED", ok.json().getString("status"));
        assertEquals("Livelihoods project", ok.json().getString("providerName"));
        assertTrue(api.get("/api/v1/trust-fund-projects", officer, PASSWORD).body().contains(project));
    }

    @Test
    void theAssignedOfficerMayReferButNoOtherOfficer() {
        String body = "{\"type\":\"MEDICAL\",\"referredOn\":\"2019-04-01\",\"consentOn\":\"2019-04-01\",\"provider\":\"Juba clinic\"}";
        Api.Response mine = api.post(path(), body, officer, PASSWORD);
        assertEquals(201, mine.status(), mine.body());
        long id = mine.json().getJsonNumber("id").longValue();
        String colleague = api.newAccount("co-ref-other", "CONDUCT_OFFICER", "UNMISS", null);
        assertEquals(403, api.post(path(), body, colleague, PASSWORD).status(), "not assigned");
        String elsewhere = api.newAccount("co-ref-minusca", "CONDUCT_OFFICER", "MINUSCA", null);
        assertEquals(404, api.post(path(), body, elsewhere, PASSWORD).status(), "another mission's case");
        assertEquals(404, api.post(CASES + "/" + reference + "/victims/999999999/referrals", body, vro, PASSWORD).status());

        assertTrue(listed(officer, id).isPresent());
        assertTrue(listed(colleague, id).isEmpty(), "the list is scoped to the officer's assigned cases");
        assertTrue(listed(vro, id).isPresent());
        String hq = api.newAccount("hq-ref", "HQ_CONDUCT", null, null);
        assertTrue(listed(hq, id).orElseThrow().getBoolean("identityRestricted"));
        String liaison = api.newAccount("liaison-ref", "MEMBER_STATE_LIAISON", null, "SEN");
        assertEquals(404, api.get("/api/v1/referrals", liaison, PASSWORD).status());
    }

    @Test
    void theVictimsRightsOfficerFollowsAReferralToItsEnd() {
        Api.Response made = api.post(path(), "{\"type\":\"PSYCHOSOCIAL\",\"referredOn\":\"2019-04-01\",\"consentOn\":\"2019-04-01\","
                + "\"provider\":\"Counselling NGO\"}", vro, PASSWORD);
        assertEquals(201, made.status(), made.body());
        long id = made.json().getJsonNumber("id").longValue();
        int v = made.json().getInt("version");
        String one = path() + "/" + id;
        Api.Response noStart = api.put(one, "{\"status\":\"IN_PROGRESS\",\"version\":" + v + "}", vro, PASSWORD);
        assertEquals(400, noStart.status(), noStart.body());
        assertEquals(Set.of("startedOn"), fields(noStart));
        assertEquals(403, api.put(one, "{\"status\":\"IN_PROGRESS\",\"startedOn\":\"2019-04-02\",\"version\":" + v + "}",
                officer, PASSWORD).status(), "only victims' rights officers move referrals");
        Api.Response started = api.put(one, "{\"status\":\"IN_PROGRESS\",\"startedOn\":\"2019-04-02\",\"notes\":\"Weekly\","
                + "\"version\":" + v + "}", vro, PASSWORD);
        assertEquals(200, started.status(), started.body());
        assertEquals(409, api.put(one, "{\"status\":\"COMPLETED\",\"closedOn\":\"2019-06-01\",\"version\":" + v + "}", vro,
                PASSWORD).status(), "stale version");
        Api.Response done = api.put(one, "{\"status\":\"COMPLETED\",\"closedOn\":\"2019-06-01\",\"notes\":\"Done\",\"version\":"
                + started.json().getInt("version") + "}", vro, PASSWORD);
        assertEquals(200, done.status(), done.body());
        assertEquals("Done", done.json().getString("notes"));
        assertEquals(409, api.put(one, "{\"status\":\"IN_PROGRESS\",\"version\":" + done.json().getInt("version") + "}", vro,
                PASSWORD).status(), "an ended referral stays ended");
    }

    @Test
    void theAdministratorKeepsTheTrustFundProjects() {
        String vroUser = vro;
        assertEquals(403, api.post(PROJECTS, "{\"code\":\"TF-X\",\"name\":\"X\"}", vroUser, PASSWORD).status());
        assertEquals(409, api.post(PROJECTS, "{\"code\":\"" + project + "\",\"name\":\"Again\"}", ADMIN, ADMIN_PASSWORD).status());
        Api.Response bad = api.post(PROJECTS, "{\"code\":\"tf x\",\"name\":\" \",\"country\":\"ssd\"}", ADMIN, ADMIN_PASSWORD);
        assertEquals(Set.of("code", "name", "country"), fields(bad));
        List<JsonObject> all = jakarta.json.Json.createReader(new java.io.StringReader(api.get(PROJECTS, ADMIN, ADMIN_PASSWORD)
                .body())).readArray().getValuesAs(JsonObject.class);
        JsonObject mine = all.stream().filter(x -> x.getString("code").equals(project)).findFirst().orElseThrow();
        long id = mine.getJsonNumber("id").longValue();
        Api.Response off = api.put(PROJECTS + "/" + id, "{\"name\":\"Livelihoods project\",\"active\":false,\"version\":"
                + mine.getInt("version") + "}", ADMIN, ADMIN_PASSWORD);
        assertEquals(200, off.status(), off.body());
        assertFalse(off.json().getBoolean("active"));
        assertEquals(409, api.put(PROJECTS + "/" + id, "{\"name\":\"Y\",\"active\":true,\"version\":" + mine.getInt("version")
                + "}", ADMIN, ADMIN_PASSWORD).status());
        assertFalse(api.get("/api/v1/trust-fund-projects", vroUser, PASSWORD).body().contains(project), "inactive: not offered");
        Api.Response refused = api.post(path(), "{\"type\":\"TRUST_FUND\",\"referredOn\":\"2019-04-01\",\"consentOn\":\"2019-04-01\","
                + "\"provider\":\"" + project + "\"}", vroUser, PASSWORD);
        assertEquals(Set.of("provider"), fields(refused));
    }
}
