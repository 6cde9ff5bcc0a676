package org.blueledger.allegation.api;

import jakarta.json.JsonObject;
import org.blueledger.testsupport.Api;
import org.blueledger.testsupport.ClientTest;
import org.blueledger.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.blueledger.testsupport.Api.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The allegation API over HTTP against the deployed WAR: intake, reading, scope (404 outside it),
 * need-to-know on identities, lifecycle (409 for forbidden transitions and stale versions),
 * corrections, assignments, attachments, bad input naming every field, concurrent intake.
 */
class AllegationsApiIT extends ClientTest {

    String officer;
    String chief;

    @BeforeEach
    void setUp() {
        officer = api.newAccount("co", "CONDUCT_OFFICER", "UNMISS", null);
        chief = api.newAccount("chief", "CHIEF_OF_CONDUCT", "UNMISS", null);
    }

    static String body(String mission, String receivedOn) {
        return """
                {"mission":"%s","receivedOn":"%s","incidentDate":"2018-04-30","kind":"SEA",
                 "seaType":"SEXUAL_EXPLOITATION","seaSubtype":"TRANSACTIONAL_SEX","seriousness":"SERIOUS",
                 "source":"HOTLINE","summary":"Report received through the hotline.","location":"Juba, PoC site 3",
                 "subjects":[{"personnelCategory":"MILITARY_CONTINGENT","nationality":"NPL","sex":"MALE","rank":"Sergeant",
                              "unit":"NEPBATT","name":"Subject One","serviceNumber":"NP-1234"},
                             {"personnelCategory":"INTERNATIONAL_STAFF","nationality":"FRA","sex":"MALE",
                              "name":"Subject Two"}],
                 "victims":[{"sex":"FEMALE","ageGroup":"MINOR","name":"Victim Name","dateOfBirth":"2002-03-04",
                             "contact":"+211 900 000 000"}]}
                """.formatted(mission, receivedOn);
    }

    private JsonObject file(String user) {
        Api.Response r = api.post(CASES, body("UNMISS", "2018-05-14"), user, PASSWORD);
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    @Test
    void anOfficerFilesACaseThatStartsInPreliminaryAssessmentWithAReference() {
        Api.Response r = api.post(CASES, body("UNMISS", "2018-05-14"), officer, PASSWORD);
        assertEquals(201, r.status(), r.body());
        JsonObject c = r.json();
        String ref = c.getString("reference");
        assertTrue(ref.matches("UNMISS-2018-\\d{4}"), ref);
        assertTrue(r.header("Location").endsWith(CASES + "/" + ref), r.header("Location"));
        assertEquals("PRELIMINARY_ASSESSMENT", c.getString("status"));
        assertFalse(c.getBoolean("referredToMemberState"));
        assertEquals(2, c.getJsonArray("subjects").size());
        assertTrue(c.getJsonArray("subjects").getJsonObject(0).containsKey("id"));
        assertEquals("Victim Name", c.getJsonArray("victims").getJsonObject(0).getString("name"),
                "the filer is assigned and sees the victim's identity");
        assertEquals(0, c.getJsonArray("investigations").size());

        JsonObject read = api.get(CASES + "/" + ref, officer, PASSWORD).json();
        assertEquals(c.getInt("version"), read.getInt("version"));
        assertEquals("2018-04-30", read.getString("incidentDate"));
        assertEquals(1, read.getJsonArray("statusHistory").size());
    }

    @Test
    void identitiesAreEncryptedAtRestAndTheKeyRotationReencryptsOldValues() throws Exception {
        JsonObject c = file(officer);
        String ref = c.getString("reference");
        long victimId = c.getJsonArray("victims").getJsonObject(0).getJsonNumber("id").longValue();
        long subjectId = c.getJsonArray("subjects").getJsonObject(0).getJsonNumber("id").longValue();
        try (java.sql.Connection db = TestDatabase.connection(); java.sql.Statement s = db.createStatement()) {
            try (java.sql.ResultSet rs = s.executeQuery("SELECT name, contact, date_of_birth FROM victim_identity WHERE victim_id = " + victimId)) {
                rs.next();
                for (int i = 1; i <= 3; i++) {
                    assertTrue(rs.getString(i).startsWith("enc:v1:it2:"), rs.getString(i));
                }
                assertFalse(rs.getString(1).contains("Victim"));
            }
            // a value written under the old key, and one from before encryption
            org.blueledger.platform.crypto.FieldCipher old = org.blueledger.platform.crypto.FieldCipher.of(
                    "it1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", "it1");
            s.executeUpdate("UPDATE victim_identity SET name = '" + old.encrypt("victim.name", "Renamed Under Old Key")
                    + "' WHERE victim_id = " + victimId);
            s.executeUpdate("UPDATE subject_identity SET name = 'Legacy Plain Name' WHERE subject_id = " + subjectId);
        }
        JsonObject before = api.get(CASES + "/" + ref, chief, PASSWORD).json();
        assertEquals("Renamed Under Old Key", before.getJsonArray("victims").getJsonObject(0).getString("name"));
        assertEquals("Legacy Plain Name", before.getJsonArray("subjects").getJsonObject(0).getString("name"));

        String admin = api.newAccount("rot-admin", "ADMIN", null, null);
        assertEquals(403, api.post("/api/v1/admin/crypto/rotation", "", chief, PASSWORD).status());
        long remaining;
        do {
            Api.Response r = api.post("/api/v1/admin/crypto/rotation?batchSize=500", "", admin, PASSWORD);
            assertEquals(200, r.status(), r.body());
            assertEquals("it2", r.json().getString("activeKey"));
            remaining = r.json().getJsonNumber("remaining").longValue();
        } while (remaining > 0);
        try (java.sql.Connection db = TestDatabase.connection(); java.sql.Statement s = db.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT v.name, s.name FROM victim_identity v, subject_identity s "
                     + "WHERE v.victim_id = " + victimId + " AND s.subject_id = " + subjectId)) {
            rs.next();
            assertTrue(rs.getString(1).startsWith("enc:v1:it2:"), rs.getString(1));
            assertTrue(rs.getString(2).startsWith("enc:v1:it2:"), rs.getString(2));
        }
        JsonObject after = api.get(CASES + "/" + ref, chief, PASSWORD).json();
        assertEquals("Renamed Under Old Key", after.getJsonArray("victims").getJsonObject(0).getString("name"));
        assertEquals("Legacy Plain Name", after.getJsonArray("subjects").getJsonObject(0).getString("name"));
    }

    @Test
    void theChiefSeesWhoViewedTheCaseAndNobodyElseDoes() {
        String ref = file(officer).getString("reference");
        String hq = api.newAccount("hq-viewer", "HQ_CONDUCT", null, null);
        assertEquals(200, api.get(CASES + "/" + ref, hq, PASSWORD).status());
        Api.Response viewers = api.get(CASES + "/" + ref + "/viewers", chief, PASSWORD);
        assertEquals(200, viewers.status(), viewers.body());
        assertTrue(viewers.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(v -> v.getString("user").equals(hq) && v.getString("action").equals("CASE_READ")), viewers.body());
        assertEquals(403, api.get(CASES + "/" + ref + "/viewers", officer, PASSWORD).status());
        String otherChief = api.newAccount("chief-minusca", "CHIEF_OF_CONDUCT", "MINUSCA", null);
        assertEquals(404, api.get(CASES + "/" + ref + "/viewers", otherChief, PASSWORD).status());
    }

    @Test
    void aVictimsIdentityIsErasedOnRequestAndTheDeidentifiedRecordStays() throws Exception {
        JsonObject c = file(officer);
        String ref = c.getString("reference");
        long victim = c.getJsonArray("victims").getJsonObject(0).getJsonNumber("id").longValue();
        String path = CASES + "/" + ref + "/victims/" + victim + "/erasure";
        assertEquals(403, api.post(path, "{\"reason\":\"asked\"}", officer, PASSWORD).status());
        assertEquals(400, api.post(path, "{}", chief, PASSWORD).status());
        String vr = api.newAccount("vr-erase", "VICTIMS_RIGHTS", null, null);
        assertEquals(204, api.post(path, "{\"reason\":\"The victim asked for erasure\"}", vr, PASSWORD).status());
        JsonObject after = api.get(CASES + "/" + ref, chief, PASSWORD).json().getJsonArray("victims").getJsonObject(0);
        assertTrue(after.isNull("name"), after.toString());
        assertTrue(after.isNull("contact"));
        assertEquals("FEMALE", after.getString("sex"));
        assertEquals("MINOR", after.getString("ageGroup"));
        try (java.sql.Connection db = TestDatabase.connection(); java.sql.Statement s = db.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT name, date_of_birth, contact FROM victim_identity WHERE victim_id = " + victim)) {
            rs.next();
            assertEquals(null, rs.getString(1));
            assertEquals(null, rs.getString(2));
            assertEquals(null, rs.getString(3));
        }
    }

    @Test
    void anInvestigationWithAFindingUnlocksTheMatchingStatus() {
        JsonObject c = file(officer);
        String ref = c.getString("reference");
        long npl = c.getJsonArray("subjects").getJsonObject(0).getJsonNumber("id").longValue();
        Api.Response bad = api.post(CASES + "/" + ref + "/investigations",
                "{\"entity\":\"FBI\",\"startedOn\":\"2018-06-01\",\"subjectIds\":[999999]}", officer, PASSWORD);
        assertEquals(400, bad.status());
        assertEquals(Set.of("entity", "subjectIds[0]"), bad.json().getJsonArray("errors").getValuesAs(JsonObject.class)
                .stream().map(e -> e.getString("field")).collect(Collectors.toSet()));
        Api.Response opened = api.post(CASES + "/" + ref + "/investigations",
                "{\"entity\":\"OIOS\",\"startedOn\":\"2018-06-01\",\"subjectIds\":[" + npl + "]}", officer, PASSWORD);
        assertEquals(201, opened.status(), opened.body());
        assertEquals("2018-09-01", opened.json().getString("dueOn"), "SEA with a minor victim: 3 months");
        long id = opened.json().getJsonNumber("id").longValue();
        JsonObject now = api.post(CASES + "/" + ref + "/status", "{\"status\":\"UNDER_INVESTIGATION\",\"version\":"
                + c.getInt("version") + "}", officer, PASSWORD).json();
        assertEquals(409, api.post(CASES + "/" + ref + "/status", "{\"status\":\"SUBSTANTIATED\",\"version\":"
                + now.getInt("version") + "}", officer, PASSWORD).status(), "no finding yet");
        String investigator = api.newAccount("inv-f", "INVESTIGATOR", null, null);
        assertEquals(404, api.post(CASES + "/" + ref + "/investigations/" + id + "/completion",
                "{\"completedOn\":\"2018-07-15\",\"finding\":\"SUBSTANTIATED\"}", investigator, PASSWORD).status());
        assertEquals(201, api.post(CASES + "/" + ref + "/assignments", "{\"username\":\"" + investigator
                + "\",\"role\":\"INVESTIGATOR\",\"investigationId\":" + id + "}", chief, PASSWORD).status());
        Api.Response done = api.post(CASES + "/" + ref + "/investigations/" + id + "/completion",
                "{\"completedOn\":\"2018-07-15\",\"finding\":\"SUBSTANTIATED\"}", investigator, PASSWORD);
        assertEquals(200, done.status(), done.body());
        assertEquals(44, done.json().getInt("durationDays"));
        assertEquals(409, api.post(CASES + "/" + ref + "/investigations/" + id + "/completion",
                "{\"completedOn\":\"2018-07-16\",\"finding\":\"NOT_SUBSTANTIATED\"}", chief, PASSWORD).status());
        assertEquals(409, api.post(CASES + "/" + ref + "/status", "{\"status\":\"NOT_SUBSTANTIATED\",\"version\":"
                + now.getInt("version") + "}", officer, PASSWORD).status(), "the finding was substantiated");
        Api.Response substantiated = api.post(CASES + "/" + ref + "/status", "{\"status\":\"SUBSTANTIATED\",\"version\":"
                + now.getInt("version") + "}", officer, PASSWORD);
        assertEquals(200, substantiated.status(), substantiated.body());
        JsonObject inv = substantiated.json().getJsonArray("investigations").getJsonObject(0);
        assertEquals("SUBSTANTIATED", inv.getString("finding"));
    }

    @Test
    void aNoteVerbaleIsDueInTenWorkingDaysAndOnlyTheNotifiedStateAnswersIt() {
        JsonObject c = file(officer);
        String ref = c.getString("reference");
        String fra = api.newAccount("liaison-fra", "MEMBER_STATE_LIAISON", null, "FRA");
        assertEquals(404, api.get(CASES + "/" + ref, fra, PASSWORD).status(), "a civilian national: not before notification");
        Api.Response sent = api.post(CASES + "/" + ref + "/notifications",
                "{\"memberState\":\"FRA\",\"sentOn\":\"2018-05-14\",\"requestsNio\":true}", officer, PASSWORD);
        assertEquals(201, sent.status(), sent.body());
        assertEquals("2018-05-28", sent.json().getString("responseDueOn"), "sent on a Monday: the Monday two weeks later");
        long id = sent.json().getJsonNumber("id").longValue();
        JsonObject seen = api.get(CASES + "/" + ref, fra, PASSWORD).json();
        assertTrue(seen.getBoolean("referredToMemberState"));
        assertEquals(1, seen.getJsonArray("subjects").size());
        assertEquals("FRA", seen.getJsonArray("subjects").getJsonObject(0).getString("nationality"));
        String npl = api.newAccount("liaison-npl2", "MEMBER_STATE_LIAISON", null, "NPL");
        assertEquals(404, api.post("/api/v1/notifications/" + id + "/response",
                "{\"willInvestigate\":true,\"nioName\":\"X\",\"respondedOn\":\"2018-05-20\"}", npl, PASSWORD).status());
        Api.Response answered = api.post("/api/v1/notifications/" + id + "/response",
                "{\"willInvestigate\":true,\"nioName\":\"Col. Dupont\",\"respondedOn\":\"2018-05-20\"}", fra, PASSWORD);
        assertEquals(200, answered.status(), answered.body());
        assertEquals("WILL_INVESTIGATE", answered.json().getString("answer"));
        assertEquals(409, api.post("/api/v1/notifications/" + id + "/response",
                "{\"willInvestigate\":false,\"respondedOn\":\"2018-05-21\"}", fra, PASSWORD).status());
    }

    @Test
    void aLiaisonRecordsOnlyItsStatesFinalActionsOnItsOwnNationals() {
        JsonObject c = file(officer);
        String ref = c.getString("reference");
        long nplSubject = c.getJsonArray("subjects").getJsonObject(0).getJsonNumber("id").longValue();
        long fraSubject = c.getJsonArray("subjects").getJsonObject(1).getJsonNumber("id").longValue();
        String npl = api.newAccount("liaison-npl3", "MEMBER_STATE_LIAISON", null, "NPL");
        Api.Response fin = api.post(CASES + "/" + ref + "/actions", "{\"subjectId\":" + nplSubject
                + ",\"stage\":\"FINAL\",\"authority\":\"MEMBER_STATE\",\"type\":\"IMPRISONMENT\","
                + "\"decidedOn\":\"2019-01-10\",\"details\":\"12 months\"}", npl, PASSWORD);
        assertEquals(201, fin.status(), fin.body());
        assertEquals(400, api.post(CASES + "/" + ref + "/actions", "{\"subjectId\":" + nplSubject
                + ",\"stage\":\"INTERIM\",\"authority\":\"MEMBER_STATE\",\"type\":\"CONFINEMENT_TO_BARRACKS\","
                + "\"decidedOn\":\"2019-01-10\"}", npl, PASSWORD).status());
        assertEquals(403, api.post(CASES + "/" + ref + "/actions", "{\"subjectId\":" + fraSubject
                + ",\"stage\":\"FINAL\",\"authority\":\"MEMBER_STATE\",\"type\":\"DISMISSAL\","
                + "\"decidedOn\":\"2019-01-10\"}", npl, PASSWORD).status());
        assertEquals(201, api.post(CASES + "/" + ref + "/actions", "{\"subjectId\":" + nplSubject
                + ",\"stage\":\"INTERIM\",\"authority\":\"UN\",\"type\":\"SUSPENSION_OF_PAYMENTS\","
                + "\"decidedOn\":\"2018-06-01\"}", officer, PASSWORD).status());
        Api.Response unknown = api.post(CASES + "/" + ref + "/actions", "{\"subjectId\":" + nplSubject
                + ",\"stage\":\"FINAL\",\"authority\":\"UN\",\"type\":\"EXILE\",\"decidedOn\":\"2018-06-01\"}",
                officer, PASSWORD);
        assertEquals(400, unknown.status());
        assertEquals("type", unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(2, api.get(CASES + "/" + ref, officer, PASSWORD).json().getJsonArray("actions").size());
        assertEquals(2, api.get(CASES + "/" + ref, npl, PASSWORD).json().getJsonArray("actions").size());
    }

    @Test
    void referencesAreGapFreeAndUniqueUnderConcurrentIntake() throws Exception {
        String mission = "UNISFA";
        String a = api.newAccount("co-unisfa", "CONDUCT_OFFICER", mission, null);
        int n = 8;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<Api.Response>> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            calls.add(() -> api.post(CASES, body(mission, "2019-02-0" + (1 + (int) (Math.random() * 8))), a, PASSWORD));
        }
        Set<String> refs = new HashSet<>();
        for (Future<Api.Response> f : pool.invokeAll(calls)) {
            Api.Response r = f.get();
            assertEquals(201, r.status(), r.body());
            refs.add(r.json().getString("reference"));
        }
        pool.shutdown();
        assertEquals(n, refs.size(), "unique: " + refs);
        Set<Integer> numbers = refs.stream().map(x -> Integer.parseInt(x.substring(x.lastIndexOf('-') + 1)))
                .collect(Collectors.toSet());
        int max = numbers.stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertEquals(n, max - numbers.stream().mapToInt(Integer::intValue).min().orElseThrow() + 1, "gap-free: " + refs);
    }

    @Test
    void anOfficerOfAnotherMissionGets404AndCannotFileForTheOtherMission() {
        String ref = file(officer).getString("reference");
        String other = api.newAccount("co-minusca", "CONDUCT_OFFICER", "MINUSCA", null);
        Api.Response r = api.get(CASES + "/" + ref, other, PASSWORD);
        assertEquals(404, r.status());
        assertEquals(404, api.get(CASES + "/UNMISS-1999-9999", other, PASSWORD).status(), "same as a missing one");
        assertFalse(api.get(CASES + "?size=200", other, PASSWORD).body().contains(ref));
        assertEquals(403, api.post(CASES, body("UNMISS", "2018-05-14"), other, PASSWORD).status());
        assertEquals(404, api.post(CASES + "/" + ref + "/status",
                "{\"status\":\"UNDER_INVESTIGATION\",\"version\":0}", other, PASSWORD).status());
    }

    @Test
    void victimIdentityIsShownOnlyToEntitledCallers() {
        String ref = file(officer).getString("reference");
        String colleague = api.newAccount("co2", "CONDUCT_OFFICER", "UNMISS", null);
        String hq = api.newAccount("hq", "HQ_CONDUCT", null, null);
        String vr = api.newAccount("vr", "VICTIMS_RIGHTS", null, null);
        for (String user : List.of(colleague, hq)) {
            JsonObject v = api.get(CASES + "/" + ref, user, PASSWORD).json().getJsonArray("victims").getJsonObject(0);
            assertTrue(v.getBoolean("identityRestricted"), user);
            assertFalse(v.containsKey("name"), user);
            assertFalse(v.containsKey("contact"), user);
            assertEquals("MINOR", v.getString("ageGroup"));
        }
        assertEquals("Victim Name", api.get(CASES + "/" + ref, chief, PASSWORD).json().getJsonArray("victims")
                .getJsonObject(0).getString("name"));
        assertEquals("+211 900 000 000", api.get(CASES + "/" + ref, vr, PASSWORD).json().getJsonArray("victims")
                .getJsonObject(0).getString("contact"));
    }

    @Test
    void aLiaisonSeesCasesOfItsUniformedNationalsAndOnlyThoseSubjects() {
        String ref = file(officer).getString("reference");
        String npl = api.newAccount("liaison-npl", "MEMBER_STATE_LIAISON", null, "NPL");
        String zaf = api.newAccount("liaison-zaf", "MEMBER_STATE_LIAISON", null, "ZAF");
        JsonObject c = api.get(CASES + "/" + ref, npl, PASSWORD).json();
        assertEquals(1, c.getJsonArray("subjects").size());
        assertEquals("NPL", c.getJsonArray("subjects").getJsonObject(0).getString("nationality"));
        assertTrue(c.getJsonArray("victims").getJsonObject(0).getBoolean("identityRestricted"));
        assertFalse(c.toString().contains("Subject Two"));
        assertTrue(api.get(CASES + "?size=200", npl, PASSWORD).body().contains(ref));
        assertEquals(404, api.get(CASES + "/" + ref, zaf, PASSWORD).status());
        assertFalse(api.get(CASES + "?size=200", zaf, PASSWORD).body().contains(ref));
    }

    @Test
    void rolesWithoutCaseAccessAreForbidden() {
        for (String role : List.of("STATISTICIAN", "AUDITOR", "ADMIN")) {
            String user = api.newAccount(role.toLowerCase(), role, null, null);
            assertEquals(403, api.get(CASES, user, PASSWORD).status(), role);
            assertEquals(403, api.post(CASES, body("UNMISS", "2018-05-14"), user, PASSWORD).status(), role);
        }
        assertEquals(401, api.get(CASES, null, null).status());
    }

    @Test
    void theLifecycleAllowsOnlyTheTransitionsOfTheContract() {
        JsonObject c = file(officer);
        String path = CASES + "/" + c.getString("reference") + "/status";
        int v = c.getInt("version");
        Api.Response toSubstantiated = api.post(path, "{\"status\":\"SUBSTANTIATED\",\"version\":" + v + "}", officer, PASSWORD);
        assertEquals(409, toSubstantiated.status(), "no completed investigation yet");
        Api.Response limited = api.post(path, "{\"status\":\"UNDER_REVIEW_LIMITED_INFORMATION\",\"version\":" + v + "}",
                officer, PASSWORD);
        assertEquals(200, limited.status(), limited.body());
        v = limited.json().getInt("version");
        Api.Response investigate = api.post(path, "{\"status\":\"UNDER_INVESTIGATION\",\"reason\":\"referred to OIOS\","
                + "\"version\":" + v + "}", officer, PASSWORD);
        assertEquals(200, investigate.status());
        JsonObject now = investigate.json();
        assertEquals("UNDER_INVESTIGATION", now.getString("status"));
        assertEquals(3, now.getJsonArray("statusHistory").size());
        JsonObject last = now.getJsonArray("statusHistory").getJsonObject(2);
        assertEquals("UNDER_REVIEW_LIMITED_INFORMATION", last.getString("from"));
        assertEquals("referred to OIOS", last.getString("reason"));
        assertEquals(officer, last.getString("by"));
        assertEquals(409, api.post(path, "{\"status\":\"PRELIMINARY_ASSESSMENT\",\"version\":" + now.getInt("version") + "}",
                officer, PASSWORD).status());
        assertEquals(409, api.post(path, "{\"status\":\"UNDER_INVESTIGATION\",\"version\":0}", officer, PASSWORD).status(),
                "stale version");
        // closing needs a reason and the chief
        assertEquals(403, api.post(path, "{\"status\":\"CLOSED_OTHER\",\"reason\":\"x\",\"version\":" + now.getInt("version") + "}",
                officer, PASSWORD).status());
        Api.Response noReason = api.post(path, "{\"status\":\"CLOSED_OTHER\",\"version\":" + now.getInt("version") + "}",
                chief, PASSWORD);
        assertEquals(400, noReason.status());
        assertEquals("reason", noReason.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Response closed = api.post(path, "{\"status\":\"CLOSED_OTHER\",\"reason\":\"Complainant withdrew\",\"version\":"
                + now.getInt("version") + "}", chief, PASSWORD);
        assertEquals(200, closed.status(), closed.body());
        assertEquals(409, api.post(path, "{\"status\":\"UNDER_INVESTIGATION\",\"version\":" + closed.json().getInt("version")
                + "}", chief, PASSWORD).status(), "final");
    }

    @Test
    void aCorrectionKeepsSubjectIdsAndAStaleOneIsRefused() {
        JsonObject c = file(officer);
        String ref = c.getString("reference");
        long keep = c.getJsonArray("subjects").getJsonObject(0).getJsonNumber("id").longValue();
        long victim = c.getJsonArray("victims").getJsonObject(0).getJsonNumber("id").longValue();
        String corrected = """
                {"mission":"UNMISS","receivedOn":"2018-05-14","incidentDate":null,"kind":"SEA","seaType":"SEXUAL_ABUSE",
                 "seriousness":"SERIOUS","source":"EMAIL","summary":"Corrected summary","version":%d,
                 "subjects":[{"id":%d,"personnelCategory":"MILITARY_CONTINGENT","nationality":"NPL","sex":"MALE"}],
                 "victims":[{"id":%d,"sex":"FEMALE","ageGroup":"ADULT"}]}""".formatted(c.getInt("version"), keep, victim);
        Api.Response r = api.put(CASES + "/" + ref, corrected, officer, PASSWORD);
        assertEquals(200, r.status(), r.body());
        JsonObject after = r.json();
        assertEquals("Corrected summary", after.getString("summary"));
        assertEquals(1, after.getJsonArray("subjects").size());
        assertEquals(keep, after.getJsonArray("subjects").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals("PRELIMINARY_ASSESSMENT", after.getString("status"));
        assertTrue(after.isNull("incidentDate"));
        Api.Response stale = api.put(CASES + "/" + ref, corrected, officer, PASSWORD);
        assertEquals(409, stale.status(), "the same version again is stale");
        assertEquals("Corrected summary", api.get(CASES + "/" + ref, officer, PASSWORD).json().getString("summary"));
        String colleague = api.newAccount("co3", "CONDUCT_OFFICER", "UNMISS", null);
        assertEquals(403, api.put(CASES + "/" + ref, corrected.replace("\"version\":" + c.getInt("version"),
                "\"version\":" + after.getInt("version")), colleague, PASSWORD).status(), "not assigned");
    }

    @Test
    void badInputNamesEveryBadFieldAndStoresNothing() {
        String future = LocalDate.now().plusDays(3).toString();
        String bad = """
                {"mission":"NOWHERE","receivedOn":"%s","incidentDate":"2030-13-01","kind":"SEA","seriousness":"NON_SERIOUS",
                 "source":"PIGEON","summary":"","subjects":[{"personnelCategory":"ASTRONAUT","nationality":"XXX","sex":"MALE"}],
                 "victims":[{"sex":"FEMALE"}]}""".formatted(future);
        long before = TestDatabase.casesFiledBy(officer);
        Api.Response r = api.post(CASES, bad, officer, PASSWORD);
        assertEquals(400, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"));
        Set<String> fields = r.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of("mission", "receivedOn", "incidentDate", "seaType", "seriousness", "source", "summary",
                "subjects[0].personnelCategory", "subjects[0].nationality", "victims[0].ageGroup"), fields, r.body());
        assertEquals(before, TestDatabase.casesFiledBy(officer), "nothing stored");
    }

    @Test
    void anIncidentAfterTheReceiptAndTypeErrorsAreNamed() {
        Api.Response r = api.post(CASES, """
                {"mission":"UNMISS","receivedOn":"2018-05-14","incidentDate":"2018-06-01","kind":"OTHER_MISCONDUCT",
                 "seriousness":"NON_SERIOUS","thematicArea":"FRAUD_AND_THEFT","source":"EMAIL","summary":"x",
                 "subjects":{"not":"an array"},"victims":[7]}""", officer, PASSWORD);
        assertEquals(400, r.status());
        Set<String> fields = r.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of("subjects", "victims[0]"), fields, r.body());
        Api.Response dates = api.post(CASES, """
                {"mission":"UNMISS","receivedOn":"2018-05-14","incidentDate":"2018-06-01","kind":"OTHER_MISCONDUCT",
                 "seriousness":"NON_SERIOUS","source":"EMAIL","summary":"x"}""", officer, PASSWORD);
        assertEquals(400, dates.status());
        assertEquals("incidentDate", dates.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void malformedJsonTooManySubjectsAndOversizeBodiesAreRefused() {
        assertEquals(400, api.post(CASES, "{\"mission\":", officer, PASSWORD).status());
        for (String notAnObject : List.of("[]", "\"text\"", "null", "42")) {
            Api.Response r = api.post(CASES, notAnObject, officer, PASSWORD);
            assertEquals(400, r.status(), notAnObject + " -> " + r.body());
            assertEquals("body", r.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 51; i++) {
            many.append(i == 0 ? "" : ",").append("{\"personnelCategory\":\"UN_VOLUNTEER\",\"sex\":\"MALE\"}");
        }
        Api.Response tooMany = api.post(CASES, body("UNMISS", "2018-05-14").replaceFirst("(?s)\"subjects\":\\[.*?\\],\\s*\"victims\"",
                "\"subjects\":[" + many + "],\"victims\""), officer, PASSWORD);
        assertEquals(400, tooMany.status(), tooMany.body());
        assertTrue(tooMany.body().contains("\"subjects\""), tooMany.body());
        String huge = body("UNMISS", "2018-05-14").replace("Report received through the hotline.", "x".repeat(2_000_000));
        Api.Response big = api.post(CASES, huge, officer, PASSWORD);
        assertEquals(413, big.status());
    }

    @Test
    void theListPagesFiltersAndRefusesBadParameters() {
        file(officer);
        file(officer);
        Api.Response r = api.get(CASES + "?mission=UNMISS&kind=SEA&receivedFrom=2018-05-01&receivedTo=2018-05-31&size=1",
                chief, PASSWORD);
        assertEquals(200, r.status(), r.body());
        JsonObject page = r.json();
        assertEquals(1, page.getJsonArray("items").size());
        assertTrue(page.getInt("total") >= 2);
        assertEquals(1, page.getInt("size"));
        assertEquals(0, page.getInt("page"));
        Api.Response bad = api.get(CASES + "?size=500&status=OPEN&receivedFrom=yesterday", chief, PASSWORD);
        assertEquals(400, bad.status());
        assertEquals(Set.of("size", "status", "receivedFrom"), bad.json().getJsonArray("errors")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).collect(Collectors.toSet()));
    }

    @Test
    void theChiefAssignsAnOfficerWhoThenSeesTheVictimAndCanChangeTheCase() {
        JsonObject c = file(officer);
        String ref = c.getString("reference");
        String colleague = api.newAccount("co4", "CONDUCT_OFFICER", "UNMISS", null);
        assertEquals(403, api.post(CASES + "/" + ref + "/assignments",
                "{\"username\":\"" + colleague + "\",\"role\":\"CONDUCT_OFFICER\"}", officer, PASSWORD).status());
        Api.Response assigned = api.post(CASES + "/" + ref + "/assignments",
                "{\"username\":\"" + colleague + "\",\"role\":\"CONDUCT_OFFICER\"}", chief, PASSWORD);
        assertEquals(201, assigned.status(), assigned.body());
        assertEquals("Victim Name", api.get(CASES + "/" + ref, colleague, PASSWORD).json().getJsonArray("victims")
                .getJsonObject(0).getString("name"));
        assertEquals(409, api.post(CASES + "/" + ref + "/assignments",
                "{\"username\":\"" + colleague + "\",\"role\":\"CONDUCT_OFFICER\"}", chief, PASSWORD).status());
        String minusca = api.newAccount("co-minusca2", "CONDUCT_OFFICER", "MINUSCA", null);
        Api.Response wrongMission = api.post(CASES + "/" + ref + "/assignments",
                "{\"username\":\"" + minusca + "\",\"role\":\"CONDUCT_OFFICER\"}", chief, PASSWORD);
        assertEquals(400, wrongMission.status());
        assertEquals(204, api.delete(CASES + "/" + ref + "/assignments/" + colleague, chief, PASSWORD).status());
        assertTrue(api.get(CASES + "/" + ref, colleague, PASSWORD).json().getJsonArray("victims").getJsonObject(0)
                .getBoolean("identityRestricted"));
    }

    @Test
    void anInvestigatorSeesOnlyCasesAssignedToThem() {
        String ref = file(officer).getString("reference");
        String investigator = api.newAccount("inv", "INVESTIGATOR", null, null);
        assertEquals(404, api.get(CASES + "/" + ref, investigator, PASSWORD).status());
        assertEquals(201, api.post(CASES + "/" + ref + "/assignments",
                "{\"username\":\"" + investigator + "\",\"role\":\"INVESTIGATOR\"}", chief, PASSWORD).status());
        assertEquals(200, api.get(CASES + "/" + ref, investigator, PASSWORD).status());
    }

    @Test
    void attachmentsAreCheckedByContentAndServedOnlyWithinScope() {
        String ref = file(officer).getString("reference");
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes();
        Api.Response up = api.postBytes(CASES + "/" + ref + "/attachments?kind=EVIDENCE&fileName=statement.pdf", pdf,
                "application/octet-stream", officer, PASSWORD);
        assertEquals(201, up.status(), up.body());
        assertEquals("application/pdf", up.json().getString("mediaType"));
        String location = up.header("Location");
        String path = location.substring(location.indexOf("/api/v1/"));
        Api.Response down = api.get(path, chief, PASSWORD);
        assertEquals(200, down.status());
        assertTrue(down.body().startsWith("%PDF-"));
        String other = api.newAccount("co-minusca3", "CONDUCT_OFFICER", "MINUSCA", null);
        assertEquals(404, api.get(path, other, PASSWORD).status());
        Api.Response exe = api.postBytes(CASES + "/" + ref + "/attachments?kind=EVIDENCE&fileName=photo.pdf",
                "MZ\u0090\u0000 this is not a pdf".getBytes(), "application/pdf", officer, PASSWORD);
        assertEquals(400, exe.status());
        assertEquals("file", exe.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }
}
