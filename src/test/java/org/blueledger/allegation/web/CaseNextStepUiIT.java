package org.blueledger.allegation.web;

import jakarta.json.JsonObject;
import org.blueledger.testsupport.Api;
import org.blueledger.testsupport.BrowserTest;
import org.blueledger.testsupport.pages.CasePage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import static org.blueledger.testsupport.Api.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In headless Chromium (issue #14, items 8 and 13): the case page's next-step panel says what is
 * due, by whom and when, and its timeline lists what happened, in words and localised dates,
 * each as the caller may see it; the correction adds and removes subjects and victims, refuses a
 * bad new row at its fields without storing anything, and never offers to remove a subject the
 * follow-up names.
 */
class CaseNextStepUiIT extends BrowserTest {

    static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final String VICTIM_NAME = "Amani Nextstep";

    @Test
    void theNextStepsSayWhatIsDueByWhomAndWhenAndTheTimelineWhatHappened() throws Exception {
        String officer = api.newAccount("ns-co", "CONDUCT_OFFICER", "UNMISS", null);
        String chief = api.newAccount("ns-chief", "CHIEF_OF_CONDUCT", "UNMISS", null);
        String investigator = api.newAccount("ns-inv", "INVESTIGATOR", "UNMISS", null);
        String bhutan = api.newAccount("ns-btn", "MEMBER_STATE_LIAISON", null, "BTN");
        String ref = fileCase(api, officer, """
                [{"personnelCategory":"MILITARY_CONTINGENT","nationality":"BTN","sex":"MALE"},
                 {"personnelCategory":"MILITARY_CONTINGENT","nationality":"FJI","sex":"MALE"}]""");
        // Bhutan is notified (its answer is now owed); Fiji is not (the UN owes the note verbale)
        Api.ok(api.post(CASES + "/" + ref + "/notifications", "{\"memberState\":\"BTN\",\"sentOn\":\"2024-01-15\","
                + "\"requestsNio\":true}", officer, PASSWORD));
        long investigation = Api.ok(api.post(CASES + "/" + ref + "/investigations", "{\"entity\":\"OIOS\",\"startedOn\":\""
                + LocalDate.now() + "\",\"subjectIds\":[]}", officer, PASSWORD)).getJsonNumber("id").longValue();
        Api.ok(api.post(CASES + "/" + ref + "/assignments", "{\"username\":\"" + investigator + "\",\"role\":\"INVESTIGATOR\","
                + "\"investigationId\":" + investigation + "}", chief, PASSWORD));
        Api.Response file = api.postBytes(CASES + "/" + ref + "/attachments?kind=EVIDENCE&classification=VICTIM_IDENTITY"
                        + "&fileName=witness-statement.pdf", "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
                        .getBytes(StandardCharsets.ISO_8859_1), "application/octet-stream", officer, PASSWORD);
        assertEquals(201, file.status(), file.body());

        CasePage d = new CasePage(browsers.openAs(api.base() + CasePage.path(ref), officer));
        List<String> steps = d.nextSteps();
        assertEquals(3, steps.size(), steps.toString());
        assertTrue(steps.get(0).startsWith("UN to notify the member state Fiji United Nations (" + officer + ")"), steps.get(0));
        assertTrue(steps.get(0).endsWith("(overdue)"), "received in January 2024: long overdue: " + steps.get(0));
        assertTrue(steps.get(1).startsWith("Answer to the note verbale, from Bhutan Bhutan "), steps.get(1));
        assertTrue(steps.get(2).startsWith("End of the investigation Office of Internal Oversight Services (" + investigator
                + ")"), steps.get(2));
        assertFalse(steps.get(2).contains("overdue"), steps.get(2));
        steps.forEach(s -> assertFalse(ISO_DATE.matcher(s).find(), "dates read as words: " + s));

        d.openTab("Timeline");
        String timeline = d.waitFor("tabs:timeline").getText();
        for (String event : List.of("Report recorded (Under preliminary assessment)", "Note verbale sent to Bhutan",
                "Investigation opened: Office of Internal Oversight Services", investigator + " assigned as Investigator",
                "File attached: witness-statement.pdf")) {
            assertTrue(timeline.contains(event), event + " in " + timeline);
        }
        assertFalse(ISO_DATE.matcher(timeline).find(), timeline);
        assertFalse(timeline.contains(VICTIM_NAME), "no victim identity in the timeline");
        d.screenshot("next-step-officer");

        // the same in French
        d.submit("headerForm:langFr");
        assertTrue(d.waitFor("nextSteps").getText().startsWith("Prochaines étapes"));
        assertTrue(d.nextSteps().get(1).startsWith("Réponse à la note verbale, de Bhoutan Bhoutan"), d.nextSteps().toString());
        d.openTab("Chronologie");
        assertTrue(d.waitFor("tabs:timeline").getText().contains("Note verbale envoyée : Bhoutan"),
                d.find("tabs:timeline").getText());

        // Bhutan's liaison: only what its state owes; the file about the victim is not in its timeline
        CasePage b = new CasePage(browsers.openAs(api.base() + CasePage.path(ref), bhutan));
        List<String> owed = b.nextSteps();
        assertEquals(1, owed.size(), owed.toString());
        assertTrue(owed.get(0).startsWith("Answer to the note verbale, from Bhutan"), owed.get(0));
        b.openTab("Timeline");
        String seen = b.waitFor("tabs:timeline").getText();
        assertTrue(seen.contains("Note verbale sent to Bhutan"), seen);
        assertFalse(seen.contains("witness-statement"), "a file the liaison may not see is not named: " + seen);
        assertFalse(b.source().contains(VICTIM_NAME), "no victim identity anywhere on the liaison's page");
        assertFalse(b.source().contains("witness-statement"), "nor the file's name");
        b.screenshot("next-step-liaison");
    }

    @Test
    void aCorrectionAddsAndRemovesSubjectsAndVictimsAndRefusesABadRowAtItsFields() throws Exception {
        String officer = api.newAccount("ns-co2", "CONDUCT_OFFICER", "UNMISS", null);
        String auditor = api.newAccount("ns-aud", "AUDITOR", null, null);
        String ref = fileCase(api, officer, """
                [{"personnelCategory":"MILITARY_CONTINGENT","nationality":"NPL","sex":"MALE"},
                 {"personnelCategory":"INTERNATIONAL_STAFF","nationality":"FRA","sex":"FEMALE"}]""");
        JsonObject filed = api.allegation(ref, officer);
        long investigated = filed.getJsonArray("subjects").getJsonObject(0).getJsonNumber("id").longValue();
        long victim = filed.getJsonArray("victims").getJsonObject(0).getJsonNumber("id").longValue();
        Api.ok(api.post(CASES + "/" + ref + "/investigations", "{\"entity\":\"MILITARY_POLICE\",\"startedOn\":\"2024-01-20\","
                + "\"subjectIds\":[" + investigated + "]}", officer, PASSWORD));

        CasePage d = new CasePage(browsers.openAs(api.base() + CasePage.path(ref) + "&tab=edit", officer));
        assertEquals("Correct the record", d.openTabTitle());
        assertTrue(d.findAll(By.id("tabs:editForm:subjects:0:remove")).isEmpty(),
                "the investigated subject is not offered for removal");
        assertTrue(d.find("tabs:editForm:subjects:0:fixed").getText().contains("cannot be removed")
                || d.find("tabs:editForm:subjects:0:fixed").getText().contains("not removed"));
        assertTrue(d.find("tabs:editForm:subjects:1:remove").isDisplayed());

        // a new subject and a new victim left incomplete: refused at their fields, nothing stored
        d.click("tabs:editForm:addSubject");
        d.waitFor("tabs:editForm:subjects:2:personnelCategory");
        d.click("tabs:editForm:addVictim");
        d.waitFor("tabs:editForm:victims:1:ageGroup");
        d.click("tabs:editForm:save");
        assertEquals("Personnel category (3): is required.", d.fieldError("tabs:editForm:subjects:2:personnelCategory"));
        assertEquals("Age group (2): is required.", d.fieldError("tabs:editForm:victims:1:ageGroup"));
        assertEquals("Correct the record", d.openTabTitle());
        JsonObject unchanged = api.allegation(ref, officer);
        assertEquals(2, unchanged.getJsonArray("subjects").size());
        assertEquals(1, unchanged.getJsonArray("victims").size());
        assertEquals(filed.getInt("version"), unchanged.getInt("version"));

        // completed, with the second subject and the first victim removed: stored, and back on the tab
        d.select("tabs:editForm:subjects:2:personnelCategory", "UN_POLICE");
        d.select("tabs:editForm:subjects:2:nationality", "SEN");
        d.select("tabs:editForm:victims:1:ageGroup", "MINOR");
        d.click("tabs:editForm:subjects:1:remove");
        d.until(ExpectedConditions.invisibilityOfElementLocated(
                By.id("tabs:editForm:subjects:2:personnelCategory")));
        d.click("tabs:editForm:victims:0:remove");
        d.until(ExpectedConditions.invisibilityOfElementLocated(
                By.id("tabs:editForm:victims:1:ageGroup")));
        d.submit("tabs:editForm:save");
        assertEquals("Correct the record", d.openTabTitle(), "an accepted correction comes back to its tab");
        assertTrue(d.waitFor("messages").getText().contains("Case " + ref + " corrected."));

        JsonObject after = api.allegation(ref, officer);
        assertEquals(2, after.getJsonArray("subjects").size(), after.toString());
        assertEquals(investigated, after.getJsonArray("subjects").getJsonObject(0).getJsonNumber("id").longValue());
        JsonObject added = after.getJsonArray("subjects").getJsonObject(1);
        assertEquals("UN_POLICE", added.getString("personnelCategory"));
        assertEquals("SEN", added.getString("nationality"));
        assertEquals(1, after.getJsonArray("victims").size());
        assertEquals("MINOR", after.getJsonArray("victims").getJsonObject(0).getString("ageGroup"));
        assertNotEquals(victim, after.getJsonArray("victims").getJsonObject(0).getJsonNumber("id").longValue());

        JsonObject audit = api.get("/api/v1/audit?reference=" + ref + "&user=" + officer, auditor, PASSWORD).json();
        assertTrue(audit.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .anyMatch(e -> e.getString("action").equals("CASE_CORRECTED")
                        && e.getString("detail").contains("subjects added: 1, removed: 1")
                        && e.getString("detail").contains("victims added: 1, removed: 1")), audit.toString());
        d.screenshot("correction-add-remove");
    }

    @Test
    void aSubjectNamedInTheFollowUpMeanwhileIsNotRemovedAndTheFormSaysWhyNextToTheSubjects() throws Exception {
        String officer = api.newAccount("ns-co3", "CONDUCT_OFFICER", "UNMISS", null);
        String ref = fileCase(api, officer, """
                [{"personnelCategory":"MILITARY_CONTINGENT","nationality":"NPL","sex":"MALE"},
                 {"personnelCategory":"INTERNATIONAL_STAFF","nationality":"FRA","sex":"FEMALE"}]""");
        JsonObject filed = api.allegation(ref, officer);
        long second = filed.getJsonArray("subjects").getJsonObject(1).getJsonNumber("id").longValue();

        CasePage d = new CasePage(browsers.openAs(api.base() + CasePage.path(ref) + "&tab=edit", officer));
        d.click("tabs:editForm:subjects:1:remove");
        d.until(ExpectedConditions.invisibilityOfElementLocated(
                By.id("tabs:editForm:subjects:1:personnelCategory")));
        // meanwhile an interim action is recorded on that subject
        Api.ok(api.post(CASES + "/" + ref + "/actions", "{\"subjectId\":" + second + ",\"stage\":\"INTERIM\","
                + "\"authority\":\"UN\",\"type\":\"SUSPENSION_OF_PAYMENTS\",\"decidedOn\":\"2024-01-20\"}", officer, PASSWORD));
        d.click("tabs:editForm:save");
        assertEquals("Subjects: a subject named in an investigation, an action or a criminal referral cannot be removed; "
                + "correct their details instead.", d.fieldError("tabs:editForm:subjectsHeading"));
        assertEquals("Correct the record", d.openTabTitle());
        JsonObject unchanged = api.allegation(ref, officer);
        assertEquals(2, unchanged.getJsonArray("subjects").size(), "nothing removed");
        assertEquals(filed.getInt("version"), unchanged.getInt("version"));
    }

    private static String fileCase(Api api, String user, String subjects) {
        return api.fileCase("""
                {"mission":"UNMISS","receivedOn":"2024-01-10","incidentDate":"2024-01-02","kind":"SEA",
                 "seaType":"SEXUAL_EXPLOITATION","source":"HOTLINE","summary":"Next steps on the case page",
                 "subjects":%s,
                 "victims":[{"sex":"FEMALE","ageGroup":"ADULT","name":"%s"}]}""".formatted(subjects, VICTIM_NAME),
                user);
    }
}
