package org.blueledger.followup.api;

import jakarta.json.JsonObject;
import org.blueledger.testsupport.Api;
import org.blueledger.testsupport.ClientTest;
import org.blueledger.testsupport.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.blueledger.testsupport.Api.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The deadline clocks per role through {@code GET /api/v1/deadlines} (the dashboards' list), and
 * the follow-up notes verbales and the NIO's appointment date, with their errors.
 */
class FollowUpApiIT extends ClientTest {

    String officer;
    String chief;

    @BeforeEach
    void setUp() {
        officer = api.newAccount("co-dl", "CONDUCT_OFFICER", "UNMISS", null);
        chief = api.newAccount("chief-dl", "CHIEF_OF_CONDUCT", "UNMISS", null);
    }

    /**
     * A case received in 2010, earlier than any other test's, so that it heads the lists (each
     * clock lists the 50 most urgent items) whatever else the shared test database holds.
     */
    private JsonObject file(String receivedOn) {
        return api.filed("""
                {"mission":"UNMISS","receivedOn":"%s","kind":"SEA","seaType":"SEXUAL_ABUSE","source":"HOTLINE",
                 "summary":"Deadline clocks","subjects":[
                   {"personnelCategory":"MILITARY_CONTINGENT","nationality":"NPL","sex":"MALE","name":"Subject One"},
                   {"personnelCategory":"INTERNATIONAL_STAFF","nationality":"FRA","sex":"MALE","name":"Subject Two"}],
                 "victims":[{"sex":"FEMALE","ageGroup":"MINOR","name":"Victim Name"}]}""".formatted(receivedOn), officer);
    }

    private List<JsonObject> deadlines(String user) {
        Api.Response r = api.get("/api/v1/deadlines", user, PASSWORD);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static Optional<JsonObject> item(List<JsonObject> items, String what, String reference) {
        return items.stream().filter(i -> i.getString("what").equals(what) && i.getString("reference").equals(reference))
                .findFirst();
    }

    @Test
    void eachClockAppearsForThoseConcernedAndGoesWhenTheThingIsDone() {
        JsonObject c = file("2010-05-17");
        String ref = c.getString("reference");
        long npl = c.getJsonArray("subjects").getJsonObject(0).getJsonNumber("id").longValue();
        String nepal = api.newAccount("liaison-dl-npl", "MEMBER_STATE_LIAISON", null, "NPL");
        String southAfrica = api.newAccount("liaison-dl-zaf", "MEMBER_STATE_LIAISON", null, "ZAF");

        // Received Monday 17 May 2010 with a Nepalese contingent member: the UN should have notified Nepal by 24 May.
        JsonObject notify = item(deadlines(officer), "MEMBER_STATE_NOTIFICATION", ref).orElseThrow();
        assertEquals("NPL", notify.getString("memberState"), "the French civilian is not a contingent's: no notification clock");
        assertEquals("2010-05-24", notify.getString("dueOn"));
        assertTrue(notify.getBoolean("overdue"));
        assertTrue(item(deadlines(chief), "MEMBER_STATE_NOTIFICATION", ref).isPresent());
        assertTrue(item(deadlines(nepal), "MEMBER_STATE_NOTIFICATION", ref).isEmpty(), "the UN's own clock is not the state's");
        Api.Response ofCase = api.get("/api/v1/deadlines?reference=" + ref, officer, PASSWORD);
        assertEquals(200, ofCase.status(), ofCase.body());
        assertEquals(List.of("MEMBER_STATE_NOTIFICATION"), ofCase.json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().map(i -> i.getString("what")).toList(), "the case's own clocks: only the UN's notification so far");
        assertEquals(404, api.get("/api/v1/deadlines?reference=" + ref, southAfrica, PASSWORD).status(),
                "a case outside the caller's scope is not found");

        Api.Response sent = api.post(CASES + "/" + ref + "/notifications",
                "{\"memberState\":\"NPL\",\"sentOn\":\"2010-05-18\",\"requestsNio\":true}", officer, PASSWORD);
        assertEquals(201, sent.status(), sent.body());
        long note = sent.json().getJsonNumber("id").longValue();
        List<JsonObject> afterNotice = deadlines(officer);
        assertTrue(item(afterNotice, "MEMBER_STATE_NOTIFICATION", ref).isEmpty(), "notified: that clock stops");
        assertEquals("2010-06-01", item(afterNotice, "NOTE_VERBALE_ANSWER", ref).orElseThrow().getString("dueOn"));
        assertTrue(item(deadlines(nepal), "NOTE_VERBALE_ANSWER", ref).isPresent(), "in Nepal's inbox");
        assertTrue(deadlines(southAfrica).stream().noneMatch(i -> i.getString("reference").equals(ref)),
                "South Africa's liaison sees nothing of it");

        assertEquals(200, api.post("/api/v1/notifications/" + note + "/response",
                "{\"willInvestigate\":true,\"nioName\":\"Maj. Rai\",\"respondedOn\":\"2010-05-28\"}", nepal, PASSWORD).status());
        assertTrue(item(deadlines(officer), "NOTE_VERBALE_ANSWER", ref).isEmpty(), "answered: that clock stops");

        Api.Response opened = api.post(CASES + "/" + ref + "/investigations",
                "{\"entity\":\"OIOS\",\"startedOn\":\"2010-06-01\",\"subjectIds\":[" + npl + "]}", officer, PASSWORD);
        assertEquals(201, opened.status(), opened.body());
        long inv = opened.json().getJsonNumber("id").longValue();
        assertEquals("2010-09-01", item(deadlines(officer), "INVESTIGATION", ref).orElseThrow().getString("dueOn"),
                "a minor victim: 3 months");
        String investigator = api.newAccount("inv-dl", "INVESTIGATOR", null, null);
        assertTrue(item(deadlines(investigator), "INVESTIGATION", ref).isEmpty(), "not assigned: not theirs");
        assertEquals(201, api.post(CASES + "/" + ref + "/assignments", "{\"username\":\"" + investigator
                + "\",\"role\":\"INVESTIGATOR\",\"investigationId\":" + inv + "}", chief, PASSWORD).status());
        assertTrue(item(deadlines(investigator), "INVESTIGATION", ref).isPresent(), "assigned: on their list");
        Api.Response second = api.post(CASES + "/" + ref + "/investigations",
                "{\"entity\":\"MISSION_SIU\",\"startedOn\":\"2010-06-02\",\"subjectIds\":[]}", officer, PASSWORD);
        assertEquals(201, second.status(), second.body());
        List<JsonObject> theirs = api.get(CASES + "/" + ref, investigator, PASSWORD).json()
                .getJsonArray("investigations").getValuesAs(JsonObject.class);
        assertEquals(List.of(inv), theirs.stream().map(i -> i.getJsonNumber("id").longValue()).toList(),
                "an investigator sees only the investigation assigned to them");
        assertEquals(2, api.get(CASES + "/" + ref, officer, PASSWORD).json().getJsonArray("investigations").size());
        assertEquals(403, api.post(CASES + "/" + ref + "/investigations/" + second.json().getJsonNumber("id") + "/completion",
                "{\"completedOn\":\"2010-07-15\",\"finding\":\"CLOSED_OTHER\"}", investigator, PASSWORD).status(),
                "nor may they record another investigation's finding");
        assertEquals(200, api.post(CASES + "/" + ref + "/investigations/" + second.json().getJsonNumber("id") + "/completion",
                "{\"completedOn\":\"2010-07-15\",\"finding\":\"CLOSED_OTHER\"}", chief, PASSWORD).status());

        assertEquals(200, api.post(CASES + "/" + ref + "/investigations/" + inv + "/completion",
                "{\"completedOn\":\"2010-07-15\",\"finding\":\"SUBSTANTIATED\"}", investigator, PASSWORD).status());
        assertTrue(item(deadlines(officer), "INVESTIGATION", ref).isEmpty(), "completed: that clock stops");

        // Substantiated: Nepal owes its report of the action, reminded every 90 days after the finding.
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate expected = LocalDate.of(2010, 7, 15).plusDays(90);
        while (!expected.plusDays(90).isAfter(today)) {
            expected = expected.plusDays(90);
        }
        JsonObject report = item(deadlines(nepal), "ACTION_REPORT", ref).orElseThrow();
        assertEquals(expected.toString(), report.getString("dueOn"), "the latest 90-day reminder");
        assertTrue(report.getBoolean("overdue"));
        assertTrue(item(deadlines(officer), "ACTION_REPORT", ref).isPresent());
        assertTrue(deadlines(southAfrica).stream().noneMatch(i -> i.getString("reference").equals(ref)));

        assertEquals(201, api.post(CASES + "/" + ref + "/actions", "{\"subjectId\":" + npl
                + ",\"stage\":\"FINAL\",\"authority\":\"MEMBER_STATE\",\"type\":\"IMPRISONMENT\","
                + "\"decidedOn\":\"2011-01-10\"}", nepal, PASSWORD).status());
        assertTrue(item(deadlines(nepal), "ACTION_REPORT", ref).isEmpty(), "reported: the reminders stop");
        assertTrue(item(deadlines(officer), "ACTION_REPORT", ref).isEmpty());
    }

    @Test
    void rolesWithoutCasesHaveNoDeadlines() {
        String statistician = api.newAccount("stat-dl", "STATISTICIAN", null, null);
        assertEquals(403, api.get("/api/v1/deadlines", statistician, PASSWORD).status());
        assertEquals(401, api.get("/api/v1/deadlines", null, null).status());
    }

    @Test
    void followUpNotesVerbalesAreRecordedValidatedAndRefusedWhenTheyNoLongerApply() {
        String ref = file("2010-05-17").getString("reference");
        Api.Response sent = api.post(CASES + "/" + ref + "/notifications",
                "{\"memberState\":\"NPL\",\"sentOn\":\"2010-05-18\",\"requestsNio\":true}", officer, PASSWORD);
        long note = sent.json().getJsonNumber("id").longValue();
        String path = CASES + "/" + ref + "/notifications/" + note + "/follow-ups";

        Api.Response reminder = api.post(path, "{\"kind\":\"REMINDER\",\"sentOn\":\"2010-06-01\",\"note\":\"Second reminder\"}",
                officer, PASSWORD);
        assertEquals(201, reminder.status(), reminder.body());
        JsonObject f = reminder.json().getJsonArray("followUps").getJsonObject(0);
        assertEquals("REMINDER", f.getString("kind"));
        assertEquals("2010-06-01", f.getString("sentOn"));
        assertEquals("Second reminder", f.getString("note"));

        Api.Response bad = api.post(path, "{\"kind\":\"PLEASE\",\"sentOn\":\"2010-05-01\",\"note\":\"" + "x".repeat(501) + "\"}",
                officer, PASSWORD);
        assertEquals(400, bad.status(), bad.body());
        assertEquals(Set.of("kind", "sentOn", "note"), bad.json().getJsonArray("errors").getValuesAs(JsonObject.class)
                .stream().map(e -> e.getString("field")).collect(Collectors.toSet()));
        assertEquals(400, api.post(path, "[1]", officer, PASSWORD).status());

        String nepal = api.newAccount("liaison-fu", "MEMBER_STATE_LIAISON", null, "NPL");
        assertEquals(403, api.post(path, "{\"kind\":\"REMINDER\",\"sentOn\":\"2010-06-02\"}", nepal, PASSWORD).status(),
                "the state does not follow itself up");
        String elsewhere = api.newAccount("co-fu-minusca", "CONDUCT_OFFICER", "MINUSCA", null);
        assertEquals(404, api.post(path, "{\"kind\":\"REMINDER\",\"sentOn\":\"2010-06-02\"}", elsewhere, PASSWORD).status());
        assertEquals(404, api.post(CASES + "/" + ref + "/notifications/999999/follow-ups",
                "{\"kind\":\"REMINDER\",\"sentOn\":\"2010-06-02\"}", officer, PASSWORD).status());

        Api.Response early = api.post("/api/v1/notifications/" + note + "/response",
                "{\"willInvestigate\":true,\"nioName\":\"Maj. Rai\",\"nioAppointedOn\":\"2010-05-01\",\"respondedOn\":\"2010-06-05\"}",
                nepal, PASSWORD);
        assertEquals(400, early.status(), early.body());
        assertEquals("nioAppointedOn", early.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Response answered = api.post("/api/v1/notifications/" + note + "/response",
                "{\"willInvestigate\":true,\"nioName\":\"Maj. Rai\",\"nioAppointedOn\":\"2010-06-04\",\"respondedOn\":\"2010-06-05\"}",
                nepal, PASSWORD);
        assertEquals(200, answered.status(), answered.body());
        assertEquals("2010-06-04", answered.json().getString("nioAppointedOn"));

        assertEquals(409, api.post(path, "{\"kind\":\"REMINDER\",\"sentOn\":\"2010-06-10\"}", officer, PASSWORD).status(),
                "answered: no reminder to answer");
        Api.Response outcome = api.post(path, "{\"kind\":\"OUTCOME_REQUEST\",\"sentOn\":\"2010-09-10\"}", chief, PASSWORD);
        assertEquals(201, outcome.status(), outcome.body());
        assertEquals(2, outcome.json().getJsonArray("followUps").size());

        JsonObject seenByNepal = api.get(CASES + "/" + ref, nepal, PASSWORD).json().getJsonArray("notifications").getJsonObject(0);
        assertEquals(2, seenByNepal.getJsonArray("followUps").size(), "the state sees what it was asked");
        assertFalse(seenByNepal.isNull("nioName"));
    }

    @Test
    void theAdministratorEditsTheListOfActionTypesAndAWithdrawnTypeIsNoLongerAccepted() {
        String code = "COMMUNITY_SERVICE_" + Long.toString(System.nanoTime() % 1_000_000);
        String path = "/api/v1/admin/action-types";
        Api.Response bad = api.post(path, "{\"code\":\"x y\",\"stage\":\"LATER\",\"authority\":\"NATO\",\"nameEn\":\"\"}",
                Api.ADMIN, Api.ADMIN_PASSWORD);
        assertEquals(400, bad.status(), bad.body());
        assertEquals(Set.of("code", "stage", "authority", "nameEn", "nameFr"), bad.json().getJsonArray("errors")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).collect(Collectors.toSet()));
        String body = "{\"code\":\"" + code + "\",\"stage\":\"FINAL\",\"authority\":\"MEMBER_STATE\","
                + "\"nameEn\":\"Community service\",\"nameFr\":\"Travaux d'intérêt général\"}";
        assertEquals(403, api.post(path, body, chief, PASSWORD).status(), "only the administrator edits the list");
        Api.Response created = api.post(path, body, Api.ADMIN, Api.ADMIN_PASSWORD);
        assertEquals(201, created.status(), created.body());
        assertTrue(created.json().getBoolean("active"));
        assertEquals(409, api.post(path, body, Api.ADMIN, Api.ADMIN_PASSWORD).status());

        JsonObject c = file("2010-05-20");
        String ref = c.getString("reference");
        long npl = c.getJsonArray("subjects").getJsonObject(0).getJsonNumber("id").longValue();
        String nepal = api.newAccount("liaison-at", "MEMBER_STATE_LIAISON", null, "NPL");
        String action = "{\"subjectId\":" + npl + ",\"stage\":\"FINAL\",\"authority\":\"MEMBER_STATE\",\"type\":\""
                + code + "\",\"decidedOn\":\"2011-02-01\"}";
        assertEquals(201, api.post(CASES + "/" + ref + "/actions", action, nepal, PASSWORD).status(), "the new type is offered");

        assertEquals(400, api.put(path + "/" + code, "{\"stage\":\"INTERIM\"}", Api.ADMIN, Api.ADMIN_PASSWORD).status(),
                "the stage never changes");
        long version = created.json().getJsonNumber("version").longValue();
        Api.Response withdrawn = api.put(path + "/" + code, "{\"active\":false,\"version\":" + version + "}",
                Api.ADMIN, Api.ADMIN_PASSWORD);
        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertFalse(withdrawn.json().getBoolean("active"));
        assertEquals(409, api.put(path + "/" + code, "{\"nameEn\":\"Stale edit\",\"version\":" + version + "}",
                Api.ADMIN, Api.ADMIN_PASSWORD).status(), "an edit based on the old version is refused");
        Api.Response refused = api.post(CASES + "/" + ref + "/actions", action, nepal, PASSWORD);
        assertEquals(400, refused.status(), "a withdrawn type is not accepted for new actions");
        assertEquals("type", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(1, api.get(CASES + "/" + ref, officer, PASSWORD).json().getJsonArray("actions").size(),
                "the action recorded with it stays");
        assertEquals(404, api.put(path + "/NO_SUCH_TYPE", "{\"active\":true}", Api.ADMIN, Api.ADMIN_PASSWORD).status());
        assertTrue(api.get(path, Api.ADMIN, Api.ADMIN_PASSWORD).json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().anyMatch(t -> t.getString("code").equals(code) && !t.getBoolean("active")));
    }

    @Test
    void onlyTheStateWhoseNationalWasFoundResponsibleOwesAnActionReport() {
        Api.Response filed = api.post(CASES, """
                {"mission":"UNMISS","receivedOn":"2010-03-01","kind":"SEA","seaType":"SEXUAL_ABUSE","source":"HOTLINE",
                 "summary":"Two contingents","subjects":[
                   {"personnelCategory":"MILITARY_CONTINGENT","nationality":"NPL","sex":"MALE"},
                   {"personnelCategory":"FORMED_POLICE_UNIT","nationality":"BGD","sex":"MALE"}]}""", officer, PASSWORD);
        assertEquals(201, filed.status(), filed.body());
        String ref = filed.json().getString("reference");
        long npl = filed.json().getJsonArray("subjects").getJsonObject(0).getJsonNumber("id").longValue();
        for (String state : List.of("NPL", "BGD")) {
            assertEquals(201, api.post(CASES + "/" + ref + "/notifications",
                    "{\"memberState\":\"" + state + "\",\"sentOn\":\"2010-03-02\",\"requestsNio\":false}", officer, PASSWORD).status());
        }
        Api.Response opened = api.post(CASES + "/" + ref + "/investigations",
                "{\"entity\":\"OIOS\",\"startedOn\":\"2010-03-10\",\"subjectIds\":[" + npl + "]}", officer, PASSWORD);
        long inv = opened.json().getJsonNumber("id").longValue();
        assertEquals(200, api.post(CASES + "/" + ref + "/investigations/" + inv + "/completion",
                "{\"completedOn\":\"2010-05-01\",\"finding\":\"SUBSTANTIATED\"}", chief, PASSWORD).status());

        String nepal = api.newAccount("liaison-ar-npl", "MEMBER_STATE_LIAISON", null, "NPL");
        String bangladesh = api.newAccount("liaison-ar-bgd", "MEMBER_STATE_LIAISON", null, "BGD");
        assertTrue(item(deadlines(nepal), "ACTION_REPORT", ref).isPresent(), "Nepal's national was found responsible");
        assertTrue(item(deadlines(bangladesh), "ACTION_REPORT", ref).isEmpty(), "Bangladesh's was not investigated");
        List<JsonObject> officers = deadlines(officer).stream()
                .filter(i -> i.getString("what").equals("ACTION_REPORT") && i.getString("reference").equals(ref)).toList();
        assertEquals(List.of("NPL"), officers.stream().map(i -> i.getString("memberState")).toList());

        // A state notified although no national of its is named (a mistake, or a subject corrected
        // since), and an investigation naming no subject: no report is owed, and nothing breaks.
        assertEquals(201, api.post(CASES + "/" + ref + "/notifications",
                "{\"memberState\":\"KEN\",\"sentOn\":\"2010-03-03\",\"requestsNio\":false}", officer, PASSWORD).status());
        Api.Response general = api.post(CASES + "/" + ref + "/investigations",
                "{\"entity\":\"MISSION_SIU\",\"startedOn\":\"2010-03-11\",\"subjectIds\":[]}", officer, PASSWORD);
        assertEquals(200, api.post(CASES + "/" + ref + "/investigations/" + general.json().getJsonNumber("id") + "/completion",
                "{\"completedOn\":\"2010-05-02\",\"finding\":\"SUBSTANTIATED\"}", chief, PASSWORD).status());
        List<String> owing = deadlines(officer).stream()
                .filter(i -> i.getString("what").equals("ACTION_REPORT") && i.getString("reference").equals(ref))
                .map(i -> i.getString("memberState")).sorted().toList();
        assertEquals(List.of("BGD", "NPL"), owing, "an investigation naming no subject covers both contingents; Kenya owes nothing");
    }

    @Test
    void theFindingFormIsOfferedExactlyToThoseTheServiceLetsRecordIt() {
        JsonObject c = file("2011-02-01");
        String ref = c.getString("reference");
        long npl = c.getJsonArray("subjects").getValuesAs(JsonObject.class).stream()
                .filter(x -> x.getString("nationality").equals("NPL")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        Api.Response opened = api.post(CASES + "/" + ref + "/investigations",
                "{\"entity\":\"OIOS\",\"startedOn\":\"2011-02-10\",\"subjectIds\":[" + npl + "]}", officer, PASSWORD);
        assertEquals(201, opened.status(), opened.body());
        long inv = opened.json().getJsonNumber("id").longValue();
        String nepal = api.newAccount("liaison-ff-npl", "MEMBER_STATE_LIAISON", null, "NPL");
        String page = "/allegation/view.xhtml?ref=" + ref + "&tab=followUp";
        String completion = CASES + "/" + ref + "/investigations/" + inv + "/completion";
        String body = "{\"completedOn\":\"2011-03-01\",\"finding\":\"SUBSTANTIATED\"}";

        // the officer who filed the case (assigned to it) may edit it, but not record the finding: no form, and 403
        assertFalse(WebSession.signIn(api.base(), officer, PASSWORD).get(page).body().contains("findingForm"), "officer offered the form");
        assertEquals(403, api.post(completion, body, officer, PASSWORD).status());
        // a liaison records only a national investigation's finding: this one is OIOS's
        assertFalse(WebSession.signIn(api.base(), nepal, PASSWORD).get(page).body().contains("findingForm"), "liaison offered the form");
        assertEquals(403, api.post(completion, body, nepal, PASSWORD).status());
        assertTrue(api.get(CASES + "/" + ref, chief, PASSWORD).json().getJsonArray("investigations").getJsonObject(0)
                .isNull("finding"), "nothing recorded by the refusals");
        // the mission's chief is offered it and may record it
        assertTrue(WebSession.signIn(api.base(), chief, PASSWORD).get(page).body().contains("findingForm"), "chief not offered the form");
        Api.Response done = api.post(completion, body, chief, PASSWORD);
        assertEquals(200, done.status(), done.body());
        assertFalse(WebSession.signIn(api.base(), chief, PASSWORD).get(page).body().contains("findingForm"),
                "a completed investigation offers no finding form");
    }
}
