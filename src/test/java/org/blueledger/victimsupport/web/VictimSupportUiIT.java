package org.blueledger.victimsupport.web;

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
import java.util.UUID;

import static org.blueledger.testsupport.Api.ADMIN;
import static org.blueledger.testsupport.Api.ADMIN_PASSWORD;
import static org.blueledger.testsupport.Api.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13's scenario in headless Chromium: the victims' rights officer refers a victim to the
 * Trust Fund (a referral without consent is refused next to the field, and nothing is stored;
 * with consent it is recorded) and opens a paternity claim; the alleged father's state's liaison
 * finds it in its claims inbox without the claimant's or the child's identity and records a DNA
 * result; another state's liaison sees nothing of it.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(SharedApplication.class)
class VictimSupportUiIT {

    @AppUrl
    URL url;

    final List<WebDriver> drivers = new ArrayList<>();

    @AfterEach
    void quit() {
        drivers.forEach(WebDriver::quit);
    }

    @Test
    void theOfficerRefersAndOpensAClaimAndOnlyTheFathersStateFollowsItWithoutIdentities() throws Exception {
        Api api = new Api(url);
        String officer = api.newAccount("ui-vs-co", "CONDUCT_OFFICER", "UNMISS", null);
        String vro = api.newAccount("ui-vs-vro", "VICTIMS_RIGHTS", null, null);
        String nepal = api.newAccount("ui-vs-npl", "MEMBER_STATE_LIAISON", null, "NPL");
        String southAfrica = api.newAccount("ui-vs-zaf", "MEMBER_STATE_LIAISON", null, "ZAF");
        String project = "TF-UI-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        assertEquals(201, api.post("/api/v1/admin/trust-fund-projects", "{\"code\":\"" + project
                + "\",\"name\":\"Browser livelihood project\"}", ADMIN, ADMIN_PASSWORD).status());
        Api.Response filed = api.post("/api/v1/allegations", """
                {"mission":"UNMISS","receivedOn":"%s","kind":"SEA","seaType":"SEXUAL_EXPLOITATION","source":"HOTLINE",
                 "summary":"Victim support in the browser","subjects":[{"personnelCategory":"MILITARY_CONTINGENT",
                 "nationality":"NPL","sex":"MALE","name":"Alleged Father"}],
                 "victims":[{"sex":"FEMALE","ageGroup":"ADULT","name":"Ui Victim Name","contact":"Juba"}]}"""
                .formatted(java.time.LocalDate.now(java.time.ZoneOffset.UTC)), officer, PASSWORD);
        assertEquals(201, filed.status(), filed.body());
        String ref = filed.json().getString("reference");
        long victimId = filed.json().getJsonArray("victims").getJsonObject(0).getJsonNumber("id").longValue();
        String subjectId = filed.json().getJsonArray("subjects").getJsonObject(0).getJsonNumber("id").toString();

        // The victims' list (newest case first) leads to the victim's page.
        WebDriver a = browser();
        a.get(api.base() + "/victims/list.xhtml");
        signIn(a, vro);
        waitFor(a, By.id("supportSummary"));
        WebElement row = waitFor(a, By.xpath("//a[starts-with(normalize-space(), '" + ref + " ')]"));
        assertTrue(a.findElement(By.id("victimsForm:victims")).getText().contains("No open support"));
        row.click();
        assertEquals("Ui Victim Name", waitFor(a, By.id("victimName")).getText());

        // A referral without consent: a message next to the field, and nothing stored.
        select(a, "referralForm:type", "TRUST_FUND");
        select(a, "referralForm:project", project);
        setValue(a, "referralForm:referredOn_input", "2024-03-10");
        submit(a, "referralForm:refer");
        String message = waitFor(a, By.id("referralForm:consentOnMessage")).getText();
        assertTrue(message.contains("is required"), message);
        Browser.screenshot(a, "referral-without-consent");
        assertEquals(0, referrals(api, vro, ref));

        select(a, "referralForm:type", "TRUST_FUND");
        select(a, "referralForm:project", project);
        setValue(a, "referralForm:referredOn_input", "2024-03-10");
        setValue(a, "referralForm:consentOn_input", "2024-03-08");
        submit(a, "referralForm:refer");
        assertTrue(waitFor(a, By.id("referrals")).getText().contains("Browser livelihood project"));
        assertEquals(1, referrals(api, vro, ref));

        // The paternity claim.
        select(a, "claimForm:subjectId", subjectId);
        setValue(a, "claimForm:receivedOn_input", "2024-03-11");
        select(a, "claimForm:claimant", "VICTIM");
        a.findElement(By.id("claimForm:child_name")).sendKeys("Ui Child Name");
        select(a, "claimForm:child_sex", "FEMALE");
        submit(a, "claimForm:openClaim");
        assertTrue(waitFor(a, By.id("claims")).getText().contains("Ui Child Name"));
        JsonObject claim = api.get("/api/v1/paternity-claims?reference=" + ref, vro, PASSWORD).json()
                .getJsonArray("items").getJsonObject(0);
        assertEquals("2024-03-18", claim.getString("memberStateNotificationDueOn"), "5 working days after Monday 11 March");
        select(a, "stepForm:step", "MEMBER_STATE_NOTIFIED");
        setValue(a, "stepForm:on_input", "2024-03-12");
        submit(a, "stepForm:recordStep");
        Browser.screenshot(a, "victim-page");
        long id = claim.getJsonNumber("id").longValue();
        int version = api.get("/api/v1/paternity-claims/" + id, vro, PASSWORD).json().getInt("version");
        assertEquals(200, api.post("/api/v1/paternity-claims/" + id + "/steps", "{\"step\":\"DNA_SAMPLE_COLLECTED\","
                + "\"on\":\"2024-03-20\",\"by\":\"MEMBER_STATE\",\"version\":" + version + "}", nepal, PASSWORD).status());

        // Nepal's liaison: in its inbox, without identities; records the DNA result.
        WebDriver b = browser();
        b.get(api.base() + "/dashboard.xhtml");
        signIn(b, nepal);
        assertTrue(Integer.parseInt(waitFor(b, By.id("dashStateClaims")).getText().strip()) >= 1, "on Nepal's dashboard");
        b.findElement(By.id("toInbox")).click();
        String inbox = waitFor(b, By.id("claimList")).getText();
        assertTrue(inbox.contains(ref), inbox);
        assertFalse(b.getPageSource().contains("Ui Child Name") || b.getPageSource().contains("Ui Victim Name"),
                "no identity of the claimant or the child");
        select(b, "claimStepForm:claimId", Long.toString(id));
        select(b, "claimStepForm:step", "DNA_TEST_RESULT");
        setValue(b, "claimStepForm:on_input", "2024-04-02");
        b.findElement(By.id("claimStepForm:result")).sendKeys("Match");
        WebElement record = b.findElement(By.id("claimStepForm:recordStep"));
        record.click();
        new WebDriverWait(b, Duration.ofSeconds(20)).until(org.blueledger.testsupport.Browser.gone(record));
        assertTrue(waitFor(b, By.id("claimList")).getText().contains("DNA test result"), b.findElement(By.id("claimList")).getText());
        Browser.screenshot(b, "liaison-inbox");
        JsonObject after = api.get("/api/v1/paternity-claims/" + id, vro, PASSWORD).json();
        assertEquals("DNA_TESTING", after.getString("status"));
        assertTrue(after.toString().contains("\"result\":\"Match\""), after.toString());

        // South Africa's liaison sees nothing of it.
        WebDriver c = browser();
        c.get(api.base() + "/paternity/claims.xhtml");
        signIn(c, southAfrica);
        waitFor(c, By.id("claimList"));
        assertFalse(c.getPageSource().contains(ref), "another state's liaison sees nothing of the claim");

        // The officer logs a contact, then erases the identity on the victim's request: not without the confirmation.
        a.navigate().refresh();
        waitFor(a, By.id("victimName"));
        setValue(a, "contactForm:contactedOn_input", "2024-04-03");
        select(a, "contactForm:topic", "PATERNITY_CLAIM");
        a.findElement(By.id("contactForm:note")).sendKeys("Told of the DNA result");
        submit(a, "contactForm:recordContact");
        assertTrue(waitFor(a, By.id("contacts")).getText().contains("Told of the DNA result"));
        a.findElement(By.id("erasureForm:reason")).sendKeys("The victim's written request");
        Confirm.submit(a, "erasureForm:erase");
        waitFor(a, By.id("victimName"));
        assertTrue(waitFor(a, By.id("erasureForm:confirmedMessage")).getText().contains("confirm"),
                "refused without the confirmation");
        assertEquals("Ui Victim Name", a.findElement(By.id("victimName")).getText(), "nothing erased");
        a.findElement(By.id("erasureForm:reason")).sendKeys("The victim's written request");
        ((JavascriptExecutor) a).executeScript("document.getElementById('erasureForm:confirmed_input').checked = true;");
        Confirm.submit(a, "erasureForm:erase");
        waitFor(a, By.id("victimName"));
        waitFor(a, By.id("identityErased"));
        assertEquals("", a.findElement(By.id("victimName")).getText());
        assertFalse(a.getPageSource().contains("Ui Child Name"), "the child's identity went with the victim's");
        assertFalse(a.findElement(By.id("contacts")).getText().contains("Told of the DNA result"), "and the contact notes");
        JsonObject erased = api.get("/api/v1/paternity-claims/" + id, vro, PASSWORD).json();
        assertFalse(erased.getJsonObject("child").containsKey("name"), erased.toString());
    }

    private static long referrals(Api api, String user, String ref) {
        return api.get("/api/v1/referrals?size=200", user, PASSWORD).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(i -> i.getString("reference").equals(ref)).count();
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

    /** Clicks a full-page submit button and waits for the victim's page to come back. */
    private static void submit(WebDriver d, String id) {
        WebElement button = d.findElement(By.id(id));
        // a script click: the page focuses the first bad field, whose date picker may lie over the button
        ((JavascriptExecutor) d).executeScript("arguments[0].click();", button);
        new WebDriverWait(d, Duration.ofSeconds(20)).until(org.blueledger.testsupport.Browser.gone(button));
        waitFor(d, By.id("victimName"));
    }

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
