package org.blueledger.allegation.web;

import jakarta.json.JsonObject;
import org.blueledger.testsupport.Api;
import org.blueledger.testsupport.Browser;
import org.blueledger.testsupport.SharedApplication;
import org.blueledger.testsupport.SharedApplication.AppUrl;
import org.blueledger.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.blueledger.allegation.web.CasePage.choose;
import static org.blueledger.allegation.web.CasePage.fieldError;
import static org.blueledger.allegation.web.CasePage.openTab;
import static org.blueledger.allegation.web.CasePage.setValue;
import static org.blueledger.allegation.web.CasePage.signIn;
import static org.blueledger.allegation.web.CasePage.submit;
import static org.blueledger.allegation.web.CasePage.waitFor;
import static org.blueledger.testsupport.Api.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In headless Chromium: the case page speaks in words (labels of subjects, action types and
 * audit actions; dates in en-GB and fr-FR, times to the minute in UTC), offers only the forms
 * and choices that can apply, and the case list has no search box that does nothing.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(SharedApplication.class)
class CasePageContentUiIT {

    /** A raw ISO date or timestamp as the page must no longer show it. */
    static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T|\\b)");

    @AppUrl
    URL url;

    final List<WebDriver> drivers = new ArrayList<>();

    @AfterEach
    void quit() {
        drivers.forEach(WebDriver::quit);
    }

    @Test
    void actionsSubjectsViewersAndDatesReadAsWordsInEnglishAndFrench() throws Exception {
        Api api = new Api(url);
        String chief = api.newAccount("ct-chief", "CHIEF_OF_CONDUCT", "UNMISS", null);
        String ref = fileCase(api, chief);
        JsonObject filed = api.get("/api/v1/allegations/" + ref, chief, PASSWORD).json();
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

        WebDriver d = browser();
        d.get(api.base() + "/allegation/view.xhtml?ref=" + ref);
        signIn(d, chief);
        String lead = waitFor(d, By.cssSelector("p.bl-lead")).getText();
        assertTrue(lead.contains("5 Feb 2024"), lead);
        assertTrue(contrast(d.findElement(By.cssSelector("#tabs li.ui-tabs-selected a")).getCssValue("color"),
                "rgba(255, 255, 255, 1)") >= 4.5, "the active tab's title");

        openTab(d, "Investigations, notifications, actions");
        String actions = waitFor(d, By.id("tabs:actions")).getText();
        assertTrue(actions.contains("Subject 1 · Military contingent member · Nepal"), actions);
        assertTrue(actions.contains("Written censure") && actions.contains("3 Jun 2024"), actions);
        assertFalse(actions.contains("WRITTEN_CENSURE") || actions.contains(Long.toString(subjectId) + "\n"), actions);
        assertTrue(d.findElement(By.id("tabs:investigations")).getText().contains("10 Feb 2024"));
        WebElement choice = d.findElement(By.cssSelector("select[id='tabs:actionForm:actionSubjectId_input'] option"));
        assertEquals("Subject 1 · Military contingent member · Nepal", choice.getAttribute("textContent").trim());
        assertTrue(d.findElements(By.id("tabs:findingForm")).isEmpty(), "no finding to record: every investigation is done");

        openTab(d, "Status history");
        assertFalse(ISO.matcher(d.findElement(By.id("tabs:history")).getText()).find(),
                d.findElement(By.id("tabs:history")).getText());
        openTab(d, "Who viewed this case");
        String viewers = waitFor(d, By.id("tabs:viewers")).getText();
        assertTrue(viewers.contains("Case viewed") && viewers.contains(" UTC"), viewers);
        assertFalse(viewers.contains("CASE_READ") || ISO.matcher(viewers).find(), viewers);
        Browser.screenshot(d, "content-viewers-en");

        submit(d, "headerForm:langFr");
        assertTrue(waitFor(d, By.cssSelector("p.bl-lead")).getText().contains("5 févr. 2024"));
        openTab(d, "Enquêtes, notifications, mesures");
        String mesures = waitFor(d, By.id("tabs:actions")).getText();
        assertTrue(mesures.contains("Blâme écrit") && mesures.contains("3 juin 2024") && mesures.contains("Népal"), mesures);
        openTab(d, "Qui a consulté ce dossier");
        assertTrue(waitFor(d, By.id("tabs:viewers")).getText().contains("Dossier consulté"));
    }

    @Test
    void theLiaisonIsOfferedOnlyWhatItMaySubmitAndADeclineWithAnNioIsRefused() throws Exception {
        Api api = new Api(url);
        String officer = api.newAccount("ct-co", "CONDUCT_OFFICER", "UNMISS", null);
        String liaison = api.newAccount("ct-npl", "MEMBER_STATE_LIAISON", null, "NPL");
        String ref = fileCase(api, officer);
        assertEquals(201, api.post("/api/v1/allegations/" + ref + "/notifications",
                "{\"memberState\":\"NPL\",\"sentOn\":\"2024-02-06\",\"requestsNio\":true}", officer, PASSWORD).status());

        WebDriver d = browser();
        d.get(api.base() + "/allegation/view.xhtml?ref=" + ref);
        signIn(d, liaison);
        openTab(d, "Investigations, notifications, actions");
        waitFor(d, By.id("tabs:answerForm:nioName"));
        assertTrue(d.findElements(By.cssSelector("input[name='tabs:answerForm:willInvestigate']")).stream()
                .noneMatch(WebElement::isSelected), "no answer is chosen for the liaison");
        assertEquals(List.of("FINAL"), optionValues(d, "tabs:actionForm:stage_input"));
        assertEquals(List.of("MEMBER_STATE"), optionValues(d, "tabs:actionForm:authority_input"));
        List<String> types = optionValues(d, "tabs:actionForm:type_input");
        assertTrue(types.contains("IMPRISONMENT") && !types.contains("WRITTEN_CENSURE")
                && !types.contains("SUSPENSION_OF_PAYMENTS"), "only final actions a state takes: " + types);

        setValue(d, "tabs:answerForm:respondedOn_input", "2024-02-14");
        submit(d, "tabs:answerForm:answer");
        assertEquals("Answer: is required.", fieldError(d, "tabs:answerForm:willInvestigate"));

        choose(d, "tabs:answerForm:willInvestigate", "false");
        d.findElement(By.id("tabs:answerForm:nioName")).sendKeys("Lt. Col. Thapa");
        setValue(d, "tabs:answerForm:respondedOn_input", "2024-02-14");
        submit(d, "tabs:answerForm:answer");
        assertEquals("National investigation officer: must stay empty when the state declines to investigate.",
                fieldError(d, "tabs:answerForm:nioName"));
        Browser.screenshot(d, "content-liaison-decline");
        JsonObject note = api.get("/api/v1/allegations/" + ref, officer, PASSWORD).json()
                .getJsonArray("notifications").getJsonObject(0);
        assertTrue(note.isNull("answer") && note.isNull("nioName"), note.toString());
    }

    @Test
    void theCaseListHasNoDeadSearchBoxAndNamesAnInvalidDate() throws Exception {
        Api api = new Api(url);
        String officer = api.newAccount("ct-co2", "CONDUCT_OFFICER", "UNMISS", null);
        fileCase(api, officer);

        WebDriver d = browser();
        d.get(api.base() + "/allegation/list.xhtml");
        signIn(d, officer);
        waitFor(d, By.id("cases:table"));
        assertTrue(d.findElements(By.cssSelector("[id='cases:table'] .ui-column-filter")).isEmpty(),
                "no search box under the column headers");
        assertFalse(ISO.matcher(d.findElement(By.id("cases:table")).getText()).find(), "dates in words");

        setValue(d, "cases:from_input", "31.02.2024x");
        d.findElement(By.id("cases:filter")).click();
        String message = new WebDriverWait(d, Duration.ofSeconds(20)).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id='cases:fromMessage'].ui-message-error")))
                .getText();
        assertTrue(message.trim().endsWith(": enter a date such as 2024-05-31."), message);

        // the intake form: a malformed date is named together with the form's other errors
        d.get(api.base() + "/allegation/new.xhtml");
        waitFor(d, By.id("intake:summary"));
        setValue(d, "intake:receivedOn_input", "31.02.2024x");
        d.findElement(By.id("intake:file")).click();
        assertEquals("Received on: must be a date.", fieldError(d, "intake:receivedOn"));
        assertEquals("Summary: is required.", fieldError(d, "intake:summary"));

        // the theme's colours reach 4.5:1: primary buttons, outlined buttons, "Sign out" on the header
        assertTrue(contrast(d.findElement(By.id("intake:file")).getCssValue("color"),
                d.findElement(By.id("intake:file")).getCssValue("background-color")) >= 4.5, "primary button");
        assertTrue(contrast(d.findElement(By.id("intake:addSubject")).getCssValue("color"), "rgba(250, 251, 252, 1)") >= 4.5,
                "outlined button");
        assertTrue(contrast(d.findElement(By.id("headerForm:signOut")).getCssValue("color"), "rgba(27, 79, 138, 1)") >= 4.5,
                "Sign out on the header");

        WebElement skip = d.findElement(By.id("skipToContent"));
        assertTrue(skip.getAttribute("href").endsWith("#content"), "a skip link to the content comes first");

        // the not-found page keeps the caller's menu, whatever was not found
        for (String missing : List.of("/allegation/view.xhtml?ref=UNMISS-1999-0001", "/no-such-page.xhtml",
                "/admin/accounts.xhtml")) {
            d.get(api.base() + missing);
            waitFor(d, By.id("notFound"));
            List<String> menu = d.findElements(By.cssSelector("nav.bl-nav a")).stream().map(a -> a.getText().trim()).toList();
            assertEquals(List.of("Dashboard", "Cases", "Missions", "My password"), menu, missing);
        }

        // a signed-in user who opens the sign-in page goes to the dashboard
        d.get(api.base() + "/login.xhtml");
        waitFor(d, By.id("welcome"));
    }

    @Test
    void theAuditTrailShowsActionsByTheirLabelsAndTimesInUtc() throws Exception {
        Api api = new Api(url);
        String officer = api.newAccount("ct-co3", "CONDUCT_OFFICER", "UNMISS", null);
        String auditor = api.newAccount("ct-aud", "AUDITOR", null, null);
        String ref = fileCase(api, officer);

        WebDriver d = browser();
        d.get(api.base() + "/audit/log.xhtml");
        signIn(d, auditor);
        CasePage.select(d, "audit:action", "CASE_FILED");
        waitFor(d, By.id("audit:reference")).sendKeys(ref);
        WebElement before = waitFor(d, By.id("audit:entries"));
        d.findElement(By.id("audit:filter")).click();
        new WebDriverWait(d, Duration.ofSeconds(20)).until(org.blueledger.testsupport.Browser.gone(before));
        new WebDriverWait(d, Duration.ofSeconds(20)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("audit:entries"), ref));
        String entries = d.findElement(By.id("audit:entries")).getText();
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

    private static List<String> optionValues(WebDriver d, String selectId) {
        return d.findElements(By.cssSelector("select[id='" + selectId + "'] option")).stream()
                .map(o -> o.getAttribute("value")).toList();
    }

    private static String fileCase(Api api, String user) {
        Api.Response filed = api.post("/api/v1/allegations", """
                {"mission":"UNMISS","receivedOn":"2024-02-05","kind":"SEA","seaType":"SEXUAL_ABUSE","source":"HOTLINE",
                 "summary":"Words, not codes","subjects":[{"personnelCategory":"MILITARY_CONTINGENT","nationality":"NPL",
                 "sex":"MALE"}],"victims":[{"sex":"FEMALE","ageGroup":"ADULT"}]}""", user, PASSWORD);
        assertEquals(201, filed.status(), filed.body());
        return filed.json().getString("reference");
    }

    private WebDriver browser() throws Exception {
        WebDriver d = Browser.start();
        drivers.add(d);
        return d;
    }
}
