package org.blueledger.allegation.web;

import jakarta.json.JsonObject;
import org.blueledger.testsupport.Api;
import org.blueledger.testsupport.BrowserTest;
import org.blueledger.testsupport.pages.CasePage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In headless Chromium: every form of the case page, submitted with input the service refuses,
 * shows the refusal next to the field, in the page's language, on the tab the form is on, and
 * nothing is saved; an accepted submit comes back to the tab it was made on.
 */
class CasePageFeedbackUiIT extends BrowserTest {

    @Test
    void theCaseRecordsFormsShowEachRefusalAtItsFieldAndSaveNothing() throws Exception {
        String chief = api.newAccount("fb-chief", "CHIEF_OF_CONDUCT", "UNMISS", null);
        String elsewhere = api.newAccount("fb-co-monusco", "CONDUCT_OFFICER", "MONUSCO", null);
        String colleague = api.newAccount("fb-co", "CONDUCT_OFFICER", "UNMISS", null);
        String ref = fileCase(api, chief);

        CasePage d = new CasePage(browsers.openAs(api.base() + CasePage.path(ref), chief));

        // close under other circumstances without a reason (an ajax submit)
        d.select("tabs:statusForm:status", "CLOSED_OTHER");
        d.clickAndConfirm("tabs:statusForm:changeStatus");
        assertEquals("Reason: is required to close a case under other circumstances.",
                d.fieldError("tabs:statusForm:reason"));
        assertEquals("PRELIMINARY_ASSESSMENT", api.allegation(ref, chief).getString("status"));

        // assign an unknown user, then another mission's officer
        d.openTab("Assigned officers");
        d.waitFor("tabs:assignForm:assignee").sendKeys("nobody-at-all");
        d.submit("tabs:assignForm:assign");
        assertEquals("User: is not an active account.", d.fieldError("tabs:assignForm:assignee"));
        d.until(Duration.ofSeconds(5), dr -> "tabs:assignForm:assignee".equals(d.activeId()));
        assertEquals("Assigned officers", d.openTabTitle(), "the page stays on the tab of the form");
        d.find("tabs:assignForm:assignee").clear();
        d.find("tabs:assignForm:assignee").sendKeys(elsewhere);
        d.submit("tabs:assignForm:assign");
        assertEquals("User: is not a conduct officer of this mission.", d.fieldError("tabs:assignForm:assignee"));
        assertTrue(api.allegation(ref, chief).toString().indexOf(elsewhere) < 0, "nobody was assigned");
        // an officer of the mission is assigned, and the page comes back to the tab; assigning them again is refused
        d.find("tabs:assignForm:assignee").clear();
        d.find("tabs:assignForm:assignee").sendKeys(colleague);
        d.submit("tabs:assignForm:assign");
        assertEquals("Assigned officers", d.openTabTitle(), "an accepted submit comes back to its tab");
        assertTrue(d.find("tabs:assignments:list").getText().contains(colleague));
        d.waitFor("tabs:assignForm:assignee").sendKeys(colleague);
        d.submit("tabs:assignForm:assign");
        assertEquals("User: is already assigned to this case.", d.fieldError("tabs:assignForm:assignee"));

        // a correction with an empty summary and a future incident date (an ajax submit)
        d.openTab("Correct the record");
        d.waitFor("tabs:editForm:summary").clear();
        d.setValue("tabs:editForm:incidentDate_input", "2099-01-01");
        d.find("tabs:editForm:save").click();
        assertEquals("Summary: is required.", d.fieldError("tabs:editForm:summary"));
        assertEquals("Date of the incident: must not be in the future.", d.fieldError("tabs:editForm:incidentDate"));
        JsonObject unchanged = api.allegation(ref, chief);
        assertEquals("Feedback on the case page", unchanged.getString("summary"));
        assertEquals("2023-05-01", unchanged.getString("incidentDate"));

        // attachments: no file, a text file, a text file named .pdf; then a real PDF is accepted
        d.openTab("Attachments");
        d.submit("tabs:attachForm:upload");
        assertEquals("Choose a file to attach.", d.fieldError("tabs:attachForm:file"));
        assertTrue(d.openTabTitle().startsWith("Attachments"), d.openTabTitle());
        d.attach(file("notes.txt", "Plain text is not accepted.".getBytes(StandardCharsets.UTF_8)));
        assertEquals("File: is not a PDF, an image or an office document.", d.fieldError("tabs:attachForm:file"));
        d.attach(file("fake.pdf", "This only pretends to be a PDF.".getBytes(StandardCharsets.UTF_8)));
        assertEquals("File: is not a PDF, an image or an office document.", d.fieldError("tabs:attachForm:file"));
        assertEquals(0, api.allegation(ref, chief).getJsonArray("attachments").size(), "nothing attached");
        // a file said to hold a subject's identity must name the subject (issue #11, finding 5)
        d.select("tabs:attachForm:classification", "SUBJECT_IDENTITY");
        d.attach(file("about-a-subject.pdf", "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("About subject: is required for a file with a subject's identity.",
                d.fieldError("tabs:attachForm:subject"));
        assertEquals(0, api.allegation(ref, chief).getJsonArray("attachments").size(), "nothing attached");
        d.select("tabs:attachForm:classification", "VICTIM_IDENTITY");
        d.attach(file("statement.pdf", "%PDF-1.4\n%âãÏÓ\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1)));
        assertTrue(d.waitFor("tabs:downloads:attachments").isDisplayed(), "back on the attachments tab");
        assertTrue(d.find("tabs:downloads:attachments").getText().contains("statement.pdf"));
        assertTrue(d.find("tabs:downloads:attachments").getText()
                .contains("Victim identity (victim-identity roles only)"), "the list shows the file's class");
        assertEquals(1, api.allegation(ref, chief).getJsonArray("attachments").size());
        d.screenshot("feedback-attachments");
    }

    @Test
    void theFollowUpFormsShowEachRefusalAtItsFieldOnTheFollowUpTab() throws Exception {
        String chief = api.newAccount("fb-chief2", "CHIEF_OF_CONDUCT", "UNMISS", null);
        String liaison = api.newAccount("fb-gha", "MEMBER_STATE_LIAISON", null, "GHA");
        String ref = fileCase(api, chief);
        JsonObject filed = api.allegation(ref, chief);
        String subjectId = filed.getJsonArray("subjects").getJsonObject(0).getJsonNumber("id").toString();

        CasePage d = new CasePage(browsers.openAs(api.base() + CasePage.path(ref), chief));
        d.openTab("Investigations, notifications, actions");

        // open an investigation with nothing filled in
        d.submit("tabs:investigationForm:openInvestigation");
        assertEquals("Investigating entity: is required.", d.fieldError("tabs:investigationForm:entity"));
        assertEquals("Started: is required.", d.fieldError("tabs:investigationForm:startedOn"));
        assertEquals("Investigations, notifications, actions", d.openTabTitle());
        assertEquals(0, api.allegation(ref, chief).getJsonArray("investigations").size());

        // the same form filled in is accepted and the page comes back to the follow-up tab
        d.select("tabs:investigationForm:entity", "OIOS");
        d.setValue("tabs:investigationForm:startedOn_input", "2023-05-10");
        d.submit("tabs:investigationForm:openInvestigation");
        assertTrue(d.waitFor("tabs:investigations").isDisplayed(), "back on the follow-up tab");

        // a note verbale with a malformed date and no state: both are named
        d.setValue("tabs:notifyForm:sentOn_input", "11/05/2023x");
        d.submitAndConfirm("tabs:notifyForm:notifyMemberState");
        d.waitFor("caseStatus");
        assertEquals("Sent: must be a date.", d.fieldError("tabs:notifyForm:sentOn"));
        assertEquals("Member state: is required.", d.fieldError("tabs:notifyForm:memberState"));

        // a note verbale to Ghana, then a follow-up dated before it
        d.select("tabs:notifyForm:memberState", "GHA");
        d.setValue("tabs:notifyForm:sentOn_input", "2023-05-11");
        d.submitAndConfirm("tabs:notifyForm:notifyMemberState");
        d.waitFor("caseStatus");
        assertTrue(d.waitFor("tabs:notifications").isDisplayed());
        d.select("tabs:followUpForm:followUpKind", "REMINDER");
        d.setValue("tabs:followUpForm:followUpSentOn_input", "2023-05-02");
        d.submit("tabs:followUpForm:sendFollowUp");
        assertEquals("Sent: is earlier than the step it follows.", d.fieldError("tabs:followUpForm:followUpSentOn"));
        assertTrue(d.fieldErrors("tabs:notifyForm:sentOn").isEmpty(), "the note verbale's own date is not blamed");

        // the finding dated before the investigation started
        d.setValue("tabs:findingForm:completedOn_input", "2023-05-09");
        d.select("tabs:findingForm:finding", "SUBSTANTIATED");
        d.submit("tabs:findingForm:completeInvestigation");
        assertEquals("Completed: is earlier than the step it follows.", d.fieldError("tabs:findingForm:completedOn"));

        // an action whose type does not match its stage
        d.select("tabs:actionForm:actionSubjectId", subjectId);
        d.select("tabs:actionForm:stage", "INTERIM");
        d.select("tabs:actionForm:authority", "UN");
        d.select("tabs:actionForm:type", "WRITTEN_CENSURE");
        d.setValue("tabs:actionForm:decidedOn_input", "2023-06-01");
        d.submit("tabs:actionForm:recordAction");
        assertEquals("Action: does not match the stage or the authority chosen.", d.fieldError("tabs:actionForm:type"));
        d.screenshot("feedback-follow-up");

        JsonObject after = api.allegation(ref, chief);
        assertEquals(0, after.getJsonArray("actions").size());
        assertEquals(0, after.getJsonArray("notifications").getJsonObject(0).getJsonArray("followUps").size());
        assertTrue(after.getJsonArray("investigations").getJsonObject(0).isNull("finding"));

        // Ghana's liaison answers without a date
        CasePage b = new CasePage(browsers.openAs(api.base() + CasePage.path(ref), liaison));
        b.openTab("Investigations, notifications, actions");
        b.waitFor("tabs:answerForm:nioName").sendKeys("Major Mensah");
        b.submit("tabs:answerForm:answer");
        assertEquals("Answered on: is required.", b.fieldError("tabs:answerForm:respondedOn"));
        assertEquals("Answer: is required.", b.fieldError("tabs:answerForm:willInvestigate"), "no answer is chosen beforehand");
        assertTrue(api.allegation(ref, chief).getJsonArray("notifications").getJsonObject(0).isNull("answer"));
    }

    @Test
    void aRefusalIsShownInThePagesLanguage() throws Exception {
        String chief = api.newAccount("fb-chief3", "CHIEF_OF_CONDUCT", "UNMISS", null);
        String ref = fileCase(api, chief);

        CasePage d = new CasePage(browsers.openAs(api.base() + CasePage.path(ref), chief));
        d.waitFor("caseStatus");
        d.submit("headerForm:langFr");
        assertEquals(ref, d.find(By.cssSelector("h1.bl-title")).getText(), "the language switch keeps the case");

        d.select("tabs:statusForm:status", "CLOSED_OTHER");
        d.clickAndConfirm("tabs:statusForm:changeStatus");
        assertEquals("Motif : est obligatoire pour classer un dossier pour d'autres motifs.",
                d.fieldError("tabs:statusForm:reason"));

        d.openTab("Pièces jointes");
        d.submit("tabs:attachForm:upload");
        assertEquals("Choisissez un fichier à joindre.", d.fieldError("tabs:attachForm:file"));
        assertTrue(d.openTabTitle().startsWith("Pièces jointes"), d.openTabTitle());
        d.screenshot("feedback-french");
        assertEquals("PRELIMINARY_ASSESSMENT", api.allegation(ref, chief).getString("status"));
    }

    private static String fileCase(Api api, String user) {
        return api.fileCase("""
                {"mission":"UNMISS","receivedOn":"2023-05-03","incidentDate":"2023-05-01","kind":"SEA",
                 "seaType":"SEXUAL_EXPLOITATION","source":"HOTLINE","summary":"Feedback on the case page",
                 "subjects":[{"personnelCategory":"MILITARY_CONTINGENT","nationality":"GHA","sex":"MALE"}],
                 "victims":[{"sex":"FEMALE","ageGroup":"ADULT"}]}""", user);
    }

    private static Path file(String name, byte[] content) throws Exception {
        Path dir = Files.createTempDirectory("bl-upload");
        Path f = dir.resolve(name);
        Files.write(f, content);
        return f;
    }
}
