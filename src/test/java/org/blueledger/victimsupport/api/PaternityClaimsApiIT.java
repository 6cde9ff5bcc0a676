package org.blueledger.victimsupport.api;

import jakarta.json.JsonObject;
import org.blueledger.testsupport.Api;
import org.blueledger.testsupport.ClientTest;
import org.blueledger.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.blueledger.testsupport.Api.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Paternity and child-support claims through the API, per role: the victims' rights officer
 * opens and follows them with identities; HQ reads them without; the liaison of the alleged
 * father's state reads its nationals' claims without identities and records its state's steps;
 * another state's liaison and every other role find nothing (404, audited with the case).
 */
class PaternityClaimsApiIT extends ClientTest {

    static final String CLAIMS = "/api/v1/paternity-claims";

    String officer;
    String vro;
    String hq;
    String nepal;
    String southAfrica;
    String auditor;
    String reference;
    long victimId;
    long nepaleseId;
    long frenchId;

    @BeforeEach
    void setUp() {
        officer = api.newAccount("co-pc", "CONDUCT_OFFICER", "UNMISS", null);
        vro = api.newAccount("vro-pc", "VICTIMS_RIGHTS", null, null);
        hq = api.newAccount("hq-pc", "HQ_CONDUCT", null, null);
        nepal = api.newAccount("liaison-pc-npl", "MEMBER_STATE_LIAISON", null, "NPL");
        southAfrica = api.newAccount("liaison-pc-zaf", "MEMBER_STATE_LIAISON", null, "ZAF");
        auditor = api.newAccount("auditor-pc", "AUDITOR", null, null);
        JsonObject c = api.filed("""
                {"mission":"UNMISS","receivedOn":"2010-03-01","kind":"SEA","seaType":"SEXUAL_EXPLOITATION","source":"HOTLINE",
                 "summary":"Paternity claim","subjects":[
                   {"personnelCategory":"MILITARY_CONTINGENT","nationality":"NPL","sex":"MALE","name":"Alleged Father"},
                   {"personnelCategory":"INTERNATIONAL_STAFF","nationality":"FRA","sex":"MALE","name":"Other Subject"}],
                 "victims":[{"sex":"FEMALE","ageGroup":"ADULT","name":"Mother Name","contact":"+211 555"}]}""", officer);
        reference = c.getString("reference");
        victimId = c.getJsonArray("victims").getJsonObject(0).getJsonNumber("id").longValue();
        nepaleseId = c.getJsonArray("subjects").getJsonObject(0).getJsonNumber("id").longValue();
        frenchId = c.getJsonArray("subjects").getJsonObject(1).getJsonNumber("id").longValue();
    }

    private Api.Response open(String user, String body) {
        return api.post(CASES + "/" + reference + "/paternity-claims", body, user, PASSWORD);
    }

    private String claimBody(long subject) {
        return """
                {"victimId":%d,"subjectId":%d,"receivedOn":"2010-05-17","claimant":"VICTIM",
                 "child":{"name":"Child Name","dateOfBirth":"2010-01-20","sex":"FEMALE"}}""".formatted(victimId, subject);
    }

    private JsonObject openClaim() {
        Api.Response r = open(vro, claimBody(nepaleseId));
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    private Api.Response step(long id, String user, String body) {
        return api.post(CLAIMS + "/" + id + "/steps", body, user, PASSWORD);
    }

    private JsonObject stepOk(long id, String user, String body) {
        Api.Response r = step(id, user, body);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private int version(long id) {
        return api.get(CLAIMS + "/" + id, vro, PASSWORD).json().getInt("version");
    }

    private static Set<String> fields(Api.Response r) {
        return r.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field"))
                .collect(Collectors.toSet());
    }

    private List<Long> listed(String user) {
        Api.Response r = api.get(CLAIMS + "?reference=" + reference, user, PASSWORD);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getJsonNumber("id").longValue()).toList();
    }

    @Test
    void theVictimsRightsOfficerOpensAClaimDueForNotificationFiveWorkingDaysLater() {
        Api.Response r = open(vro, claimBody(nepaleseId));
        assertEquals(201, r.status(), r.body());
        JsonObject c = r.json();
        assertTrue(r.header("Location").endsWith(CLAIMS + "/" + c.getJsonNumber("id")), r.header("Location"));
        assertEquals("RECEIVED", c.getString("status"));
        assertEquals("2010-05-24", c.getString("memberStateNotificationDueOn"), "received Monday 17 May: due Monday 24 May");
        assertEquals("NPL", c.getString("memberState"));
        assertTrue(c.containsKey("version"));
        assertEquals("Child Name", c.getJsonObject("child").getString("name"));
        assertEquals("Mother Name", c.getString("claimantName"));
        assertFalse(c.getBoolean("identityRestricted"));
    }

    @Test
    void eachRoleSeesWhatItMayAndNoMore() {
        long id = openClaim().getJsonNumber("id").longValue();

        JsonObject mine = api.get(CLAIMS + "/" + id, vro, PASSWORD).json();
        assertEquals("Child Name", mine.getJsonObject("child").getString("name"));
        assertEquals("2010-01-20", mine.getJsonObject("child").getString("dateOfBirth"));
        assertTrue(listed(vro).contains(id));

        for (String restricted : List.of(hq, nepal)) {
            Api.Response r = api.get(CLAIMS + "/" + id, restricted, PASSWORD);
            assertEquals(200, r.status(), r.body());
            JsonObject c = r.json();
            assertTrue(c.getBoolean("identityRestricted"));
            assertFalse(c.getJsonObject("child").containsKey("name"), r.body());
            assertFalse(c.getJsonObject("child").containsKey("dateOfBirth"), r.body());
            assertFalse(c.containsKey("claimantName"), r.body());
            assertEquals("FEMALE", c.getJsonObject("child").getString("sex"));
            assertFalse(r.body().contains("Child Name") || r.body().contains("Mother Name"), r.body());
            assertTrue(listed(restricted).contains(id));
        }

        assertEquals(404, api.get(CLAIMS + "/" + id, southAfrica, PASSWORD).status(), "another state's liaison");
        assertFalse(listed(southAfrica).contains(id));
        for (String other : List.of(officer, auditor)) {
            assertEquals(404, api.get(CLAIMS + "/" + id, other, PASSWORD).status());
            assertEquals(404, api.get(CLAIMS, other, PASSWORD).status());
        }
        assertEquals(404, api.get(CLAIMS + "/999999999", vro, PASSWORD).status());
        assertEquals(404, api.get(CLAIMS + "/abc", vro, PASSWORD).status());

        Api.Response audit = api.get("/api/v1/audit?reference=" + reference + "&size=200", auditor, PASSWORD);
        assertEquals(200, audit.status(), audit.body());
        List<JsonObject> entries = audit.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(entries.stream().anyMatch(e -> e.getString("action").equals("PATERNITY_CLAIM_READ")
                && e.getString("outcome").equals("DENIED") && e.getString("user").equals(southAfrica)), audit.body());
        assertTrue(entries.stream().anyMatch(e -> e.getString("action").equals("PATERNITY_CLAIM_READ")
                && e.getString("outcome").equals("ALLOWED") && e.getString("user").equals(vro)
                && e.getString("detail").contains("claimant, child")), audit.body());
    }

    @Test
    void theLiaisonRecordsItsStatesStepsAndOnlyThose() {
        JsonObject c = openClaim();
        long id = c.getJsonNumber("id").longValue();
        assertEquals(403, step(id, nepal, "{\"step\":\"MEMBER_STATE_NOTIFIED\",\"on\":\"2010-05-18\",\"version\":" + version(id) + "}").status(),
                "the UN notifies, not the state");
        assertEquals(404, step(id, southAfrica, "{\"step\":\"FOCAL_POINT_NAMED\",\"on\":\"2010-05-18\",\"version\":" + version(id) + ","
                + "\"result\":\"X\"}").status(), "another state's claim");
        assertEquals(403, step(id, hq, "{\"step\":\"CLOSED\",\"on\":\"2010-05-18\",\"version\":" + version(id) + "}").status(), "HQ reads only");
        assertEquals(409, step(id, nepal, "{\"step\":\"DNA_SAMPLE_COLLECTED\",\"on\":\"2010-05-18\",\"version\":" + version(id) + "}").status(),
                "not notified yet");

        JsonObject notified = stepOk(id, vro, "{\"step\":\"MEMBER_STATE_NOTIFIED\",\"on\":\"2010-05-18\",\"version\":" + version(id) + "}");
        assertEquals("MEMBER_STATE_NOTIFIED", notified.getString("status"));
        assertFalse(notified.getBoolean("memberStateNotificationOverdue"));
        int v = notified.getInt("version");
        JsonObject named = stepOk(id, nepal, "{\"step\":\"FOCAL_POINT_NAMED\",\"on\":\"2010-05-20\",\"version\":" + v
                + ",\"result\":\"Lt. Col. Focal\"}");
        assertTrue(named.getBoolean("identityRestricted"));
        assertEquals("Lt. Col. Focal", named.getString("focalPoint"));
        assertEquals(403, step(id, nepal, "{\"step\":\"DNA_SAMPLE_COLLECTED\",\"on\":\"2010-05-21\",\"by\":\"UN\",\"version\":"
                + named.getInt("version") + "}").status(), "the state records only its own collection");
        JsonObject collected = stepOk(id, nepal, "{\"step\":\"DNA_SAMPLE_COLLECTED\",\"on\":\"2010-05-21\",\"version\":"
                + named.getInt("version") + "}");
        assertEquals("MEMBER_STATE", collected.getString("dnaSampleCollectedBy"));
        assertEquals("DNA_TESTING", collected.getString("status"));
        JsonObject result = stepOk(id, nepal, "{\"step\":\"DNA_TEST_RESULT\",\"on\":\"2010-06-21\",\"result\":\"match\",\"version\":"
                + collected.getInt("version") + "}");
        assertEquals(409, step(id, nepal, "{\"step\":\"PATERNITY_ESTABLISHED\",\"on\":\"2010-06-22\",\"result\":\"DNA\",\"version\":"
                + collected.getInt("version") + "}").status(), "stale version");
        JsonObject established = stepOk(id, nepal, "{\"step\":\"PATERNITY_ESTABLISHED\",\"on\":\"2010-06-22\",\"result\":\"DNA\","
                + "\"version\":" + result.getInt("version") + "}");
        assertEquals("ESTABLISHED_BY_DNA", established.getString("paternityOutcome"));
        JsonObject arranged = stepOk(id, nepal, "{\"step\":\"CHILD_SUPPORT_ARRANGED\",\"on\":\"2010-07-01\",\"version\":"
                + established.getInt("version") + "}");
        JsonObject paid = stepOk(id, nepal, "{\"step\":\"SUPPORT_PAYMENT\",\"on\":\"2010-08-01\",\"amount\":120.50,"
                + "\"currency\":\"USD\",\"version\":" + arranged.getInt("version") + "}");
        assertEquals("CHILD_SUPPORT_ARRANGED", paid.getString("status"));
        assertEquals(7, paid.getJsonArray("steps").size());
        assertEquals(403, step(id, nepal, "{\"step\":\"PAUSED_AT_CLAIMANT_REQUEST\",\"on\":\"2010-08-02\",\"version\":"
                + paid.getInt("version") + "}").status(), "only the claimant, through the victims' rights officer, pauses");
    }

    @Test
    void aPausedClaimTakesOnlyResumedOrClosedAndStaysOpenAfterTheCaseCloses() {
        long id = openClaim().getJsonNumber("id").longValue();
        JsonObject n = stepOk(id, vro, "{\"step\":\"MEMBER_STATE_NOTIFIED\",\"on\":\"2010-05-18\",\"version\":" + version(id) + "}");
        JsonObject paused = stepOk(id, vro, "{\"step\":\"PAUSED_AT_CLAIMANT_REQUEST\",\"on\":\"2010-05-19\",\"version\":"
                + n.getInt("version") + "}");
        assertEquals("PAUSED", paused.getString("status"));
        int v = paused.getInt("version");
        Api.Response refused = step(id, vro, "{\"step\":\"DNA_SAMPLE_COLLECTED\",\"on\":\"2010-05-20\",\"by\":\"UN\",\"version\":"
                + v + "}");
        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.json().getString("detail").contains("RESUMED or CLOSED"), refused.body());
        assertEquals(409, step(id, nepal, "{\"step\":\"FOCAL_POINT_NAMED\",\"on\":\"2010-05-20\",\"result\":\"X\",\"version\":"
                + v + "}").status());

        String chief = api.newAccount("chief-pc", "CHIEF_OF_CONDUCT", "UNMISS", null);
        JsonObject kase = api.get(CASES + "/" + reference, chief, PASSWORD).json();
        assertEquals(200, api.post(CASES + "/" + reference + "/status", "{\"status\":\"CLOSED_OTHER\",\"reason\":\"Withdrawn\","
                + "\"version\":" + kase.getInt("version") + "}", chief, PASSWORD).status());

        JsonObject resumed = stepOk(id, vro, "{\"step\":\"RESUMED\",\"on\":\"2011-01-10\",\"version\":" + v + "}");
        assertEquals("MEMBER_STATE_NOTIFIED", resumed.getString("status"), "back where it was, though the case is closed");
        JsonObject closed = stepOk(id, vro, "{\"step\":\"CLOSED\",\"on\":\"2011-02-10\",\"version\":"
                + resumed.getInt("version") + "}");
        assertEquals("CLOSED", closed.getString("status"));
        assertEquals("2011-02-10", closed.getString("closedOn"));
        assertEquals(409, step(id, vro, "{\"step\":\"RESUMED\",\"on\":\"2011-02-11\",\"version\":" + closed.getInt("version")
                + "}").status());
    }

    @Test
    void badInputIsNamedFieldByFieldAndNothingIsStored() {
        Api.Response notOnCase = open(vro, """
                {"victimId":1234567890,"subjectId":1234567891,"receivedOn":"2099-01-01","claimant":"AUNT",
                 "child":{"name":7,"dateOfBirth":"2010-02-30","sex":"FEMALE"}}""");
        assertEquals(400, notOnCase.status(), notOnCase.body());
        assertEquals(Set.of("claimant", "child.name", "child.dateOfBirth"), fields(notOnCase), "types first, all at once");
        Api.Response semantic = open(vro, """
                {"victimId":1234567890,"subjectId":1234567891,"receivedOn":"2099-01-01","claimant":"GUARDIAN",
                 "child":{"sex":"MALE"}}""");
        assertEquals(400, semantic.status(), semantic.body());
        assertEquals(Set.of("victimId", "subjectId", "receivedOn"), fields(semantic));
        Api.Response noChild = open(vro, "{\"victimId\":" + victimId + ",\"subjectId\":" + nepaleseId
                + ",\"receivedOn\":\"2010-05-17\",\"claimant\":\"VICTIM\"}");
        assertEquals(400, noChild.status(), noChild.body());
        assertEquals(Set.of("child"), fields(noChild));
        assertEquals(400, open(vro, "[1]").status());
        assertEquals(400, open(vro, "{not json").status());
        assertEquals(403, open(officer, claimBody(nepaleseId)).status(), "only victims' rights officers open claims");
        String otherMission = api.newAccount("vro-pc-minusca", "VICTIMS_RIGHTS", "MINUSCA", null);
        assertEquals(404, open(otherMission, claimBody(nepaleseId)).status(), "a case of another mission");
        assertTrue(listed(vro).isEmpty(), "nothing was stored");

        long id = openClaim().getJsonNumber("id").longValue();
        stepOk(id, vro, "{\"step\":\"MEMBER_STATE_NOTIFIED\",\"on\":\"2010-05-18\",\"version\":" + version(id) + "}");
        int before = version(id);
        Api.Response payment = step(id, vro, "{\"step\":\"SUPPORT_PAYMENT\",\"on\":\"2010-05-19\",\"amount\":-3,\"version\":" + version(id) + "}");
        assertEquals(400, payment.status(), payment.body());
        assertEquals(Set.of("amount", "currency"), fields(payment));
        Api.Response types = step(id, vro, "{\"step\":\"NO_SUCH_STEP\",\"on\":\"yesterday\",\"version\":\"" + version(id) + "\",\"amount\":\"x\"}");
        assertEquals(400, types.status(), types.body());
        assertEquals(Set.of("step", "on", "version", "amount"), fields(types));
        Api.Response early = step(id, vro, "{\"step\":\"CLOSED\",\"on\":\"2010-05-01\",\"version\":" + version(id) + "}");
        assertEquals(Set.of("on"), fields(early), "before the claim was received");
        JsonObject after = api.get(CLAIMS + "/" + id, vro, PASSWORD).json();
        assertEquals(before, after.getInt("version"), "no rejected request changed the claim");
        assertEquals(1, after.getJsonArray("steps").size());
    }

    @Test
    void erasingTheVictimsIdentityErasesTheChildsToo() {
        long id = openClaim().getJsonNumber("id").longValue();
        assertEquals(204, api.post(CASES + "/" + reference + "/victims/" + victimId + "/erasure",
                "{\"reason\":\"Victim's request\"}", vro, PASSWORD).status());
        JsonObject c = api.get(CLAIMS + "/" + id, vro, PASSWORD).json();
        assertFalse(c.getJsonObject("child").containsKey("name"), c.toString());
        assertFalse(c.getJsonObject("child").containsKey("dateOfBirth"), c.toString());
        assertFalse(c.containsKey("claimantName"), c.toString());
        assertEquals("FEMALE", c.getJsonObject("child").getString("sex"), "the de-identified claim stays");
        assertEquals("RECEIVED", c.getString("status"));
    }

    @Test
    void aClaimAgainstASubjectOfAnotherStateIsThatStatesOnly() {
        Api.Response r = open(vro, claimBody(frenchId));
        assertEquals(201, r.status(), r.body());
        long id = r.json().getJsonNumber("id").longValue();
        assertEquals("FRA", r.json().getString("memberState"));
        assertEquals(404, api.get(CLAIMS + "/" + id, nepal, PASSWORD).status());
        Api.Response filtered = api.get(CLAIMS + "?memberState=FRA&reference=" + reference, hq, PASSWORD);
        assertEquals(1, filtered.json().getJsonNumber("total").intValue(), filtered.body());
        assertEquals(400, api.get(CLAIMS + "?memberState=fra&status=MAYBE&size=500", hq, PASSWORD).status());
    }

    @Test
    void theNotificationClockIsOnTheDashboardsOfThoseWhoSeeTheClaimUntilTheStateIsNotified() {
        // received Monday 5 January 2009, earlier than any other test's claim, so that it heads the capped lists
        Api.Response r = open(vro, """
                {"victimId":%d,"subjectId":%d,"receivedOn":"2009-01-05","claimant":"GUARDIAN","child":{"sex":"MALE"}}"""
                .formatted(victimId, nepaleseId));
        assertEquals(201, r.status(), r.body());
        long id = r.json().getJsonNumber("id").longValue();
        for (String concerned : List.of(vro, hq, nepal)) {
            JsonObject item = clock(concerned).orElseThrow(() -> new AssertionError("no clock for " + concerned));
            assertEquals("2009-01-12", item.getString("dueOn"));
            assertEquals("NPL", item.getString("memberState"));
            assertTrue(item.getBoolean("overdue"));
        }
        assertTrue(clock(southAfrica).isEmpty(), "another state's liaison sees nothing of it");
        assertTrue(clock(officer).isEmpty(), "not a conduct officer's clock");
        Api.Response ofCase = api.get("/api/v1/deadlines?reference=" + reference, vro, PASSWORD);
        assertTrue(ofCase.body().contains("PATERNITY_CLAIM_NOTIFICATION"), ofCase.body());
        stepOk(id, vro, "{\"step\":\"MEMBER_STATE_NOTIFIED\",\"on\":\"2009-01-08\",\"version\":" + version(id) + "}");
        assertTrue(clock(vro).isEmpty(), "notified: the clock stops");
    }

    private java.util.Optional<JsonObject> clock(String user) {
        Api.Response r = api.get("/api/v1/deadlines", user, PASSWORD);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("what").equals("PATERNITY_CLAIM_NOTIFICATION") && i.getString("reference").equals(reference))
                .findFirst();
    }

    @Test
    void theOpenApiDocumentDescribesTheClaimEndpointsAndBodies() {
        Api.Response doc = server().get("/openapi", null, null);
        assertEquals(200, doc.status());
        for (String part : List.of("/allegations/{reference}/paternity-claims", "/paternity-claims/{id}/steps",
                "/referrals", "NewPaternityClaim", "PaternityClaimStep", "NewReferral", "PAUSED_AT_CLAIMANT_REQUEST")) {
            assertTrue(doc.body().contains(part), "OpenAPI names " + part);
        }
    }

    @Test
    void theAnnualStatisticsCountTheClaimsByStatusAlsoAfterAnErasure() {
        // received in 2008, a year no other test's claim falls in
        Api.Response r = open(vro, """
                {"victimId":%d,"subjectId":%d,"receivedOn":"2008-06-02","claimant":"VICTIM","child":{"name":"Counted","sex":"MALE"}}"""
                .formatted(victimId, nepaleseId));
        assertEquals(201, r.status(), r.body());
        String statistician = api.newAccount("stat-pc", "STATISTICIAN", null, null);
        JsonObject before = annualClaims(statistician);
        assertEquals(1, before.getJsonNumber("total").intValue(), before.toString());
        assertEquals(1, before.getJsonNumber("RECEIVED").intValue(), before.toString());
        assertEquals(204, api.post(CASES + "/" + reference + "/victims/" + victimId + "/erasure",
                "{\"reason\":\"Victim's request\"}", vro, PASSWORD).status());
        assertEquals(before, annualClaims(statistician), "the de-identified claim is still counted");
        assertEquals(0, annualClaims(southAfrica).getJsonNumber("total").intValue(), "a liaison counts its own nationals' only");
    }

    private JsonObject annualClaims(String user) {
        Api.Response r = api.get("/api/v1/statistics/annual?year=2008", user, PASSWORD);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonObject("paternityClaimsByStatus");
    }

    @Test
    void theKeyRotationReencryptsTheChildsIdentity() throws Exception {
        long id = openClaim().getJsonNumber("id").longValue();
        org.blueledger.platform.crypto.FieldCipher old = org.blueledger.platform.crypto.FieldCipher.of(
                "it1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", "it1");
        try (java.sql.Connection db = org.blueledger.testsupport.TestDatabase.connection(); java.sql.Statement s = db.createStatement()) {
            s.executeUpdate("UPDATE paternity_claim_child SET name = '" + old.encrypt("child.name", "Named Under Old Key")
                    + "', date_of_birth = '" + old.encrypt("child.dateOfBirth", "2010-01-21") + "' WHERE claim_id = " + id);
        }
        assertEquals("Named Under Old Key", api.get(CLAIMS + "/" + id, vro, PASSWORD).json().getJsonObject("child").getString("name"));
        String admin = api.newAccount("rot-admin-pc", "ADMIN", null, null);
        long remaining;
        do {
            Api.Response r = api.post("/api/v1/admin/crypto/rotation?batchSize=500", "", admin, PASSWORD);
            assertEquals(200, r.status(), r.body());
            remaining = r.json().getJsonNumber("remaining").longValue();
        } while (remaining > 0);
        try (java.sql.Connection db = org.blueledger.testsupport.TestDatabase.connection(); java.sql.Statement s = db.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT name, date_of_birth FROM paternity_claim_child WHERE claim_id = " + id)) {
            assertTrue(rs.next());
            assertTrue(rs.getString(1).startsWith("enc:v1:it2:"), rs.getString(1));
            assertTrue(rs.getString(2).startsWith("enc:v1:it2:"), rs.getString(2));
        }
        JsonObject child = api.get(CLAIMS + "/" + id, vro, PASSWORD).json().getJsonObject("child");
        assertEquals("Named Under Old Key", child.getString("name"));
        assertEquals("2010-01-21", child.getString("dateOfBirth"));
    }
}
