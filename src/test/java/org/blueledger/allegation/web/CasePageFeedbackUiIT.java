package org.blueledger.allegation.web;

import jakarta.json.JsonObject;
import org.blueledger.testsupport.Api;
import org.blueledger.testsupport.Browser;
import org.blueledger.testsupport.Confirm;
import org.blueledger.testsupport.SharedApplication;
import org.blueledger.testsupport.SharedApplication.AppUrl;
import org.blueledger.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.blueledger.allegation.web.CasePage.fieldError;
import static org.blueledger.allegation.web.CasePage.openTab;
import static org.blueledger.allegation.web.CasePage.openTabTitle;
import static org.blueledger.allegation.web.CasePage.select;
import static org.blueledger.allegation.web.CasePage.setValue;
import static org.blueledger.allegation.web.CasePage.signIn;
import static org.blueledger.allegation.web.CasePage.submit;
import static org.blueledger.allegation.web.CasePage.waitFor;
import static org.blueledger.testsupport.Api.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In headless Chromium: every form of the case page, submitted with input the service refuses,
 * shows the refusal next to the field, in the page's language, on the tab the form is on, and
 * nothing is saved; an accepted submit comes back to the tab it was made on.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(SharedApplication.class)
class CasePageFeedbackUiIT {

    @AppUrl
    URL url;

    final List<WebDriver> drivers = new ArrayList<>();

    @AfterEach
    void quit() {
        drivers.forEach(WebDriver::quit);
    }

    @Test
    void theCaseRecordsFormsShowEachRefusalAtItsFieldAndSaveNothing() throws Exception {
        Api api = new Api(url);
        String chief = api.newAccount("fb-chief", "CHIEF_OF_CONDUCT", "UNMISS", null);
        String elsewhere = api.newAccount("fb-co-monusco", "CONDUCT_OFFICER", "MONUSCO", null);
        String colleague = api.newAccount("fb-co", "CONDUCT_OFFICER", "UNMISS", null);
        String ref = fileCase(api, chief);

        WebDriver d = browser();
        d.get(api.base() + "/allegation/view.xhtml?ref=" + ref);
        signIn(d, chief);

        // close under other circumstances without a reason (an ajax submit)
        select(d, "tabs:statusForm:status", "CLOSED_OTHER");
        d.findElement(By.id("tabs:statusForm:changeStatus")).click();
        Confirm.yes(d);
        assertEquals("Reason: is required to close a case under other circumstances.",
                fieldError(d, "tabs:statusForm:reason"));
        assertEquals("PRELIMINARY_ASSESSMENT", stored(api, ref, chief).getString("status"));

        // assign an unknown user, then another mission's officer
        openTab(d, "Assigned officers");
        waitFor(d, By.id("tabs:assignForm:assignee")).sendKeys("nobody-at-all");
        submit(d, "tabs:assignForm:assign");
        assertEquals("User: is not an active account.", fieldError(d, "tabs:assignForm:assignee"));
        new WebDriverWait(d, Duration.ofSeconds(5)).until(dr -> "tabs:assignForm:assignee".equals(
                ((org.openqa.selenium.JavascriptExecutor) dr).executeScript("return document.activeElement.id")));
        assertEquals("Assigned officers", openTabTitle(d), "the page stays on the tab of the form");
        d.findElement(By.id("tabs:assignForm:assignee")).clear();
        d.findElement(By.id("tabs:assignForm:assignee")).sendKeys(elsewhere);
        submit(d, "tabs:assignForm:assign");
        assertEquals("User: is not a conduct officer of this mission.", fieldError(d, "tabs:assignForm:assignee"));
        assertTrue(stored(api, ref, chief).toString().indexOf(elsewhere) < 0, "nobody was assigned");
        // an officer of the mission is assigned, and the page comes back to the tab; assigning them again is refused
        d.findElement(By.id("tabs:assignForm:assignee")).clear();
        d.findElement(By.id("tabs:assignForm:assignee")).sendKeys(colleague);
        submit(d, "tabs:assignForm:assign");
        assertEquals("Assigned officers", openTabTitle(d), "an accepted submit comes back to its tab");
        assertTrue(d.findElement(By.id("tabs:assignments:list")).getText().contains(colleague));
        waitFor(d, By.id("tabs:assignForm:assignee")).sendKeys(colleague);
        submit(d, "tabs:assignForm:assign");
        assertEquals("User: is already assigned to this case.", fieldError(d, "tabs:assignForm:assignee"));

        // a correction with an empty summary and a future incident date (an ajax submit)
        openTab(d, "Correct the record");
        waitFor(d, By.id("tabs:editForm:summary")).clear();
        setValue(d, "tabs:editForm:incidentDate_input", "2099-01-01");
        d.findElement(By.id("tabs:editForm:save")).click();
        assertEquals("Summary: is required.", fieldError(d, "tabs:editForm:summary"));
        assertEquals("Date of the incident: must not be in the future.", fieldError(d, "tabs:editForm:incidentDate"));
        JsonObject unchanged = stored(api, ref, chief);
        assertEquals("Feedback on the case page", unchanged.getString("summary"));
        assertEquals("2023-05-01", unchanged.getString("incidentDate"));

        // attachments: no file, a text file, a text file named .pdf; then a real PDF is accepted
        openTab(d, "Attachments");
        submit(d, "tabs:attachForm:upload");
        assertEquals("Choose a file to attach.", fieldError(d, "tabs:attachForm:file"));
        assertTrue(openTabTitle(d).startsWith("Attachments"), openTabTitle(d));
        upload(d, file("notes.txt", "Plain text is not accepted.".getBytes(StandardCharsets.UTF_8)));
        assertEquals("File: is not a PDF, an image or an office document.", fieldError(d, "tabs:attachForm:file"));
        upload(d, file("fake.pdf", "This only pretends to be a PDF.".getBytes(StandardCharsets.UTF_8)));
        assertEquals("File: is not a PDF, an image or an office document.", fieldError(d, "tabs:attachForm:file"));
        assertEquals(0, stored(api, ref, chief).getJsonArray("attachments").size(), "nothing attached");
        // a file said to hold a subject's identity must name the subject (issue #11, finding 5)
        select(d, "tabs:attachForm:classification", "SUBJECT_IDENTITY");
        upload(d, file("about-a-subject.pdf", "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("About subject: is required for a file with a subject's identity.",
                fieldError(d, "tabs:attachForm:subject"));
        assertEquals(0, stored(api, ref, chief).getJsonArray("attachments").size(), "nothing attached");
        select(d, "tabs:attachForm:classification", "VICTIM_IDENTITY");
        upload(d, file("statement.pdf", "%PDF-1.4\n%âãÏÓ\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1)));
        assertTrue(waitFor(d, By.id("tabs:downloads:attachments")).isDisplayed(), "back on the attachments tab");
        assertTrue(d.findElement(By.id("tabs:downloads:attachments")).getText().contains("statement.pdf"));
        assertTrue(d.findElement(By.id("tabs:downloads:attachments")).getText()
                .contains("Victim identity (victim-identity roles only)"), "the list shows the file's class");
        assertEquals(1, stored(api, ref, chief).getJsonArray("attachments").size());
        Browser.screenshot(d, "feedback-attachments");
    }

    @Test
    void theFollowUpFormsShowEachRefusalAtItsFieldOnTheFollowUpTab() throws Exception {
        Api api = new Api(url);
        String chief = api.newAccount("fb-chief2", "CHIEF_OF_CONDUCT", "UNMISS", null);
        String liaison = api.newAccount("fb-gha", "MEMBER_STATE_LIAISON", null, "GHA");
        String ref = fileCase(api, chief);
        JsonObject filed = stored(api, ref, chief);
        String subjectId = filed.getJsonArray("subjects").getJsonObject(0).getJsonNumber("id").toString();

        WebDriver d = browser();
        d.get(api.base() + "/allegation/view.xhtml?ref=" + ref);
        signIn(d, chief);
        openTab(d, "Investigations, notifications, actions");

        // open an investigation with nothing filled in
        submit(d, "tabs:investigationForm:openInvestigation");
        assertEquals("Investigating entity: is required.", fieldError(d, "tabs:investigationForm:entity"));
        assertEquals("Started: is required.", fieldError(d, "tabs:investigationForm:startedOn"));
        assertEquals("Investigations, notifications, actions", openTabTitle(d));
        assertEquals(0, stored(api, ref, chief).getJsonArray("investigations").size());

        // the same form filled in is accepted and the page comes back to the follow-up tab
        select(d, "tabs:investigationForm:entity", "OIOS");
        setValue(d, "tabs:investigationForm:startedOn_input", "2023-05-10");
        submit(d, "tabs:investigationForm:openInvestigation");
        assertTrue(waitFor(d, By.id("tabs:investigations")).isDisplayed(), "back on the follow-up tab");

        // a note verbale with a malformed date and no state: both are named
        setValue(d, "tabs:notifyForm:sentOn_input", "11/05/2023x");
        Confirm.submit(d, "tabs:notifyForm:notifyMemberState");
        waitFor(d, By.id("caseStatus"));
        assertEquals("Sent: must be a date.", fieldError(d, "tabs:notifyForm:sentOn"));
        assertEquals("Member state: is required.", fieldError(d, "tabs:notifyForm:memberState"));

        // a note verbale to Ghana, then a follow-up dated before it
        select(d, "tabs:notifyForm:memberState", "GHA");
        setValue(d, "tabs:notifyForm:sentOn_input", "2023-05-11");
        Confirm.submit(d, "tabs:notifyForm:notifyMemberState");
        waitFor(d, By.id("caseStatus"));
        assertTrue(waitFor(d, By.id("tabs:notifications")).isDisplayed());
        select(d, "tabs:followUpForm:followUpKind", "REMINDER");
        setValue(d, "tabs:followUpForm:followUpSentOn_input", "2023-05-02");
        submit(d, "tabs:followUpForm:sendFollowUp");
        assertEquals("Sent: is earlier than the step it follows.", fieldError(d, "tabs:followUpForm:followUpSentOn"));
        assertTrue(fieldErrors(d, "tabs:notifyForm:sentOn").isEmpty(), "the note verbale's own date is not blamed");

        // the finding dated before the investigation started
        setValue(d, "tabs:findingForm:completedOn_input", "2023-05-09");
        select(d, "tabs:findingForm:finding", "SUBSTANTIATED");
        submit(d, "tabs:findingForm:completeInvestigation");
        assertEquals("Completed: is earlier than the step it follows.", fieldError(d, "tabs:findingForm:completedOn"));

        // an action whose type does not match its stage
        select(d, "tabs:actionForm:actionSubjectId", subjectId);
        select(d, "tabs:actionForm:stage", "INTERIM");
        select(d, "tabs:actionForm:authority", "UN");
        select(d, "tabs:actionForm:type", "WRITTEN_CENSURE");
        setValue(d, "tabs:actionForm:decidedOn_input", "2023-06-01");
        submit(d, "tabs:actionForm:recordAction");
        assertEquals("Action: does not match the stage or the authority chosen.", fieldError(d, "tabs:actionForm:type"));
        Browser.screenshot(d, "feedback-follow-up");

        JsonObject after = stored(api, ref, chief);
        assertEquals(0, after.getJsonArray("actions").size());
        assertEquals(0, after.getJsonArray("notifications").getJsonObject(0).getJsonArray("followUps").size());
        assertTrue(after.getJsonArray("investigations").getJsonObject(0).isNull("finding"));

        // Ghana's liaison answers without a date
        WebDriver b = browser();
        b.get(api.base() + "/allegation/view.xhtml?ref=" + ref);
        signIn(b, liaison);
        openTab(b, "Investigations, notifications, actions");
        waitFor(b, By.id("tabs:answerForm:nioName")).sendKeys("Major Mensah");
        submit(b, "tabs:answerForm:answer");
        assertEquals("Answered on: is required.", fieldError(b, "tabs:answerForm:respondedOn"));
        assertEquals("Answer: is required.", fieldError(b, "tabs:answerForm:willInvestigate"), "no answer is chosen beforehand");
        assertTrue(stored(api, ref, chief).getJsonArray("notifications").getJsonObject(0).isNull("answer"));
    }

    @Test
    void aRefusalIsShownInThePagesLanguage() throws Exception {
        Api api = new Api(url);
        String chief = api.newAccount("fb-chief3", "CHIEF_OF_CONDUCT", "UNMISS", null);
        String ref = fileCase(api, chief);

        WebDriver d = browser();
        d.get(api.base() + "/allegation/view.xhtml?ref=" + ref);
        signIn(d, chief);
        waitFor(d, By.id("caseStatus"));
        submit(d, "headerForm:langFr");
        assertEquals(ref, d.findElement(By.cssSelector("h1.bl-title")).getText(), "the language switch keeps the case");

        select(d, "tabs:statusForm:status", "CLOSED_OTHER");
        d.findElement(By.id("tabs:statusForm:changeStatus")).click();
        Confirm.yes(d);
        assertEquals("Motif : est obligatoire pour classer un dossier pour d'autres motifs.",
                fieldError(d, "tabs:statusForm:reason"));

        openTab(d, "Pièces jointes");
        submit(d, "tabs:attachForm:upload");
        assertEquals("Choisissez un fichier à joindre.", fieldError(d, "tabs:attachForm:file"));
        assertTrue(openTabTitle(d).startsWith("Pièces jointes"), openTabTitle(d));
        Browser.screenshot(d, "feedback-french");
        assertEquals("PRELIMINARY_ASSESSMENT", stored(api, ref, chief).getString("status"));
    }

    private static String fileCase(Api api, String user) {
        Api.Response filed = api.post("/api/v1/allegations", """
                {"mission":"UNMISS","receivedOn":"2023-05-03","incidentDate":"2023-05-01","kind":"SEA",
                 "seaType":"SEXUAL_EXPLOITATION","source":"HOTLINE","summary":"Feedback on the case page",
                 "subjects":[{"personnelCategory":"MILITARY_CONTINGENT","nationality":"GHA","sex":"MALE"}],
                 "victims":[{"sex":"FEMALE","ageGroup":"ADULT"}]}""", user, PASSWORD);
        assertEquals(201, filed.status(), filed.body());
        return filed.json().getString("reference");
    }

    private static JsonObject stored(Api api, String ref, String user) {
        return api.get("/api/v1/allegations/" + ref, user, PASSWORD).json();
    }

    private static List<String> fieldErrors(WebDriver d, String clientId) {
        return d.findElements(By.xpath("//*[@id='" + clientId + "']/ancestor::div[contains(concat(' ', @class, ' '), ' bl-field ')][1]"
                + "//*[contains(concat(' ', @class, ' '), ' ui-message-error ')]")).stream().map(e -> e.getText()).toList();
    }

    private static Path file(String name, byte[] content) throws Exception {
        Path dir = Files.createTempDirectory("bl-upload");
        Path f = dir.resolve(name);
        Files.write(f, content);
        return f;
    }

    private static void upload(WebDriver d, Path file) {
        waitFor(d, By.cssSelector("[id='tabs:attachForm'] input[type='file']")).sendKeys(file.toAbsolutePath().toString());
        submit(d, "tabs:attachForm:upload");
    }

    private WebDriver browser() throws Exception {
        WebDriver d = Browser.start();
        drivers.add(d);
        return d;
    }
}
