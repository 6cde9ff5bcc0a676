package org.blueledger.allegation.web;

import jakarta.json.JsonObject;
import org.blueledger.testsupport.Api;
import org.blueledger.testsupport.Browser;
import org.blueledger.testsupport.BrowserTest;
import org.blueledger.testsupport.pages.CaseListPage;
import org.blueledger.testsupport.pages.CasePage;
import org.blueledger.testsupport.pages.IntakePage;
import org.blueledger.testsupport.pages.Page;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.regex.Pattern;

import static org.blueledger.testsupport.Api.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In headless Chromium: the case page speaks in words (labels of subjects, action types and
 * audit actions; dates in en-GB and fr-FR, times to the minute in UTC), offers only the forms
 * and choices that can apply, and the case list has no search box that does nothing.
 */
class CasePageContentUiIT extends BrowserTest {

    /** A raw ISO date or timestamp as the page must no longer show it. */
    static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T|\\b)");

    @Test
    void actionsSubjectsViewersAndDatesReadAsWordsInEnglishAndFrench() throws Exception {
        String chief = api.newAccount("ct-chief", "CHIEF_OF_CONDUCT", "UNMISS", null);
        String ref = fileCase(api, chief);
        JsonObject filed = api.allegation(ref, chief);
        long subjectId = filed.getJsonArray("subjects").getJsonObject(0).getJsonNumber("id").longValue();
        Api.Response opened = api.post("/api/v1/allegations/" + ref + "/investigations",
                "{\"entity\":\"OIOS\",\"startedOn\":\"2024-02-10\",\"subjectIds\":[" + subjectId + "]}", chief, PASSWORD);
        assertEquals(201, opened.status(), opened.body());
        long investigation = opened.json().getJsonNumber("id").longValue();
        Api.Response done = api.post("/api/v1/allegations/" + ref + "/investigations/" + investigation + "/completion",
                "{\"completedOn\":\"2024-03-01\",\"finding\":\"SUBSTANTIATED\"}", chief, PASSWORD);
        assertEquals(200, done.status(), done.body());
        Api.Response action = api.post("/api/v1/allegations/" + ref + "/actions", "{\"subjectId\":" + subjectId
                + ",\"stage\":\"FINAL\",\"authority\":\"UN\",\"type\":\"WRITTEN_CENSURE\",\"decidedOn\":\"2024-06-03\"}",
                chief, PASSWORD);
        assertEquals(201, action.status(), action.body());

        CasePage d = new CasePage(browsers.openAs(api.base() + CasePage.path(ref), chief));
        String lead = d.waitFor(By.cssSelector("p.bl-lead")).getText();
        assertTrue(lead.contains("5 Feb 2024"), lead);
        assertTrue(contrast(d.find(By.cssSelector("#tabs li.ui-tabs-selected a")).getCssValue("color"),
                "rgba(255, 255, 255, 1)") >= 4.5, "the active tab's title");

        d.openFollowUp();
        String actions = d.waitFor("tabs:actions").getText();
        assertTrue(actions.contains("Subject 1 · Military contingent member · Nepal"), actions);
        assertTrue(actions.contains("Written censure") && actions.contains("3 Jun 2024"), actions);
        assertFalse(actions.contains("WRITTEN_CENSURE") || actions.contains(Long.toString(subjectId) + "\n"), actions);
        assertTrue(d.find("tabs:investigations").getText().contains("10 Feb 2024"));
        WebElement choice = d.find(By.cssSelector("select[id='tabs:actionForm:actionSubjectId_input'] option"));
        assertEquals("Subject 1 · Military contingent member · Nepal", choice.getAttribute("textContent").trim());
        assertTrue(d.findAll(By.id("tabs:findingForm")).isEmpty(), "no finding to record: every investigation is done");

        d.openTab("Status history");
        assertFalse(ISO.matcher(d.find("tabs:history").getText()).find(),
                d.find("tabs:history").getText());
        d.openTab("Who viewed this case");
        String viewers = d.waitFor("tabs:viewers").getText();
        assertTrue(viewers.contains("Case viewed") && viewers.contains(" UTC"), viewers);
        assertFalse(viewers.contains("CASE_READ") || ISO.matcher(viewers).find(), viewers);
        d.screenshot("content-viewers-en");

        d.submit("headerForm:langFr");
        assertTrue(d.waitFor(By.cssSelector("p.bl-lead")).getText().contains("5 févr. 2024"));
        d.openTab("Enquêtes, notifications, mesures");
        String mesures = d.waitFor("tabs:actions").getText();
        assertTrue(mesures.contains("Blâme écrit") && mesures.contains("3 juin 2024") && mesures.contains("Népal"), mesures);
        d.openTab("Qui a consulté ce dossier");
        assertTrue(d.waitFor("tabs:viewers").getText().contains("Dossier consulté"));
    }

    @Test
    void theLiaisonIsOfferedOnlyWhatItMaySubmitAndADeclineWithAnNioIsRefused() throws Exception {
        String officer = api.newAccount("ct-co", "CONDUCT_OFFICER", "UNMISS", null);
        String liaison = api.newAccount("ct-npl", "MEMBER_STATE_LIAISON", null, "NPL");
        String ref = fileCase(api, officer);
        assertEquals(201, api.post("/api/v1/allegations/" + ref + "/notifications",
                "{\"memberState\":\"NPL\",\"sentOn\":\"2024-02-06\",\"requestsNio\":true}", officer, PASSWORD).status());

        CasePage d = new CasePage(browsers.openAs(api.base() + CasePage.path(ref), liaison));
        d.openFollowUp();
        d.waitFor("tabs:answerForm:nioName");
        assertTrue(d.findAll(By.cssSelector("input[name='tabs:answerForm:willInvestigate']")).stream()
                .noneMatch(WebElement::isSelected), "no answer is chosen for the liaison");
        assertEquals(List.of("FINAL"), d.optionValues("tabs:actionForm:stage_input"));
        assertEquals(List.of("MEMBER_STATE"), d.optionValues("tabs:actionForm:authority_input"));
        List<String> types = d.optionValues("tabs:actionForm:type_input");
        assertTrue(types.contains("IMPRISONMENT") && !types.contains("WRITTEN_CENSURE")
                && !types.contains("SUSPENSION_OF_PAYMENTS"), "only final actions a state takes: " + types);

        d.setValue("tabs:answerForm:respondedOn_input", "2024-02-14");
        d.submit("tabs:answerForm:answer");
        assertEquals("Answer: is required.", d.fieldError("tabs:answerForm:willInvestigate"));

        d.choose("tabs:answerForm:willInvestigate", "false");
        d.find("tabs:answerForm:nioName").sendKeys("Lt. Col. Thapa");
        d.setValue("tabs:answerForm:respondedOn_input", "2024-02-14");
        d.submit("tabs:answerForm:answer");
        assertEquals("National investigation officer: must stay empty when the state declines to investigate.",
                d.fieldError("tabs:answerForm:nioName"));
        d.screenshot("content-liaison-decline");
        JsonObject note = api.get("/api/v1/allegations/" + ref, officer, PASSWORD).json()
                .getJsonArray("notifications").getJsonObject(0);
        assertTrue(note.isNull("answer") && note.isNull("nioName"), note.toString());
    }

    @Test
    void theCaseListHasNoDeadSearchBoxAndNamesAnInvalidDate() throws Exception {
        String officer = api.newAccount("ct-co2", "CONDUCT_OFFICER", "UNMISS", null);
        fileCase(api, officer);

        CaseListPage d = new CaseListPage(browsers.openAs(api.base() + CaseListPage.PATH, officer));
        d.table();
        assertTrue(d.findAll(By.cssSelector("[id='cases:table'] .ui-column-filter")).isEmpty(),
                "no search box under the column headers");
        assertFalse(ISO.matcher(d.find("cases:table").getText()).find(), "dates in words");

        d.setValue("cases:from_input", "31.02.2024x");
        d.find("cases:filter").click();
        String message = d.fromDateError();
        assertTrue(message.trim().endsWith(": enter a date such as 2024-05-31."), message);

        // the intake form: a malformed date is named together with the form's other errors
        d.open(api.base() + IntakePage.PATH);
        IntakePage intake = new IntakePage(d.driver()).shown();
        intake.setValue("intake:receivedOn_input", "31.02.2024x");
        intake.file();
        assertEquals("Received on: must be a date.", intake.fieldError("intake:receivedOn"));
        assertEquals("Summary: is required.", intake.fieldError("intake:summary"));

        // the theme's colours reach 4.5:1: primary buttons, outlined buttons, "Sign out" on the header
        assertTrue(contrast(d.find("intake:file").getCssValue("color"),
                d.find("intake:file").getCssValue("background-color")) >= 4.5, "primary button");
        assertTrue(contrast(d.find("intake:addSubject").getCssValue("color"), "rgba(250, 251, 252, 1)") >= 4.5,
                "outlined button");
        assertTrue(contrast(d.find("headerForm:signOut").getCssValue("color"), "rgba(27, 79, 138, 1)") >= 4.5,
                "Sign out on the header");

        WebElement skip = d.find("skipToContent");
        assertTrue(skip.getAttribute("href").endsWith("#content"), "a skip link to the content comes first");

        // the not-found page keeps the caller's menu, whatever was not found
        for (String missing : List.of("/allegation/view.xhtml?ref=UNMISS-1999-0001", "/no-such-page.xhtml",
                "/admin/accounts.xhtml")) {
            d.open(api.base() + missing);
            d.waitFor("notFound");
            List<String> menu = d.findAll(By.cssSelector("nav.bl-nav a")).stream().map(a -> a.getText().trim()).toList();
            assertEquals(List.of("Dashboard", "Cases", "Missions", "My password"), menu, missing);
        }

        // a signed-in user who opens the sign-in page goes to the dashboard
        d.open(api.base() + "/login.xhtml");
        d.waitFor("welcome");
    }

    @Test
    void theAuditTrailShowsActionsByTheirLabelsAndTimesInUtc() throws Exception {
        String officer = api.newAccount("ct-co3", "CONDUCT_OFFICER", "UNMISS", null);
        String auditor = api.newAccount("ct-aud", "AUDITOR", null, null);
        String ref = fileCase(api, officer);

        Page d = new Page(browsers.openAs(api.base() + "/audit/log.xhtml", auditor));
        d.select("audit:action", "CASE_FILED");
        d.waitFor("audit:reference").sendKeys(ref);
        WebElement before = d.waitFor("audit:entries");
        d.find("audit:filter").click();
        d.until(Browser.gone(before));
        d.waitForText(By.id("audit:entries"), ref);
        String entries = d.find("audit:entries").getText();
        assertTrue(entries.contains("Case filed") && entries.contains(" UTC"), entries);
        assertFalse(entries.contains("CASE_FILED") || ISO.matcher(entries).find(), entries);
    }

    /** The WCAG contrast ratio of two CSS colours given as rgb(a)(r, g, b[, a]) (alpha ignored: opaque colours). */
    static double contrast(String foreground, String background) {
        return (Math.max(luminance(foreground), luminance(background)) + 0.05)
                / (Math.min(luminance(foreground), luminance(background)) + 0.05);
    }

    private static double luminance(String css) {
        String[] parts = css.replaceAll("[^0-9.,]", "").split(",");
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Double.parseDouble(parts[i]) / 255;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private static String fileCase(Api api, String user) {
        return api.fileCase("""
                {"mission":"UNMISS","receivedOn":"2024-02-05","kind":"SEA","seaType":"SEXUAL_ABUSE","source":"HOTLINE",
                 "summary":"Words, not codes","subjects":[{"personnelCategory":"MILITARY_CONTINGENT","nationality":"NPL",
                 "sex":"MALE"}],"victims":[{"sex":"FEMALE","ageGroup":"ADULT"}]}""", user);
    }
}
