package org.blueledger.followup.api;

import jakarta.json.JsonObject;
import org.blueledger.testsupport.Api;
import org.blueledger.testsupport.ClientTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.blueledger.testsupport.Api.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Referrals for criminal accountability (api.md): recorded by the chief of conduct or HQ, listed
 * in the case's GET, the outcome set by them or by the liaison of the state referred to, 409 on a
 * stale version or a second referral of the same subject to the same state.
 */
class CriminalReferralsApiIT extends ClientTest {

    String officer;
    String chief;
    String reference;
    long contingentMember;
    long staffMember;
    long police;

    @BeforeEach
    void setUp() {
        officer = api.newAccount("cr-co", "CONDUCT_OFFICER", "UNMISS", null);
        chief = api.newAccount("cr-chief", "CHIEF_OF_CONDUCT", "UNMISS", null);
        JsonObject c = api.filed("""
                {"mission":"UNMISS","receivedOn":"2019-02-11","incidentDate":"2019-02-01","kind":"SEA",
                 "seaType":"SEXUAL_ABUSE","seaSubtype":"RAPE","seriousness":"SERIOUS","source":"HOTLINE",
                 "summary":"Report for the referral tests.","location":"Juba",
                 "subjects":[{"personnelCategory":"MILITARY_CONTINGENT","nationality":"NPL","sex":"MALE"},
                             {"personnelCategory":"INTERNATIONAL_STAFF","nationality":"FRA","sex":"MALE"},
                             {"personnelCategory":"UN_POLICE","nationality":"GHA","sex":"MALE"}],
                 "victims":[{"sex":"FEMALE","ageGroup":"ADULT"}]}
                """, officer);
        reference = c.getString("reference");
        contingentMember = c.getJsonArray("subjects").getJsonObject(0).getJsonNumber("id").longValue();
        staffMember = c.getJsonArray("subjects").getJsonObject(1).getJsonNumber("id").longValue();
        police = c.getJsonArray("subjects").getJsonObject(2).getJsonNumber("id").longValue();
    }

    String path() {
        return CASES + "/" + reference + "/criminal-referrals";
    }

    static String refer(long subject, String state, String on) {
        return "{\"subjectId\":" + subject + ",\"referredTo\":\"" + state + "\",\"referredOn\":\"" + on + "\"}";
    }

    @Test
    void theChiefRefersAnOfficialAndTheCaseListsTheReferral() {
        Api.Response r = api.post(path(), refer(staffMember, "FRA", "2019-03-01"), chief, PASSWORD);
        assertEquals(201, r.status(), r.body());
        JsonObject referral = r.json();
        assertEquals("PENDING", referral.getString("outcome"));
        assertTrue(r.header("Location").endsWith(path() + "/" + referral.getInt("id")), r.header("Location"));
        JsonObject c = api.get(CASES + "/" + reference, officer, PASSWORD).json();
        assertEquals(1, c.getJsonArray("criminalReferrals").size());
        JsonObject listed = c.getJsonArray("criminalReferrals").getJsonObject(0);
        assertEquals("FRA", listed.getString("referredTo"));
        assertEquals(staffMember, listed.getJsonNumber("subjectId").longValue());
        assertEquals("2019-03-01", listed.getString("referredOn"));
        assertTrue(listed.isNull("outcomeOn"));
        assertEquals(409, api.post(path(), refer(staffMember, "FRA", "2019-03-02"), chief, PASSWORD).status(),
                "the same subject to the same state twice");
    }

    @Test
    void theLiaisonOfTheStateReferredToSetsTheOutcomeAndAStaleVersionIs409() {
        String hq = api.newAccount("cr-hq", "HQ_CONDUCT", null, null);
        JsonObject referral = api.post(path(), refer(police, "GHA", "2019-03-01"), hq, PASSWORD).json();
        long id = referral.getJsonNumber("id").longValue();
        int version = referral.getInt("version");
        String ghana = api.newAccount("cr-gha", "MEMBER_STATE_LIAISON", null, "GHA");
        String nepal = api.newAccount("cr-npl", "MEMBER_STATE_LIAISON", null, "NPL");

        JsonObject seen = api.get(CASES + "/" + reference, ghana, PASSWORD).json();
        assertEquals(1, seen.getJsonArray("criminalReferrals").size(), "the liaison of GHA sees the referral to GHA");
        assertEquals(0, api.get(CASES + "/" + reference, nepal, PASSWORD).json().getJsonArray("criminalReferrals").size(),
                "another state's liaison does not");

        String outcome = "{\"outcome\":\"PROSECUTED\",\"outcomeOn\":\"2019-06-01\",\"version\":" + version + "}";
        assertEquals(404, api.put(path() + "/" + id, outcome, nepal, PASSWORD).status());
        Api.Response set = api.put(path() + "/" + id, outcome, ghana, PASSWORD);
        assertEquals(200, set.status(), set.body());
        assertEquals("PROSECUTED", set.json().getString("outcome"));
        assertEquals("2019-06-01", set.json().getString("outcomeOn"));
        assertEquals(version + 1, set.json().getInt("version"));
        Api.Response stale = api.put(path() + "/" + id, "{\"outcome\":\"CONVICTED\",\"version\":" + version + "}",
                chief, PASSWORD);
        assertEquals(409, stale.status(), stale.body());
        Api.Response fresh = api.put(path() + "/" + id, "{\"outcome\":\"CONVICTED\",\"outcomeOn\":\"2019-09-01\",\"version\":" + (version + 1) + "}",
                chief, PASSWORD);
        assertEquals(200, fresh.status(), fresh.body());
        assertEquals("CONVICTED", fresh.json().getString("outcome"));
    }

    @Test
    void badReferralsAre400sNamingEveryFieldAndOtherRolesAre403() {
        Api.Response bad = api.post(path(), "{\"subjectId\":" + contingentMember
                + ",\"referredTo\":\"npl\",\"referredOn\":\"2019-13-01\"}", chief, PASSWORD);
        assertEquals(400, bad.status(), bad.body());
        assertEquals(Set.of("subjectId", "referredTo", "referredOn"), fields(bad));
        Api.Response wrongState = api.post(path(), refer(staffMember, "NPL", "2019-03-01"), chief, PASSWORD);
        assertEquals(Set.of("referredTo"), fields(wrongState), "a referral goes to the state of nationality");
        Api.Response early = api.post(path(), refer(staffMember, "FRA", "2019-01-01"), chief, PASSWORD);
        assertEquals(Set.of("referredOn"), fields(early), "not before the report was received");
        assertEquals(400, api.post(path(), "{}", chief, PASSWORD).status());
        assertEquals(400, api.post(path(), "{\"subjectId\":", chief, PASSWORD).status());
        assertEquals(403, api.post(path(), refer(staffMember, "FRA", "2019-03-01"), officer, PASSWORD).status());
        String otherChief = api.newAccount("cr-chief-minusca", "CHIEF_OF_CONDUCT", "MINUSCA", null);
        assertEquals(404, api.post(path(), refer(staffMember, "FRA", "2019-03-01"), otherChief, PASSWORD).status());

        long id = api.post(path(), refer(staffMember, "FRA", "2019-03-01"), chief, PASSWORD).json().getJsonNumber("id").longValue();
        Api.Response badOutcome = api.put(path() + "/" + id, "{\"outcome\":\"JAILED\",\"outcomeOn\":\"2019-02-01\"}", chief, PASSWORD);
        assertEquals(400, badOutcome.status(), badOutcome.body());
        assertEquals(Set.of("outcome", "outcomeOn", "version"), fields(badOutcome));
        assertEquals(404, api.put(path() + "/abc", "{\"outcome\":\"PENDING\",\"version\":0}", chief, PASSWORD).status());
    }

    static Set<String> fields(Api.Response r) {
        assertEquals(400, r.status(), r.body());
        return r.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field"))
                .collect(Collectors.toSet());
    }
}
