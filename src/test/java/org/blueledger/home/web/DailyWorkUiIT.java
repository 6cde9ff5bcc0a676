package org.blueledger.home.web;

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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.blueledger.testsupport.Api.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In headless Chromium, the officer's daily work of issue 14: the case list (free-text search,
 * total, state in the address, CSV export with the same filters), the dashboards' counts, and
 * the account pages. Every form is also submitted with input that is refused.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(SharedApplication.class)
class DailyWorkUiIT {

    @AppUrl
    URL url;

    final List<WebDriver> drivers = new ArrayList<>();

    @AfterEach
    void quit() {
        drivers.forEach(WebDriver::quit);
    }

    @Test
    void theCaseListSearchesSortsAndExportsInTheCallersScopeAndKeepsItsStateInTheAddress() throws Exception {
        Api api = new Api(url);
        String officer = api.newAccount("dw-co", "CONDUCT_OFFICER", "UNMISS", null);
        String elsewhere = api.newAccount("dw-co-monusco", "CONDUCT_OFFICER", "MONUSCO", null);
        String auditor = api.newAccount("dw-aud", "AUDITOR", null, null);
        String word = "zq" + UUID.randomUUID().toString().substring(0, 8);
        String inSummary = file(api, officer, "UNMISS", "2021-03-01", "Seen near the " + word + " market", "Juba");
        String inLocation = file(api, officer, "UNMISS", "2021-04-01", "Reported by a neighbour", "Camp " + word.toUpperCase());
        String onlyInAName = file(api, officer, "UNMISS", "2021-05-01", "Nothing to find here", "Malakal",
                "\"name\":\"Private " + word + "\"");
        String otherMission = file(api, elsewhere, "MONUSCO", "2021-06-01", "The " + word + " case of another mission", "Goma");

        WebDriver d = browser();
        d.get(api.base() + "/allegation/list.xhtml");
        signIn(d, officer);
        waitFor(d, By.id("cases:q")).sendKeys(word);
        click(d, "cases:filter");
        assertTrue(d.getCurrentUrl().contains("q=" + word), d.getCurrentUrl());
        assertEquals("Cases found: 2", total(d));
        String list = table(d);
        assertTrue(list.contains(inSummary) && list.contains(inLocation), list);
        assertFalse(list.contains(onlyInAName), "identities are never searched: " + list);
        assertFalse(list.contains(otherMission), "another mission's case stays out of scope: " + list);
        assertEquals(List.of(inLocation, inSummary), references(d), "newest received first by default");

        // a click on the reference header sorts, and the sort goes into the address
        WebElement header = d.findElement(By.xpath("//th[.//span[normalize-space()='Reference']]"));
        header.click();
        new WebDriverWait(d, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("sort=reference"));
        waitFor(d, By.id("cases:table"));
        assertTrue(d.getCurrentUrl().contains("order=asc"), d.getCurrentUrl());
        assertEquals(List.of(inSummary, inLocation), references(d));
        assertEquals(word, d.findElement(By.id("cases:q")).getAttribute("value"), "the search box keeps the words");

        // Back returns to the previous list; the bookmarked address gives the same list again
        d.navigate().back();
        new WebDriverWait(d, Duration.ofSeconds(20)).until(dr -> !dr.getCurrentUrl().contains("sort="));
        assertEquals(List.of(inLocation, inSummary), references(d));
        d.get(api.base() + "/allegation/list.xhtml?q=" + word + "&sort=reference&order=desc");
        assertEquals(List.of(inLocation, inSummary), references(d));
        d.get(api.base() + "/allegation/list.xhtml?q=" + word + "&sort=reference&order=asc&receivedFrom=2021-03-15");
        assertEquals(List.of(inLocation), references(d));
        assertEquals("Cases found: 1", total(d));

        // a rejected filter: an invalid date is named next to its field and the list stays as it was
        String before = d.getCurrentUrl();
        setValue(d, "cases:from_input", "2021-13-45x");
        click(d, "cases:filter");
        String message = new WebDriverWait(d, Duration.ofSeconds(20)).until(ExpectedConditions
                .visibilityOfElementLocated(By.cssSelector("[id='cases:fromMessage'].ui-message-error"))).getText();
        assertTrue(message.contains("2024-05-31"), message);
        assertEquals(List.of(inLocation), references(d), "the list is unchanged");
        assertTrue(before.contains("receivedFrom=2021-03-15"), before);

        // the export button: the same filters, as CSV, audited
        d.get(api.base() + "/allegation/list.xhtml?q=" + word);
        waitFor(d, By.id("cases:table"));
        Path downloads = Files.createTempDirectory("bl-downloads");
        ((ChromeDriver) d).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        d.findElement(By.id("exportForm:export")).click();
        Path csv = downloads.resolve("cases.csv");
        new WebDriverWait(d, Duration.ofSeconds(20)).until(dr -> Files.exists(csv));
        String content = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(content.startsWith("\"reference\",\"mission\""), content);
        assertTrue(content.contains(inSummary) && content.contains(inLocation), content);
        assertFalse(content.contains(onlyInAName) || content.contains(otherMission), content);
        String audit = api.get("/api/v1/audit?user=" + officer + "&size=50", auditor, PASSWORD).body();
        assertTrue(audit.contains("\"EXPORT\"") && audit.contains("2 cases (CSV)"), audit);
    }

    @Test
    void theListsPageIsInTheAddressAndBackReturnsToThePreviousPage() throws Exception {
        Api api = new Api(url);
        String officer = api.newAccount("dw-co4", "CONDUCT_OFFICER", "UNMISS", null);
        String word = "zp" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 26; i++) {
            file(api, officer, "UNMISS", String.format("2020-%02d-%02d", 1 + i % 12, 1 + i), "Case " + i + " of " + word, "Yei");
        }
        WebDriver d = browser();
        d.get(api.base() + "/allegation/list.xhtml?q=" + word);
        signIn(d, officer);
        assertEquals("Cases found: 26", total(d));
        assertEquals(25, references(d).size());
        WebElement next = d.findElement(By.cssSelector("[id='cases:table'] .ui-paginator-next"));
        next.click();
        new WebDriverWait(d, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("page=2"));
        new WebDriverWait(d, Duration.ofSeconds(20)).until(dr -> references(dr).size() == 1);
        assertEquals("Cases found: 26", total(d));
        d.navigate().back();
        new WebDriverWait(d, Duration.ofSeconds(20)).until(dr -> !dr.getCurrentUrl().contains("page="));
        new WebDriverWait(d, Duration.ofSeconds(20)).until(dr -> references(dr).size() == 25);
    }

    @Test
    void aLiaisonsDashboardCountsTheOverdueAnswersOfItsStateAndEachCountLinksToItsItems() throws Exception {
        Api api = new Api(url);
        String officer = api.newAccount("dw-co2", "CONDUCT_OFFICER", "UNMISS", null);
        String liaison = api.newAccount("dw-tuv", "MEMBER_STATE_LIAISON", null, "TUV");
        String first = file(api, officer, "UNMISS", "2021-02-01", "Tuvalu contingent, first", "Bor", "\"nationality\":\"TUV\"");
        String second = file(api, officer, "UNMISS", "2021-02-02", "Tuvalu contingent, second", "Bor", "\"nationality\":\"TUV\"");
        for (String ref : List.of(first, second)) {
            Api.Response sent = api.post("/api/v1/allegations/" + ref + "/notifications",
                    "{\"memberState\":\"TUV\",\"sentOn\":\"2021-02-03\",\"requestsNio\":true}", officer, PASSWORD);
            assertEquals(201, sent.status(), sent.body());
        }

        WebDriver d = browser();
        d.get(api.base() + "/dashboard.xhtml");
        signIn(d, liaison);
        WebElement counts = waitFor(d, By.id("dueCounts"));
        Browser.screenshot(d, "dashboard-counts-liaison");
        assertEquals("2", d.findElement(By.id("allOverdue")).getText().trim(), counts.getText());
        WebElement answers = d.findElement(By.id("clock-NOTE_VERBALE_ANSWER"));
        assertTrue(answers.getText().contains("Answers to notes verbales") && answers.getText().contains("Tuvalu"),
                answers.getText());
        assertFalse(counts.getText().contains(first), "counts first: no wall of references on the dashboard");

        // the count of Tuvalu's overdue answers opens exactly those items
        answers.findElement(By.xpath(".//tr[td[normalize-space()='Tuvalu']]//a")).click();
        new WebDriverWait(d, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("due.xhtml"));
        String items = waitFor(d, By.id("dueItems")).getText();
        assertTrue(d.getCurrentUrl().contains("what=NOTE_VERBALE_ANSWER") && d.getCurrentUrl().contains("group=TUV")
                && d.getCurrentUrl().contains("due=overdue"), d.getCurrentUrl());
        assertTrue(items.contains(first) && items.contains(second), items);
        assertTrue(waitFor(d, By.id("dueFilter")).getText().contains("(2)"), d.findElement(By.id("dueFilter")).getText());

        // the full list is one click away, and the items link to their cases
        d.findElement(By.id("everything")).click();
        new WebDriverWait(d, Duration.ofSeconds(20)).until(dr -> !dr.getCurrentUrl().contains("what="));
        waitFor(d, By.linkText(first)).click();
        waitFor(d, By.id("caseStatus"));

        // in French, the clock reads in French
        d.get(api.base() + "/dashboard.xhtml");
        waitFor(d, By.id("dueCounts"));
        click(d, "headerForm:langFr");
        assertTrue(waitFor(d, By.id("clock-NOTE_VERBALE_ANSWER")).getText().contains("Réponses aux notes verbales"),
                d.findElement(By.id("dueCounts")).getText());
    }

    @Test
    void aUserChangesTheirOwnPasswordAndTheAdministratorResetsAPasswordAndALostSecondFactor() throws Exception {
        Api api = new Api(url);
        String user = api.newAccount("dw-pw", "STATISTICIAN", null, null);
        String auditor = api.newAccount("dw-aud2", "AUDITOR", null, null);

        WebDriver d = browser();
        d.get(api.base() + "/account/password.xhtml");
        signIn(d, user);
        // refused: a wrong current password, a too short new one typed differently the second time
        waitFor(d, By.id("passwordForm:current")).sendKeys("not-my-password-at-all");
        d.findElement(By.id("passwordForm:password")).sendKeys("short");
        d.findElement(By.id("passwordForm:repeat")).sendKeys("shorter");
        click(d, "passwordForm:change");
        assertEquals("Current password: is not your current password.", fieldError(d, "passwordForm:current"));
        assertEquals("New password: must be at least 12 characters long.", fieldError(d, "passwordForm:password"));
        assertEquals("New password again: does not match the new password.", fieldError(d, "passwordForm:repeat"));
        assertEquals(403, api.get("/api/v1/allegations", user, PASSWORD).status(), "the old password still works");
        // refused: the right current password, but a common new one
        waitFor(d, By.id("passwordForm:current")).sendKeys(PASSWORD);
        d.findElement(By.id("passwordForm:password")).sendKeys(user);
        d.findElement(By.id("passwordForm:repeat")).sendKeys(user);
        click(d, "passwordForm:change");
        assertEquals("New password: must not be the user name.", fieldError(d, "passwordForm:password"));
        assertEquals(403, api.get("/api/v1/allegations", user, PASSWORD).status(), "still the old password");
        // accepted
        String fresh = "Fresh-Passphrase-" + UUID.randomUUID().toString().substring(0, 6);
        waitFor(d, By.id("passwordForm:current")).sendKeys(PASSWORD);
        d.findElement(By.id("passwordForm:password")).sendKeys(fresh);
        d.findElement(By.id("passwordForm:repeat")).sendKeys(fresh);
        click(d, "passwordForm:change");
        waitFor(d, By.id("welcome"));
        assertTrue(d.getPageSource().contains("Your password has been changed."));
        assertEquals(401, api.get("/api/v1/allegations", user, PASSWORD).status(), "the old password no longer works");
        assertEquals(403, api.get("/api/v1/allegations", user, fresh).status(), "the new one does");
        String trail = api.get("/api/v1/audit?user=" + user + "&action=PASSWORD_CHANGED", auditor, PASSWORD).body();
        assertTrue(trail.contains("\"DENIED\"") && trail.contains("\"ALLOWED\""), trail);

        // the administrator: a refused reset (too short, unknown user), then a reset of the password and of a lost second factor
        WebDriver a = browser();
        a.get(api.base() + "/admin/accounts.xhtml");
        signIn(a, Api.ADMIN, Api.ADMIN_PASSWORD);
        waitFor(a, By.id("resetForm:resetUsername")).sendKeys(user);
        a.findElement(By.id("resetForm:resetPassword")).sendKeys("too-short");
        a.findElement(By.id("resetForm:resetPasswordButton")).click();
        Confirm.yes(a);
        assertEquals("New password (12 characters or more): must be at least 12 characters long.",
                fieldError(a, "resetForm:resetPassword"));
        assertEquals(403, api.get("/api/v1/allegations", user, fresh).status(), "nothing changed");
        a.findElement(By.id("resetForm:resetUsername")).clear();
        a.findElement(By.id("resetForm:resetUsername")).sendKeys("nobody-" + UUID.randomUUID());
        a.findElement(By.id("resetForm:resetPassword")).sendKeys("Another-Passphrase-42");
        a.findElement(By.id("resetForm:resetPasswordButton")).click();
        Confirm.yes(a);
        assertTrue(fieldError(a, "resetForm:resetUsername").startsWith("User name: there is no account named"));
        // No in the dialog sends nothing
        a.findElement(By.id("resetForm:resetUsername")).clear();
        a.findElement(By.id("resetForm:resetUsername")).sendKeys(user);
        a.findElement(By.id("resetForm:resetPassword")).sendKeys("Another-Passphrase-42");
        a.findElement(By.id("resetForm:resetPasswordButton")).click();
        Confirm.no(a);
        assertEquals(403, api.get("/api/v1/allegations", user, fresh).status(), "not reset without a Yes");
        a.findElement(By.id("resetForm:resetPassword")).clear();
        a.findElement(By.id("resetForm:resetPassword")).sendKeys("Another-Passphrase-42");
        a.findElement(By.id("resetForm:resetPasswordButton")).click();
        Confirm.yes(a);
        new WebDriverWait(a, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("globalMessages"), "The password of " + user + " has been reset."));
        assertEquals(403, api.get("/api/v1/allegations", user, "Another-Passphrase-42").status());
        assertEquals(401, api.get("/api/v1/allegations", user, fresh).status());

        // a second factor: refused for an account that has none; removed for one that lost its authenticator
        a.findElement(By.id("resetForm:resetUsername")).clear();
        a.findElement(By.id("resetForm:resetUsername")).sendKeys(user);
        a.findElement(By.id("resetForm:resetSecondFactorButton")).click();
        Confirm.yes(a);
        assertEquals("User name: has no second factor enrolled.", fieldError(a, "resetForm:resetUsername"));
        try (java.sql.Connection c = TestDatabase.connection(); java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE app_user SET totp_enabled = TRUE, totp_secret = 'lost' WHERE username = '" + user + "'");
            st.executeUpdate("INSERT INTO recovery_code (user_id, code_hash) SELECT id, REPEAT('a', 64) FROM app_user "
                    + "WHERE username = '" + user + "'");
        }
        assertEquals(401, api.get("/api/v1/allegations", user, "Another-Passphrase-42").status(), "enrolled: no Basic");
        a.findElement(By.id("resetForm:resetUsername")).clear();
        a.findElement(By.id("resetForm:resetUsername")).sendKeys(user);
        a.findElement(By.id("resetForm:resetSecondFactorButton")).click();
        Confirm.yes(a);
        new WebDriverWait(a, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("globalMessages"), "The second factor of " + user + " has been removed."));
        assertEquals(403, api.get("/api/v1/allegations", user, "Another-Passphrase-42").status(), "no second factor any more");
        try (java.sql.Connection c = TestDatabase.connection(); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet r = st.executeQuery("SELECT COUNT(*) FROM recovery_code rc JOIN app_user u ON u.id = rc.user_id "
                     + "WHERE u.username = '" + user + "'")) {
            r.next();
            assertEquals(0, r.getInt(1), "its recovery codes are gone");
        }
        String resets = api.get("/api/v1/audit?reference=" + user, auditor, PASSWORD).body();
        assertTrue(resets.contains("ACCOUNT_PASSWORD_RESET") && resets.contains("ACCOUNT_TWO_FACTOR_RESET"), resets);
    }

    @Test
    void wrongCurrentPasswordsLockTheAccountAndALockedAccountsPasswordIsNotChecked() throws Exception {
        Api api = new Api(url);
        String user = api.newAccount("dw-lock", "AUDITOR", null, null);
        WebDriver d = browser();
        d.get(api.base() + "/account/password.xhtml");
        signIn(d, user);
        for (int i = 0; i < 5; i++) {
            waitFor(d, By.id("passwordForm:current")).sendKeys("wrong-guess-" + i);
            d.findElement(By.id("passwordForm:password")).sendKeys("Brand-New-Passphrase-9");
            d.findElement(By.id("passwordForm:repeat")).sendKeys("Brand-New-Passphrase-9");
            click(d, "passwordForm:change");
            assertEquals("Current password: is not your current password.", fieldError(d, "passwordForm:current"));
        }
        // locked now: even the right password is not checked, and nothing changes
        waitFor(d, By.id("passwordForm:current")).sendKeys(PASSWORD);
        d.findElement(By.id("passwordForm:password")).sendKeys("Brand-New-Passphrase-9");
        d.findElement(By.id("passwordForm:repeat")).sendKeys("Brand-New-Passphrase-9");
        click(d, "passwordForm:change");
        assertTrue(fieldError(d, "passwordForm:current").startsWith("Current password: cannot be checked while the account is locked"));
        assertEquals(401, api.get("/api/v1/audit", user, "Brand-New-Passphrase-9").status(), "the password did not change");
    }

    @Test
    void thePrintableCaseFileShowsTheCaseAsTheCallerMaySeeItInThePagesLanguageAndEveryDownloadIsAudited() throws Exception {
        Api api = new Api(url);
        String officer = api.newAccount("dw-co3", "CONDUCT_OFFICER", "UNMISS", null);
        String hq = api.newAccount("dw-hq", "HQ_CONDUCT", null, null);
        String auditor = api.newAccount("dw-aud3", "AUDITOR", null, null);
        String victim = "Amina " + UUID.randomUUID().toString().substring(0, 6);
        Api.Response filed = api.post("/api/v1/allegations", "{\"mission\":\"UNMISS\",\"receivedOn\":\"2022-07-01\","
                + "\"kind\":\"SEA\",\"seaType\":\"SEXUAL_ABUSE\",\"source\":\"HOTLINE\",\"summary\":\"Printed case file\","
                + "\"location\":\"Wau\",\"subjects\":[{\"personnelCategory\":\"MILITARY_CONTINGENT\",\"nationality\":\"GHA\","
                + "\"sex\":\"MALE\"}],\"victims\":[{\"sex\":\"FEMALE\",\"ageGroup\":\"ADULT\",\"name\":\"" + victim + "\"}]}",
                officer, PASSWORD);
        assertEquals(201, filed.status(), filed.body());
        String ref = filed.json().getString("reference");

        WebDriver d = browser();
        d.get(api.base() + "/allegation/view.xhtml?ref=" + ref);
        signIn(d, officer);
        String english = printed(d, ref);
        assertTrue(english.contains("STRICTLY CONFIDENTIAL") && english.contains(ref) && english.contains("Printed case file"),
                english);
        assertTrue(english.contains(victim), "the assigned officer is entitled to the victim's identity: " + english);
        assertTrue(english.contains("Sexual abuse") || english.contains("Under preliminary assessment")
                || english.contains("preliminary"), "labels, not codes: " + english);
        click(d, "headerForm:langFr");
        String french = printed(d, ref);
        assertTrue(french.contains("STRICTEMENT CONFIDENTIEL") && french.contains("Dossier"), french);

        WebDriver h = browser();
        h.get(api.base() + "/allegation/view.xhtml?ref=" + ref);
        signIn(h, hq);
        String restricted = printed(h, ref);
        assertFalse(restricted.contains(victim), "headquarters never sees a victim's identity: " + restricted);
        assertTrue(restricted.contains("Restricted"), restricted);

        String trail = api.get("/api/v1/audit?reference=" + ref + "&action=CASE_FILE_PRINTED", auditor, PASSWORD).body();
        assertEquals(3, trail.split("\"CASE_FILE_PRINTED\"", -1).length - 1, trail);
        assertTrue(trail.contains("identities shown: victims") && trail.contains("identities shown: none"), trail);
    }

    /** Clicks the case page's print button and returns the text of the PDF it downloads. */
    private static String printed(WebDriver d, String ref) throws Exception {
        waitFor(d, By.id("caseStatus"));
        Path downloads = Files.createTempDirectory("bl-pdf");
        ((ChromeDriver) d).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        d.findElement(By.id("printForm:print")).click();
        Path pdf = downloads.resolve(ref + ".pdf");
        new WebDriverWait(d, Duration.ofSeconds(20)).until(dr -> Files.exists(pdf));
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(Files.readAllBytes(pdf));
        try {
            com.lowagie.text.pdf.parser.PdfTextExtractor text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(text.getTextFromPage(page)).append('\n');
            }
            return all.toString();
        } finally {
            reader.close();
        }
    }

    static String fieldError(WebDriver d, String clientId) {
        By message = By.xpath("//*[@id='" + clientId + "']/ancestor::div[contains(concat(' ', @class, ' '), ' bl-field ')][1]"
                + "//*[contains(concat(' ', @class, ' '), ' ui-message-error ')]");
        try {
            return new WebDriverWait(d, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(message))
                    .getText().trim();
        } catch (org.openqa.selenium.TimeoutException e) {
            Browser.screenshot(d, "no-message-at-" + clientId.replace(':', '_'));
            throw e;
        }
    }

    static String file(Api api, String user, String mission, String receivedOn, String summary, String location,
                       String... subjectExtra) {
        String extra = subjectExtra.length == 0 ? "" : "," + subjectExtra[0];
        String nationality = extra.contains("\"nationality\"") ? "" : ",\"nationality\":\"GHA\"";
        Api.Response r = api.post("/api/v1/allegations", "{\"mission\":\"" + mission + "\",\"receivedOn\":\"" + receivedOn
                + "\",\"kind\":\"SEA\",\"seaType\":\"SEXUAL_EXPLOITATION\",\"source\":\"HOTLINE\",\"summary\":\"" + summary
                + "\",\"location\":\"" + location + "\",\"subjects\":[{\"personnelCategory\":\"MILITARY_CONTINGENT\","
                + "\"sex\":\"MALE\"" + nationality + extra + "}],\"victims\":[{\"sex\":\"FEMALE\",\"ageGroup\":\"ADULT\"}]}",
                user, PASSWORD);
        assertEquals(201, r.status(), r.body());
        return r.json().getString("reference");
    }

    static void signIn(WebDriver d, String user) {
        signIn(d, user, PASSWORD);
    }

    static void signIn(WebDriver d, String user, String password) {
        waitFor(d, By.id("loginForm:username")).sendKeys(user);
        d.findElement(By.id("loginForm:password")).sendKeys(password);
        WebElement button = d.findElement(By.id("loginForm:signIn"));
        button.click();
        new WebDriverWait(d, Duration.ofSeconds(20)).until(org.blueledger.testsupport.Browser.gone(button));
    }

    /** Clicks a full-page submit and waits for the next page. */
    static void click(WebDriver d, String id) {
        WebElement button = d.findElement(By.id(id));
        button.click();
        new WebDriverWait(d, Duration.ofSeconds(20)).until(org.blueledger.testsupport.Browser.gone(button));
    }

    static String total(WebDriver d) {
        return waitFor(d, By.id("cases:table:total")).getText().trim();
    }

    static String table(WebDriver d) {
        return waitFor(d, By.id("cases:table")).getText();
    }

    static List<String> references(WebDriver d) {
        waitFor(d, By.id("cases:table"));
        return d.findElements(By.cssSelector("[id='cases:table'] a.bl-ref")).stream().map(WebElement::getText).toList();
    }

    static WebElement waitFor(WebDriver d, By by) {
        return new WebDriverWait(d, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    static void setValue(WebDriver d, String id, String value) {
        ((JavascriptExecutor) d).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    private WebDriver browser() throws Exception {
        WebDriver d = Browser.start();
        drivers.add(d);
        return d;
    }
}
