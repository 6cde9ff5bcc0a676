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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.blueledger.testsupport.Api.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In headless Chromium: a conduct officer files an allegation with two subjects and a victim
 * through the intake form, finds it in the case list, moves it to investigation; a second
 * officer's correction made on a stale copy is refused and changes nothing.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(SharedApplication.class)
class CaseFileUiIT {

    @AppUrl
    URL url;

    final List<WebDriver> drivers = new ArrayList<>();

    @AfterEach
    void quit() {
        drivers.forEach(WebDriver::quit);
    }

    @Test
    void anOfficerFilesFindsAndMovesACaseAndAStaleCorrectionIsRefused() throws Exception {
        Api api = new Api(url);
        String officer = api.newAccount("ui-co", "CONDUCT_OFFICER", "UNMISS", null);
        String second = api.newAccount("ui-co2", "CONDUCT_OFFICER", "UNMISS", null);
        String chief = api.newAccount("ui-chief", "CHIEF_OF_CONDUCT", "UNMISS", null);

        WebDriver a = browser();
        a.get(api.base() + "/allegation/new.xhtml");
        signIn(a, officer);
        waitFor(a, By.id("intake:summary"));
        setValue(a, "intake:receivedOn_input", "2018-05-14");
        setValue(a, "intake:incidentDate_input", "2018-04-30");
        select(a, "intake:seaType", "SEXUAL_EXPLOITATION");
        select(a, "intake:source", "HOTLINE");
        a.findElement(By.id("intake:location")).sendKeys("Juba");
        a.findElement(By.id("intake:summary")).sendKeys("Filed through the browser test.");
        select(a, "intake:subjects:0:personnelCategory", "MILITARY_CONTINGENT");
        select(a, "intake:subjects:0:nationality", "NPL");
        a.findElement(By.id("intake:subjects:0:name")).sendKeys("First Subject");
        a.findElement(By.id("intake:addSubject")).click();
        waitFor(a, By.id("intake:subjects:1:personnelCategory"));
        select(a, "intake:subjects:1:personnelCategory", "INTERNATIONAL_STAFF");
        select(a, "intake:subjects:1:nationality", "FRA");
        a.findElement(By.id("intake:addVictim")).click();
        waitFor(a, By.id("intake:victims:0:ageGroup"));
        select(a, "intake:victims:0:ageGroup", "MINOR");
        a.findElement(By.id("intake:victims:0:name")).sendKeys("Victim Of Test");
        Browser.screenshot(a, "intake-filled");
        a.findElement(By.id("intake:file")).click();
        new WebDriverWait(a, Duration.ofSeconds(20)).until(
                ExpectedConditions.textToBe(By.id("caseStatus"), "Under preliminary assessment"));
        Browser.screenshot(a, "case-filed");
        String reference = a.findElement(By.cssSelector("h1.bl-title")).getText();
        assertTrue(reference.matches("UNMISS-2018-\\d{4}"), reference);
        JsonObject stored = api.get("/api/v1/allegations/" + reference, officer, PASSWORD).json();
        assertEquals(2, stored.getJsonArray("subjects").size());
        assertEquals("Victim Of Test", stored.getJsonArray("victims").getJsonObject(0).getString("name"));

        // find it in the list
        a.get(api.base() + "/allegation/list.xhtml");
        a.findElement(By.id("cases:q")).sendKeys(reference);
        WebElement before = a.findElement(By.id("cases:table"));
        a.findElement(By.id("cases:filter")).click();
        new WebDriverWait(a, Duration.ofSeconds(15)).until(org.blueledger.testsupport.Browser.gone(before));
        new WebDriverWait(a, Duration.ofSeconds(15)).until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#cases\\:table a.bl-ref"), 1));
        new WebDriverWait(a, Duration.ofSeconds(15)).until(ExpectedConditions.elementToBeClickable(By.linkText(reference)))
                .click();

        // move it to investigation
        waitFor(a, By.id("tabs:statusForm:status"));
        select(a, "tabs:statusForm:status", "UNDER_INVESTIGATION");
        a.findElement(By.id("tabs:statusForm:changeStatus")).click();
        Confirm.yes(a);
        new WebDriverWait(a, Duration.ofSeconds(15)).until(
                ExpectedConditions.textToBe(By.id("caseStatus"), "Under investigation"));
        assertEquals("UNDER_INVESTIGATION", api.get("/api/v1/allegations/" + reference, officer, PASSWORD).json()
                .getString("status"));

        // the chief assigns a second officer on the case page...
        WebDriver c = browser();
        c.get(api.base() + "/allegation/view.xhtml?ref=" + reference);
        signIn(c, chief);
        waitFor(c, By.id("caseStatus"));
        c.findElement(By.xpath("//a[normalize-space()='Assigned officers']")).click();
        new WebDriverWait(c, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("tabs:assignForm:assignee"))).sendKeys(second);
        c.findElement(By.id("tabs:assignForm:assign")).click();
        new WebDriverWait(c, Duration.ofSeconds(20)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), second));
        assertTrue(api.get("/api/v1/allegations/" + reference, chief, PASSWORD).body().contains("\"username\":\"" + second + "\""));
        WebDriver b = browser();
        b.get(api.base() + "/allegation/view.xhtml?ref=" + reference);
        signIn(b, second);
        waitFor(b, By.id("caseStatus"));
        b.findElement(By.xpath("//a[normalize-space()='Correct the record']")).click();
        WebElement summary = waitFor(b, By.id("tabs:editForm:summary"));
        // ...while the first officer corrects the case
        JsonObject current = api.get("/api/v1/allegations/" + reference, officer, PASSWORD).json();
        String firstCorrection = current.toString().replace("Filed through the browser test.", "Corrected by the first officer.");
        assertEquals(200, api.put("/api/v1/allegations/" + reference, firstCorrection, officer, PASSWORD).status());
        summary.clear();
        summary.sendKeys("Overwritten by the second officer.");
        b.findElement(By.id("tabs:editForm:save")).click();
        new WebDriverWait(b, Duration.ofSeconds(15)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Not saved"));
        Browser.screenshot(b, "stale-edit-refused");
        WebElement messages = b.findElement(By.id("messages"));
        assertTrue(messages.getText().contains(officer), messages.getText());
        assertTrue(messages.getText().contains("Summary"), messages.getText());
        assertEquals("Corrected by the first officer.", api.get("/api/v1/allegations/" + reference, officer, PASSWORD)
                .json().getString("summary"));
    }

    @Test
    void theFollowUpIsRecordedThroughTheCasePageByTheOfficerAndTheNotifiedStatesLiaison() throws Exception {
        Api api = new Api(url);
        String officer = api.newAccount("ui-co4", "CONDUCT_OFFICER", "UNMISS", null);
        Api.Response filed = api.post("/api/v1/allegations", """
                {"mission":"UNMISS","receivedOn":"2023-04-03","kind":"SEA","seaType":"SEXUAL_EXPLOITATION","source":"HOTLINE",
                 "summary":"Follow-up through the page","subjects":[{"personnelCategory":"MILITARY_CONTINGENT","nationality":"GHA","sex":"MALE"}],
                 "victims":[{"sex":"FEMALE","ageGroup":"ADULT"}]}""", officer, PASSWORD);
        assertEquals(201, filed.status(), filed.body());
        String ref = filed.json().getString("reference");
        String subjectId = filed.json().getJsonArray("subjects").getJsonObject(0).getJsonNumber("id").toString();

        WebDriver a = browser();
        a.get(api.base() + "/allegation/view.xhtml?ref=" + ref);
        signIn(a, officer);
        waitFor(a, By.id("caseStatus"));
        a.findElement(By.xpath("//a[normalize-space()='Investigations, notifications, actions']")).click();
        select(a, "tabs:investigationForm:entity", "OIOS");
        setValue(a, "tabs:investigationForm:startedOn_input", "2023-04-10");
        ((JavascriptExecutor) a).executeScript("document.querySelector(\"input[value='\" + arguments[0] + \"']\").checked = true;", subjectId);
        a.findElement(By.id("tabs:investigationForm:openInvestigation")).click();
        waitFor(a, By.id("tabs:investigations"));
        a.findElement(By.xpath("//a[normalize-space()='Investigations, notifications, actions']")).click();
        select(a, "tabs:notifyForm:memberState", "GHA");
        setValue(a, "tabs:notifyForm:sentOn_input", "2023-04-11");
        a.findElement(By.id("tabs:notifyForm:notifyMemberState")).click();
        Confirm.yes(a);
        waitFor(a, By.id("tabs:notifications"));
        JsonObject stored = api.get("/api/v1/allegations/" + ref, officer, PASSWORD).json();
        assertEquals("2023-07-09", stored.getJsonArray("investigations").getJsonObject(0).getString("dueOn"), "90 days");
        assertEquals("2023-04-25", stored.getJsonArray("notifications").getJsonObject(0).getString("responseDueOn"));
        assertTrue(stored.getBoolean("referredToMemberState"));

        String liaison = api.newAccount("ui-gha", "MEMBER_STATE_LIAISON", null, "GHA");
        WebDriver b = browser();
        b.get(api.base() + "/allegation/view.xhtml?ref=" + ref);
        signIn(b, liaison);
        waitFor(b, By.id("caseStatus"));
        b.findElement(By.xpath("//a[normalize-space()='Investigations, notifications, actions']")).click();
        new WebDriverWait(b, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("tabs:answerForm:nioName"))).sendKeys("Major Mensah");
        CasePage.choose(b, "tabs:answerForm:willInvestigate", "true");
        setValue(b, "tabs:answerForm:respondedOn_input", "2023-04-20");
        WebElement answer = b.findElement(By.id("tabs:answerForm:answer"));
        answer.click();
        new WebDriverWait(b, Duration.ofSeconds(20)).until(org.blueledger.testsupport.Browser.gone(answer));
        waitFor(b, By.id("caseStatus"));
        b.findElement(By.xpath("//a[normalize-space()='Investigations, notifications, actions']")).click();
        new WebDriverWait(b, Duration.ofSeconds(20)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:notifications"), "Major Mensah"));
        Browser.screenshot(b, "liaison-answered");
        assertEquals("WILL_INVESTIGATE", api.get("/api/v1/allegations/" + ref, officer, PASSWORD).json()
                .getJsonArray("notifications").getJsonObject(0).getString("answer"));
    }

    /**
     * Issue #6's scenario, through the pages only (with Mongolia, a state no other test uses, so
     * that its liaison's inbox holds only this test's note whatever else the shared database
     * holds; "Nepal" below reads "that state"): the officer notifies Nepal; Nepal's liaison
     * finds the note verbale in its inbox, answers and names the NIO; the officer opens the
     * national investigation and asks for its outcome; the liaison reports it substantiated; the
     * officer substantiates the case; the liaison reports the national action. South Africa's
     * liaison sees none of it.
     */
    @Test
    void theWholeFollowUpRunsThroughThePagesAndAnotherStatesLiaisonSeesNoneOfIt() throws Exception {
        Api api = new Api(url);
        String officer = api.newAccount("ui-co6", "CONDUCT_OFFICER", "UNMISS", null);
        String nepal = api.newAccount("ui-npl6", "MEMBER_STATE_LIAISON", null, "MNG");
        String southAfrica = api.newAccount("ui-zaf6", "MEMBER_STATE_LIAISON", null, "ZAF");
        Api.Response filed = api.post("/api/v1/allegations", """
                {"mission":"UNMISS","receivedOn":"2024-02-05","kind":"SEA","seaType":"SEXUAL_ABUSE","source":"HOTLINE",
                 "summary":"Whole follow-up","subjects":[{"personnelCategory":"MILITARY_CONTINGENT","nationality":"MNG",
                 "sex":"MALE","name":"Nepalese Soldier"}],"victims":[{"sex":"FEMALE","ageGroup":"ADULT","name":"Kept Apart"}]}""",
                officer, PASSWORD);
        assertEquals(201, filed.status(), filed.body());
        String ref = filed.json().getString("reference");
        String subjectId = filed.json().getJsonArray("subjects").getJsonObject(0).getJsonNumber("id").toString();

        // The officer sends the note verbale from the case page.
        WebDriver a = browser();
        a.get(api.base() + "/allegation/view.xhtml?ref=" + ref);
        signIn(a, officer);
        followUpTab(a);
        WebElement notifyButton = a.findElement(By.id("tabs:notifyForm:notifyMemberState"));
        notifyButton.click();
        Confirm.yes(a);
        new WebDriverWait(a, Duration.ofSeconds(20)).until(org.blueledger.testsupport.Browser.gone(notifyButton));
        assertEquals("Member state: is required.", fieldError(a, "tabs:notifyForm:memberState"),
                "each missing field by its label, next to it, on the tab the form is on");
        assertEquals("Sent: is required.", fieldError(a, "tabs:notifyForm:sentOn"));
        assertEquals(0, api.get("/api/v1/allegations/" + ref, officer, PASSWORD).json().getJsonArray("notifications").size());
        followUpTab(a);
        select(a, "tabs:notifyForm:memberState", "MNG");
        setValue(a, "tabs:notifyForm:sentOn_input", "2024-02-06");
        Confirm.submit(a, "tabs:notifyForm:notifyMemberState");
        waitFor(a, By.id("caseStatus"));

        assertTrue(waitFor(a, By.id("nextSteps")).getText().contains("Answer to the note verbale, from Mongolia"),
                "the case's next steps list the answer Mongolia owes");

        // Nepal's liaison finds it in the inbox, answers and names the NIO.
        WebDriver b = browser();
        b.get(api.base() + "/dashboard.xhtml");
        signIn(b, nepal);
        waitFor(b, By.id("dueCounts")).findElement(By.id("allDue")).click(); // the dashboard counts; the full list is one click away
        assertTrue(waitFor(b, By.id("dueItems")).getText().contains(ref), "the note verbale is in Nepal's inbox");
        b.findElement(By.linkText(ref)).click();
        followUpTab(b);
        new WebDriverWait(b, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("tabs:answerForm:nioName"))).sendKeys("Lt. Col. Thapa");
        CasePage.choose(b, "tabs:answerForm:willInvestigate", "true");
        setValue(b, "tabs:answerForm:nioAppointedOn_input", "2024-02-12");
        setValue(b, "tabs:answerForm:respondedOn_input", "2024-02-14");
        submit(b, "tabs:answerForm:answer");

        // The officer opens the national investigation, puts the case under investigation and asks for the outcome.
        a.get(api.base() + "/allegation/view.xhtml?ref=" + ref);
        followUpTab(a);
        assertTrue(waitFor(a, By.id("tabs:notifications")).getText().contains("Lt. Col. Thapa"));
        select(a, "tabs:investigationForm:entity", "MEMBER_STATE_NIO");
        setValue(a, "tabs:investigationForm:startedOn_input", "2024-02-15");
        ((JavascriptExecutor) a).executeScript("document.querySelector(\"input[value='\" + arguments[0] + \"']\").checked = true;", subjectId);
        submit(a, "tabs:investigationForm:openInvestigation");
        assertTrue(a.findElement(By.id("tabs:investigations")).isDisplayed(), "back on the follow-up tab");
        summaryTab(a);
        select(a, "tabs:statusForm:status", "UNDER_INVESTIGATION");
        a.findElement(By.id("tabs:statusForm:changeStatus")).click();
        Confirm.yes(a);
        new WebDriverWait(a, Duration.ofSeconds(15)).until(ExpectedConditions.textToBe(By.id("caseStatus"), "Under investigation"));
        followUpTab(a);
        select(a, "tabs:followUpForm:followUpKind", "OUTCOME_REQUEST");
        setValue(a, "tabs:followUpForm:followUpSentOn_input", "2024-04-01");
        submit(a, "tabs:followUpForm:sendFollowUp");

        // Nepal's liaison reports the outcome: substantiated.
        b.get(api.base() + "/allegation/view.xhtml?ref=" + ref);
        followUpTab(b);
        assertTrue(waitFor(b, By.id("tabs:notifications")).getText().contains("Request for the outcome"));
        setValue(b, "tabs:findingForm:completedOn_input", "2024-04-20");
        select(b, "tabs:findingForm:finding", "SUBSTANTIATED");
        submit(b, "tabs:findingForm:completeInvestigation");

        // The finding unlocks the status; the officer substantiates the case.
        a.get(api.base() + "/allegation/view.xhtml?ref=" + ref);
        select(a, "tabs:statusForm:status", "SUBSTANTIATED");
        a.findElement(By.id("tabs:statusForm:changeStatus")).click();
        Confirm.yes(a);
        new WebDriverWait(a, Duration.ofSeconds(15)).until(ExpectedConditions.textToBe(By.id("caseStatus"), "Substantiated"));

        // Nepal's liaison reports the national action.
        b.get(api.base() + "/allegation/view.xhtml?ref=" + ref);
        followUpTab(b);
        select(b, "tabs:actionForm:actionSubjectId", subjectId);
        select(b, "tabs:actionForm:stage", "FINAL");
        select(b, "tabs:actionForm:authority", "MEMBER_STATE");
        select(b, "tabs:actionForm:type", "IMPRISONMENT");
        setValue(b, "tabs:actionForm:decidedOn_input", "2024-06-03");
        b.findElement(By.id("tabs:actionForm:details")).sendKeys("Court martial: 12 months");
        submit(b, "tabs:actionForm:recordAction");
        followUpTab(b);
        assertTrue(waitFor(b, By.id("tabs:actions")).getText().contains("12 months"));
        Browser.screenshot(b, "liaison-national-action");

        JsonObject stored = api.get("/api/v1/allegations/" + ref, officer, PASSWORD).json();
        assertEquals("SUBSTANTIATED", stored.getString("status"));
        JsonObject note = stored.getJsonArray("notifications").getJsonObject(0);
        assertEquals("WILL_INVESTIGATE", note.getString("answer"));
        assertEquals("Lt. Col. Thapa", note.getString("nioName"));
        assertEquals("2024-02-12", note.getString("nioAppointedOn"));
        assertEquals("OUTCOME_REQUEST", note.getJsonArray("followUps").getJsonObject(0).getString("kind"));
        JsonObject investigation = stored.getJsonArray("investigations").getJsonObject(0);
        assertEquals("MEMBER_STATE_NIO", investigation.getString("entity"));
        assertEquals("SUBSTANTIATED", investigation.getString("finding"));
        JsonObject action = stored.getJsonArray("actions").getJsonObject(0);
        assertEquals("IMPRISONMENT", action.getString("type"));
        assertEquals("MEMBER_STATE", action.getString("authority"));

        // South Africa's liaison: nothing in the inbox, the list or behind the address.
        WebDriver c = browser();
        c.get(api.base() + "/dashboard.xhtml");
        signIn(c, southAfrica);
        waitFor(c, By.id("welcome"));
        assertFalse(c.getPageSource().contains(ref), "not in South Africa's dashboard");
        c.get(api.base() + "/allegation/list.xhtml");
        assertFalse(waitFor(c, By.id("cases:table")).getText().contains(ref), "not in South Africa's list");
        c.get(api.base() + "/allegation/view.xhtml?ref=" + ref);
        waitFor(c, By.id("notFound"));
        assertFalse(c.getPageSource().contains("Thapa") || c.getPageSource().contains("Nepalese Soldier"));
    }

    private static String fieldError(WebDriver d, String clientId) {
        return CasePage.fieldError(d, clientId);
    }

    private static void summaryTab(WebDriver d) {
        CasePage.openTab(d, "Summary");
    }

    private static void followUpTab(WebDriver d) {
        waitFor(d, By.id("caseStatus"));
        new WebDriverWait(d, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//a[normalize-space()='Investigations, notifications, actions']"))).click();
    }

    /** Clicks a full-page submit button and waits for the case page to come back. */
    private static void submit(WebDriver d, String id) {
        WebElement button = d.findElement(By.id(id));
        button.click();
        new WebDriverWait(d, Duration.ofSeconds(20)).until(org.blueledger.testsupport.Browser.gone(button));
        waitFor(d, By.id("caseStatus"));
        List<WebElement> errors = d.findElements(By.cssSelector(".ui-messages-error"));
        assertTrue(errors.isEmpty() || errors.stream().noneMatch(WebElement::isDisplayed),
                "no error after " + id + ": " + errors.stream().map(WebElement::getText).toList());
    }

    @Test
    void aLiaisonSeesOnlyCasesOfItsOwnNationalsAndOnlyThoseSubjects() throws Exception {
        Api api = new Api(url);
        String officer = api.newAccount("ui-co3", "CONDUCT_OFFICER", "UNMISS", null);
        Api.Response mixed = api.post("/api/v1/allegations", """
                {"mission":"UNMISS","receivedOn":"2022-03-01","kind":"SEA","seaType":"SEXUAL_EXPLOITATION","source":"HOTLINE",
                 "summary":"Two contingents","subjects":[
                   {"personnelCategory":"MILITARY_CONTINGENT","nationality":"NPL","sex":"MALE","name":"Nepalese Subject"},
                   {"personnelCategory":"FORMED_POLICE_UNIT","nationality":"RWA","sex":"MALE","name":"Rwandan Subject"}],
                 "victims":[{"sex":"FEMALE","ageGroup":"MINOR","name":"Hidden Victim"}]}""", officer, PASSWORD);
        Api.Response other = api.post("/api/v1/allegations", """
                {"mission":"UNMISS","receivedOn":"2022-03-02","kind":"SEA","seaType":"SEXUAL_ABUSE","source":"HOTLINE",
                 "summary":"Only Rwandan","subjects":[{"personnelCategory":"MILITARY_CONTINGENT","nationality":"RWA","sex":"MALE"}]}""",
                officer, PASSWORD);
        assertEquals(201, mixed.status(), mixed.body());
        assertEquals(201, other.status(), other.body());
        String mine = mixed.json().getString("reference");
        String notMine = other.json().getString("reference");
        String liaison = api.newAccount("ui-npl", "MEMBER_STATE_LIAISON", null, "NPL");
        assertEquals(201, api.post("/api/v1/allegations/" + mine + "/notifications",
                "{\"memberState\":\"NPL\",\"sentOn\":\"2022-03-03\",\"requestsNio\":true}", officer, PASSWORD).status());

        WebDriver d = browser();
        d.get(api.base() + "/dashboard.xhtml");
        signIn(d, liaison);
        waitFor(d, By.id("dueCounts")).findElement(By.id("allDue")).click();
        String inbox = waitFor(d, By.id("dueItems")).getText();
        assertTrue(inbox.contains(mine), "the note verbale awaits the liaison's answer: " + inbox);
        d.get(api.base() + "/allegation/list.xhtml");
        waitFor(d, By.id("cases:table"));
        String list = d.findElement(By.id("cases:table")).getText();
        assertTrue(list.contains(mine), list);
        assertFalse(list.contains(notMine), list);

        d.get(api.base() + "/allegation/view.xhtml?ref=" + mine);
        waitFor(d, By.id("caseStatus"));
        d.findElement(By.xpath("//a[starts-with(normalize-space(), 'Subjects')]")).click();
        String subjects = waitFor(d, By.id("tabs:subjects")).getText();
        Browser.screenshot(d, "liaison-subjects");
        assertTrue(subjects.contains("Nepalese Subject"), subjects);
        assertFalse(d.getPageSource().contains("Rwandan Subject"), "another state's national is not in the page at all");
        assertFalse(d.getPageSource().contains("Hidden Victim"), "never a victim's identity");
        assertFalse(d.getPageSource().contains("RWA"), "not even the other subject's nationality");

        d.get(api.base() + "/allegation/view.xhtml?ref=" + notMine);
        waitFor(d, By.id("notFound"));
    }

    private WebDriver browser() throws Exception {
        WebDriver d = Browser.start();
        drivers.add(d);
        return d;
    }

    private static void signIn(WebDriver d, String user) {
        waitFor(d, By.id("loginForm:username")).sendKeys(user);
        d.findElement(By.id("loginForm:password")).sendKeys(PASSWORD);
        d.findElement(By.id("loginForm:signIn")).click();
    }

    /** Chooses an option of a PrimeFaces select by its code, on the hidden native select it submits. */
    private static void select(WebDriver d, String id, String code) {
        waitFor(d, By.id(id));
        ((JavascriptExecutor) d).executeScript(
                "var s = document.getElementById(arguments[0]); s.value = arguments[1];"
                        + "s.dispatchEvent(new Event('change', {bubbles: true}));", id + "_input", code);
    }

    private static void setValue(WebDriver d, String id, String value) {
        ((JavascriptExecutor) d).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    private static WebElement waitFor(WebDriver d, By by) {
        return new WebDriverWait(d, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(by));
    }
}
