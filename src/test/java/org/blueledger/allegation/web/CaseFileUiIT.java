package org.blueledger.allegation.web;

import jakarta.json.JsonObject;
import org.blueledger.testsupport.Api;
import org.blueledger.testsupport.BrowserTest;
import org.blueledger.testsupport.pages.CaseListPage;
import org.blueledger.testsupport.pages.CasePage;
import org.blueledger.testsupport.pages.DashboardPage;
import org.blueledger.testsupport.pages.IntakePage;
import org.blueledger.testsupport.pages.Page;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.blueledger.testsupport.Api.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In headless Chromium: a conduct officer files an allegation with two subjects and a victim
 * through the intake form, finds it in the case list, moves it to investigation; a second
 * officer's correction made on a stale copy is refused and changes nothing.
 */
@org.junit.jupiter.api.Order(Integer.MAX_VALUE - 2) // a long class: at one end of the order (see the pom)
class CaseFileUiIT extends BrowserTest {

    @Test
    void anOfficerFilesFindsAndMovesACaseAndAStaleCorrectionIsRefused() throws Exception {
        String officer = api.newAccount("ui-co", "CONDUCT_OFFICER", "UNMISS", null);
        String second = api.newAccount("ui-co2", "CONDUCT_OFFICER", "UNMISS", null);
        String chief = api.newAccount("ui-chief", "CHIEF_OF_CONDUCT", "UNMISS", null);

        IntakePage intake = new IntakePage(browsers.openAs(api.base() + IntakePage.PATH, officer)).shown();
        intake.setValue("intake:receivedOn_input", "2018-05-14");
        intake.setValue("intake:incidentDate_input", "2018-04-30");
        intake.select("intake:seaType", "SEXUAL_EXPLOITATION");
        intake.select("intake:source", "HOTLINE");
        intake.type("intake:location", "Juba");
        intake.type("intake:summary", "Filed through the browser test.");
        intake.select("intake:subjects:0:personnelCategory", "MILITARY_CONTINGENT");
        intake.select("intake:subjects:0:nationality", "NPL");
        intake.type("intake:subjects:0:name", "First Subject");
        intake.addSubject(1);
        intake.select("intake:subjects:1:personnelCategory", "INTERNATIONAL_STAFF");
        intake.select("intake:subjects:1:nationality", "FRA");
        intake.addVictim(0);
        intake.select("intake:victims:0:ageGroup", "MINOR");
        intake.type("intake:victims:0:name", "Victim Of Test");
        intake.screenshot("intake-filled");
        intake.file();
        CasePage a = new CasePage(intake.driver());
        a.waitForStatus("Under preliminary assessment");
        a.screenshot("case-filed");
        String reference = a.reference();
        assertTrue(reference.matches("UNMISS-2018-\\d{4}"), reference);
        JsonObject stored = api.get("/api/v1/allegations/" + reference, officer, PASSWORD).json();
        assertEquals(2, stored.getJsonArray("subjects").size());
        assertEquals("Victim Of Test", stored.getJsonArray("victims").getJsonObject(0).getString("name"));

        // find it in the list
        a.open(api.base() + CaseListPage.PATH);
        CaseListPage list = new CaseListPage(a.driver());
        list.search(reference, 1);
        list.openCase(reference);

        // move it to investigation
        a.waitFor("tabs:statusForm:status");
        a.changeStatus("UNDER_INVESTIGATION");
        a.waitForStatus("Under investigation");
        assertEquals("UNDER_INVESTIGATION", api.get("/api/v1/allegations/" + reference, officer, PASSWORD).json()
                .getString("status"));

        // the chief assigns a second officer on the case page...
        CasePage c = new CasePage(browsers.openAs(api.base() + CasePage.path(reference), chief));
        c.openTab("Assigned officers");
        c.waitForVisible(By.id("tabs:assignForm:assignee")).sendKeys(second);
        c.click("tabs:assignForm:assign");
        c.waitForMessage(second);
        assertTrue(api.get("/api/v1/allegations/" + reference, chief, PASSWORD).body().contains("\"username\":\"" + second + "\""));
        CasePage b = new CasePage(browsers.openAs(api.base() + CasePage.path(reference), second));
        b.openTab("Correct the record");
        WebElement summary = b.waitFor("tabs:editForm:summary");
        // ...while the first officer corrects the case
        JsonObject current = api.get("/api/v1/allegations/" + reference, officer, PASSWORD).json();
        String firstCorrection = current.toString().replace("Filed through the browser test.", "Corrected by the first officer.");
        assertEquals(200, api.put("/api/v1/allegations/" + reference, firstCorrection, officer, PASSWORD).status());
        summary.clear();
        summary.sendKeys("Overwritten by the second officer.");
        b.click("tabs:editForm:save");
        b.waitForMessage("Not saved");
        b.screenshot("stale-edit-refused");
        String messages = b.text("messages");
        assertTrue(messages.contains(officer), messages);
        assertTrue(messages.contains("Summary"), messages);
        assertEquals("Corrected by the first officer.", api.get("/api/v1/allegations/" + reference, officer, PASSWORD)
                .json().getString("summary"));
    }

    @Test
    void theFollowUpIsRecordedThroughTheCasePageByTheOfficerAndTheNotifiedStatesLiaison() throws Exception {
        String officer = api.newAccount("ui-co4", "CONDUCT_OFFICER", "UNMISS", null);
        JsonObject filed = api.filed("""
                {"mission":"UNMISS","receivedOn":"2023-04-03","kind":"SEA","seaType":"SEXUAL_EXPLOITATION","source":"HOTLINE",
                 "summary":"Follow-up through the page","subjects":[{"personnelCategory":"MILITARY_CONTINGENT","nationality":"GHA","sex":"MALE"}],
                 "victims":[{"sex":"FEMALE","ageGroup":"ADULT"}]}""", officer);
        String ref = filed.getString("reference");
        String subjectId = filed.getJsonArray("subjects").getJsonObject(0).getJsonNumber("id").toString();

        CasePage a = new CasePage(browsers.openAs(api.base() + CasePage.path(ref), officer));
        a.openFollowUp();
        a.select("tabs:investigationForm:entity", "OIOS");
        a.setValue("tabs:investigationForm:startedOn_input", "2023-04-10");
        a.tick(subjectId);
        a.click("tabs:investigationForm:openInvestigation");
        a.waitFor("tabs:investigations");
        a.openFollowUp();
        a.select("tabs:notifyForm:memberState", "GHA");
        a.setValue("tabs:notifyForm:sentOn_input", "2023-04-11");
        a.clickAndConfirm("tabs:notifyForm:notifyMemberState");
        a.waitFor("tabs:notifications");
        JsonObject stored = api.get("/api/v1/allegations/" + ref, officer, PASSWORD).json();
        assertEquals("2023-07-09", stored.getJsonArray("investigations").getJsonObject(0).getString("dueOn"), "90 days");
        assertEquals("2023-04-25", stored.getJsonArray("notifications").getJsonObject(0).getString("responseDueOn"));
        assertTrue(stored.getBoolean("referredToMemberState"));

        String liaison = api.newAccount("ui-gha", "MEMBER_STATE_LIAISON", null, "GHA");
        CasePage b = new CasePage(browsers.openAs(api.base() + CasePage.path(ref), liaison));
        b.openFollowUp();
        b.waitForVisible(By.id("tabs:answerForm:nioName")).sendKeys("Major Mensah");
        b.choose("tabs:answerForm:willInvestigate", "true");
        b.setValue("tabs:answerForm:respondedOn_input", "2023-04-20");
        b.submit("tabs:answerForm:answer");
        b.openFollowUp();
        b.waitForText(By.id("tabs:notifications"), "Major Mensah");
        b.screenshot("liaison-answered");
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
        String officer = api.newAccount("ui-co6", "CONDUCT_OFFICER", "UNMISS", null);
        String nepal = api.newAccount("ui-npl6", "MEMBER_STATE_LIAISON", null, "MNG");
        String southAfrica = api.newAccount("ui-zaf6", "MEMBER_STATE_LIAISON", null, "ZAF");
        JsonObject filed = api.filed("""
                {"mission":"UNMISS","receivedOn":"2024-02-05","kind":"SEA","seaType":"SEXUAL_ABUSE","source":"HOTLINE",
                 "summary":"Whole follow-up","subjects":[{"personnelCategory":"MILITARY_CONTINGENT","nationality":"MNG",
                 "sex":"MALE","name":"Nepalese Soldier"}],"victims":[{"sex":"FEMALE","ageGroup":"ADULT","name":"Kept Apart"}]}""", officer);
        String ref = filed.getString("reference");
        String subjectId = filed.getJsonArray("subjects").getJsonObject(0).getJsonNumber("id").toString();

        // The officer sends the note verbale from the case page.
        CasePage a = new CasePage(browsers.openAs(api.base() + CasePage.path(ref), officer));
        a.openFollowUp();
        a.submitAndConfirm("tabs:notifyForm:notifyMemberState");
        assertEquals("Member state: is required.", a.fieldError("tabs:notifyForm:memberState"),
                "each missing field by its label, next to it, on the tab the form is on");
        assertEquals("Sent: is required.", a.fieldError("tabs:notifyForm:sentOn"));
        assertEquals(0, api.get("/api/v1/allegations/" + ref, officer, PASSWORD).json().getJsonArray("notifications").size());
        a.openFollowUp();
        a.select("tabs:notifyForm:memberState", "MNG");
        a.setValue("tabs:notifyForm:sentOn_input", "2024-02-06");
        a.submitAndConfirm("tabs:notifyForm:notifyMemberState");
        a.shown();

        assertTrue(a.text("nextSteps").contains("Answer to the note verbale, from Mongolia"),
                "the case's next steps list the answer Mongolia owes");

        // Nepal's liaison finds it in the inbox, answers and names the NIO.
        CasePage b = new CasePage(browsers.openAs(api.base() + DashboardPage.PATH, nepal));
        // the dashboard counts; the full list is one click away
        assertTrue(new DashboardPage(b.driver()).allDueItems().contains(ref), "the note verbale is in Nepal's inbox");
        b.driver().findElement(By.linkText(ref)).click();
        b.openFollowUp();
        b.waitForVisible(By.id("tabs:answerForm:nioName")).sendKeys("Lt. Col. Thapa");
        b.choose("tabs:answerForm:willInvestigate", "true");
        b.setValue("tabs:answerForm:nioAppointedOn_input", "2024-02-12");
        b.setValue("tabs:answerForm:respondedOn_input", "2024-02-14");
        b.submitAccepted("tabs:answerForm:answer");

        // The officer opens the national investigation, puts the case under investigation and asks for the outcome.
        a.open(api.base(), ref);
        a.openFollowUp();
        assertTrue(a.text("tabs:notifications").contains("Lt. Col. Thapa"));
        a.select("tabs:investigationForm:entity", "MEMBER_STATE_NIO");
        a.setValue("tabs:investigationForm:startedOn_input", "2024-02-15");
        a.tick(subjectId);
        a.submitAccepted("tabs:investigationForm:openInvestigation");
        assertTrue(a.driver().findElement(By.id("tabs:investigations")).isDisplayed(), "back on the follow-up tab");
        a.openTab("Summary");
        a.changeStatus("UNDER_INVESTIGATION");
        a.waitForStatus("Under investigation");
        a.openFollowUp();
        a.select("tabs:followUpForm:followUpKind", "OUTCOME_REQUEST");
        a.setValue("tabs:followUpForm:followUpSentOn_input", "2024-04-01");
        a.submitAccepted("tabs:followUpForm:sendFollowUp");

        // Nepal's liaison reports the outcome: substantiated.
        b.open(api.base(), ref);
        b.openFollowUp();
        assertTrue(b.text("tabs:notifications").contains("Request for the outcome"));
        b.setValue("tabs:findingForm:completedOn_input", "2024-04-20");
        b.select("tabs:findingForm:finding", "SUBSTANTIATED");
        b.submitAccepted("tabs:findingForm:completeInvestigation");

        // The finding unlocks the status; the officer substantiates the case.
        a.open(api.base(), ref);
        a.changeStatus("SUBSTANTIATED");
        a.waitForStatus("Substantiated");

        // Nepal's liaison reports the national action.
        b.open(api.base(), ref);
        b.openFollowUp();
        b.select("tabs:actionForm:actionSubjectId", subjectId);
        b.select("tabs:actionForm:stage", "FINAL");
        b.select("tabs:actionForm:authority", "MEMBER_STATE");
        b.select("tabs:actionForm:type", "IMPRISONMENT");
        b.setValue("tabs:actionForm:decidedOn_input", "2024-06-03");
        b.type("tabs:actionForm:details", "Court martial: 12 months");
        b.submitAccepted("tabs:actionForm:recordAction");
        b.openFollowUp();
        assertTrue(b.text("tabs:actions").contains("12 months"));
        b.screenshot("liaison-national-action");

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
        Page c = new Page(browsers.openAs(api.base() + DashboardPage.PATH, southAfrica));
        new DashboardPage(c.driver()).shown();
        assertFalse(c.contains(ref), "not in South Africa's dashboard");
        assertFalse(new CaseListPage(c.driver()).open(api.base(), "").table().contains(ref), "not in South Africa's list");
        c.open(api.base() + CasePage.path(ref));
        c.waitFor("notFound");
        assertFalse(c.contains("Thapa") || c.contains("Nepalese Soldier"));
    }

    @Test
    void aLiaisonSeesOnlyCasesOfItsOwnNationalsAndOnlyThoseSubjects() throws Exception {
        // Malawi: a state no other test class uses, so that its inbox and list hold only these cases
        // (other classes fill Nepal's with many items, and this class shares their database)
        String officer = api.newAccount("ui-co3", "CONDUCT_OFFICER", "UNMISS", null);
        Api.Response mixed = api.post("/api/v1/allegations", """
                {"mission":"UNMISS","receivedOn":"2022-03-01","kind":"SEA","seaType":"SEXUAL_EXPLOITATION","source":"HOTLINE",
                 "summary":"Two contingents","subjects":[
                   {"personnelCategory":"MILITARY_CONTINGENT","nationality":"MWI","sex":"MALE","name":"Nepalese Subject"},
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
        String liaison = api.newAccount("ui-mwi", "MEMBER_STATE_LIAISON", null, "MWI");
        assertEquals(201, api.post("/api/v1/allegations/" + mine + "/notifications",
                "{\"memberState\":\"MWI\",\"sentOn\":\"2022-03-03\",\"requestsNio\":true}", officer, PASSWORD).status());

        CasePage d = new CasePage(browsers.openAs(api.base() + DashboardPage.PATH, liaison));
        String inbox = new DashboardPage(d.driver()).allDueItems();
        assertTrue(inbox.contains(mine), "the note verbale awaits the liaison's answer: " + inbox);
        String list = new CaseListPage(d.driver()).open(api.base(), "").table();
        assertTrue(list.contains(mine), list);
        assertFalse(list.contains(notMine), list);

        d.open(api.base(), mine);
        d.openTab("Subjects");
        String subjects = d.text("tabs:subjects");
        d.screenshot("liaison-subjects");
        assertTrue(subjects.contains("Nepalese Subject"), subjects);
        assertFalse(d.contains("Rwandan Subject"), "another state's national is not in the page at all");
        assertFalse(d.contains("Hidden Victim"), "never a victim's identity");
        assertFalse(d.contains("RWA"), "not even the other subject's nationality");

        d.open(api.base() + CasePage.path(notMine));
        d.waitFor("notFound");
    }
}
