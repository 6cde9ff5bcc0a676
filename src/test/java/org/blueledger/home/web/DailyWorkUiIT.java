package org.blueledger.home.web;

import org.blueledger.testsupport.Api;
import org.blueledger.testsupport.BrowserTest;
import org.blueledger.testsupport.TestDatabase;
import org.blueledger.testsupport.pages.CaseListPage;
import org.blueledger.testsupport.pages.CasePage;
import org.blueledger.testsupport.pages.DashboardPage;
import org.blueledger.testsupport.pages.Page;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
@org.junit.jupiter.api.Order(4) // a long class: at one end of the order (see the pom)
class DailyWorkUiIT extends BrowserTest {

    @Test
    void theCaseListSearchesSortsAndExportsInTheCallersScopeAndKeepsItsStateInTheAddress() throws Exception {
        String officer = api.newAccount("dw-co", "CONDUCT_OFFICER", "UNMISS", null);
        String elsewhere = api.newAccount("dw-co-monusco", "CONDUCT_OFFICER", "MONUSCO", null);
        String auditor = api.newAccount("dw-aud", "AUDITOR", null, null);
        String word = "zq" + UUID.randomUUID().toString().substring(0, 8);
        String inSummary = file(api, officer, "UNMISS", "2021-03-01", "Seen near the " + word + " market", "Juba");
        String inLocation = file(api, officer, "UNMISS", "2021-04-01", "Reported by a neighbour", "Camp " + word.toUpperCase());
        String onlyInAName = file(api, officer, "UNMISS", "2021-05-01", "Nothing to find here", "Malakal",
                "\"name\":\"Private " + word + "\"");
        String otherMission = file(api, elsewhere, "MONUSCO", "2021-06-01", "The " + word + " case of another mission", "Goma");

        CaseListPage d = new CaseListPage(browsers.openAs(api.base() + CaseListPage.PATH, officer));
        d.waitFor("cases:q").sendKeys(word);
        d.submit("cases:filter");
        assertTrue(d.url().contains("q=" + word), d.url());
        assertEquals("Cases found: 2", d.total());
        String list = d.table();
        assertTrue(list.contains(inSummary) && list.contains(inLocation), list);
        assertFalse(list.contains(onlyInAName), "identities are never searched: " + list);
        assertFalse(list.contains(otherMission), "another mission's case stays out of scope: " + list);
        assertEquals(List.of(inLocation, inSummary), d.references(), "newest received first by default");

        // a click on the reference header sorts, and the sort goes into the address
        WebElement header = d.find(By.xpath("//th[.//span[normalize-space()='Reference']]"));
        header.click();
        d.until(ExpectedConditions.urlContains("sort=reference"));
        d.waitFor("cases:table");
        assertTrue(d.url().contains("order=asc"), d.url());
        assertEquals(List.of(inSummary, inLocation), d.references());
        assertEquals(word, d.find("cases:q").getAttribute("value"), "the search box keeps the words");

        // Back returns to the previous list; the bookmarked address gives the same list again
        d.driver().navigate().back();
        d.until(dr -> !dr.getCurrentUrl().contains("sort="));
        assertEquals(List.of(inLocation, inSummary), d.references());
        d.open(api.base() + "/allegation/list.xhtml?q=" + word + "&sort=reference&order=desc");
        assertEquals(List.of(inLocation, inSummary), d.references());
        d.open(api.base() + "/allegation/list.xhtml?q=" + word + "&sort=reference&order=asc&receivedFrom=2021-03-15");
        assertEquals(List.of(inLocation), d.references());
        assertEquals("Cases found: 1", d.total());

        // a rejected filter: an invalid date is named next to its field and the list stays as it was
        String before = d.url();
        d.setValue("cases:from_input", "2021-13-45x");
        d.submit("cases:filter");
        String message = d.fromDateError();
        assertTrue(message.contains("2024-05-31"), message);
        assertEquals(List.of(inLocation), d.references(), "the list is unchanged");
        assertTrue(before.contains("receivedFrom=2021-03-15"), before);

        // the export button: the same filters, as CSV, audited
        d.open(api.base() + "/allegation/list.xhtml?q=" + word);
        d.waitFor("cases:table");
        Path downloads = d.downloads();
        d.find("exportForm:export").click();
        Path csv = downloads.resolve("cases.csv");
        d.until(dr -> Files.exists(csv));
        String content = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(content.startsWith("\"reference\",\"mission\""), content);
        assertTrue(content.contains(inSummary) && content.contains(inLocation), content);
        assertFalse(content.contains(onlyInAName) || content.contains(otherMission), content);
        String audit = api.get("/api/v1/audit?user=" + officer + "&size=50", auditor, PASSWORD).body();
        assertTrue(audit.contains("\"EXPORT\"") && audit.contains("2 cases (CSV)"), audit);
    }

    @Test
    void theListsPageIsInTheAddressAndBackReturnsToThePreviousPage() throws Exception {
        String officer = api.newAccount("dw-co4", "CONDUCT_OFFICER", "UNMISS", null);
        String word = "zp" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 26; i++) {
            file(api, officer, "UNMISS", String.format("2020-%02d-%02d", 1 + i % 12, 1 + i), "Case " + i + " of " + word, "Yei");
        }
        CaseListPage d = new CaseListPage(browsers.openAs(api.base() + CaseListPage.PATH + "?q=" + word, officer));
        assertEquals("Cases found: 26", d.total());
        assertEquals(25, d.references().size());
        WebElement next = d.find(By.cssSelector("[id='cases:table'] .ui-paginator-next"));
        next.click();
        d.until(ExpectedConditions.urlContains("page=2"));
        d.until(dr -> d.references().size() == 1);
        assertEquals("Cases found: 26", d.total());
        d.driver().navigate().back();
        d.until(dr -> !dr.getCurrentUrl().contains("page="));
        d.until(dr -> d.references().size() == 25);
    }

    @Test
    void aLiaisonsDashboardCountsTheOverdueAnswersOfItsStateAndEachCountLinksToItsItems() throws Exception {
        String officer = api.newAccount("dw-co2", "CONDUCT_OFFICER", "UNMISS", null);
        String liaison = api.newAccount("dw-tuv", "MEMBER_STATE_LIAISON", null, "TUV");
        String first = file(api, officer, "UNMISS", "2021-02-01", "Tuvalu contingent, first", "Bor", "\"nationality\":\"TUV\"");
        String second = file(api, officer, "UNMISS", "2021-02-02", "Tuvalu contingent, second", "Bor", "\"nationality\":\"TUV\"");
        for (String ref : List.of(first, second)) {
            Api.Response sent = api.post("/api/v1/allegations/" + ref + "/notifications",
                    "{\"memberState\":\"TUV\",\"sentOn\":\"2021-02-03\",\"requestsNio\":true}", officer, PASSWORD);
            assertEquals(201, sent.status(), sent.body());
        }

        Page d = new Page(browsers.openAs(api.base() + DashboardPage.PATH, liaison));
        WebElement counts = d.waitFor("dueCounts");
        d.screenshot("dashboard-counts-liaison");
        assertEquals("2", d.find("allOverdue").getText().trim(), counts.getText());
        WebElement answers = d.find("clock-NOTE_VERBALE_ANSWER");
        assertTrue(answers.getText().contains("Answers to notes verbales") && answers.getText().contains("Tuvalu"),
                answers.getText());
        assertFalse(counts.getText().contains(first), "counts first: no wall of references on the dashboard");

        // the count of Tuvalu's overdue answers opens exactly those items
        answers.findElement(By.xpath(".//tr[td[normalize-space()='Tuvalu']]//a")).click();
        d.until(ExpectedConditions.urlContains("due.xhtml"));
        String items = d.waitFor("dueItems").getText();
        assertTrue(d.url().contains("what=NOTE_VERBALE_ANSWER") && d.url().contains("group=TUV")
                && d.url().contains("due=overdue"), d.url());
        assertTrue(items.contains(first) && items.contains(second), items);
        assertTrue(d.waitFor("dueFilter").getText().contains("(2)"), d.find("dueFilter").getText());

        // the full list is one click away, and the items link to their cases
        d.find("everything").click();
        d.until(dr -> !dr.getCurrentUrl().contains("what="));
        d.waitFor(By.linkText(first)).click();
        d.waitFor("caseStatus");

        // in French, the clock reads in French
        d.open(api.base() + DashboardPage.PATH);
        d.waitFor("dueCounts");
        d.submit("headerForm:langFr");
        assertTrue(d.waitFor("clock-NOTE_VERBALE_ANSWER").getText().contains("Réponses aux notes verbales"),
                d.find("dueCounts").getText());
    }

    @Test
    void aUserChangesTheirOwnPasswordAndTheAdministratorResetsAPasswordAndALostSecondFactor() throws Exception {
        String user = api.newAccount("dw-pw", "STATISTICIAN", null, null);
        String auditor = api.newAccount("dw-aud2", "AUDITOR", null, null);

        Page d = new Page(browsers.openAs(api.base() + "/account/password.xhtml", user));
        // refused: a wrong current password, a too short new one typed differently the second time
        d.waitFor("passwordForm:current").sendKeys("not-my-password-at-all");
        d.find("passwordForm:password").sendKeys("short");
        d.find("passwordForm:repeat").sendKeys("shorter");
        d.submit("passwordForm:change");
        assertEquals("Current password: is not your current password.", d.fieldError("passwordForm:current"));
        assertEquals("New password: must be at least 12 characters long.", d.fieldError("passwordForm:password"));
        assertEquals("New password again: does not match the new password.", d.fieldError("passwordForm:repeat"));
        assertEquals(403, api.get("/api/v1/allegations", user, PASSWORD).status(), "the old password still works");
        // refused: the right current password, but a common new one
        d.waitFor("passwordForm:current").sendKeys(PASSWORD);
        d.find("passwordForm:password").sendKeys(user);
        d.find("passwordForm:repeat").sendKeys(user);
        d.submit("passwordForm:change");
        assertEquals("New password: must not be the user name.", d.fieldError("passwordForm:password"));
        assertEquals(403, api.get("/api/v1/allegations", user, PASSWORD).status(), "still the old password");
        // accepted
        String fresh = "Fresh-Passphrase-" + UUID.randomUUID().toString().substring(0, 6);
        d.waitFor("passwordForm:current").sendKeys(PASSWORD);
        d.find("passwordForm:password").sendKeys(fresh);
        d.find("passwordForm:repeat").sendKeys(fresh);
        d.submit("passwordForm:change");
        d.waitFor("welcome");
        assertTrue(d.source().contains("Your password has been changed."));
        assertEquals(401, api.get("/api/v1/allegations", user, PASSWORD).status(), "the old password no longer works");
        assertEquals(403, api.get("/api/v1/allegations", user, fresh).status(), "the new one does");
        String trail = api.get("/api/v1/audit?user=" + user + "&action=PASSWORD_CHANGED", auditor, PASSWORD).body();
        assertTrue(trail.contains("\"DENIED\"") && trail.contains("\"ALLOWED\""), trail);

        // the administrator: a refused reset (too short, unknown user), then a reset of the password and of a lost second factor
        Page a = new Page(browsers.openAs(api.base() + "/admin/accounts.xhtml", Api.ADMIN, Api.ADMIN_PASSWORD));
        a.waitFor("resetForm:resetUsername").sendKeys(user);
        a.find("resetForm:resetPassword").sendKeys("too-short");
        a.clickAndConfirm("resetForm:resetPasswordButton");
        assertEquals("New password (12 characters or more): must be at least 12 characters long.",
                a.fieldError("resetForm:resetPassword"));
        assertEquals(403, api.get("/api/v1/allegations", user, fresh).status(), "nothing changed");
        a.retype("resetForm:resetUsername", "nobody-" + UUID.randomUUID());
        a.find("resetForm:resetPassword").sendKeys("Another-Passphrase-42");
        a.clickAndConfirm("resetForm:resetPasswordButton");
        assertTrue(a.fieldError("resetForm:resetUsername").startsWith("User name: there is no account named"));
        // No in the dialog sends nothing
        a.retype("resetForm:resetUsername", user);
        a.find("resetForm:resetPassword").sendKeys("Another-Passphrase-42");
        a.clickAndDecline("resetForm:resetPasswordButton");
        assertEquals(403, api.get("/api/v1/allegations", user, fresh).status(), "not reset without a Yes");
        a.retype("resetForm:resetPassword", "Another-Passphrase-42");
        a.clickAndConfirm("resetForm:resetPasswordButton");
        a.waitForText(By.id("globalMessages"), "The password of " + user + " has been reset.");
        assertEquals(403, api.get("/api/v1/allegations", user, "Another-Passphrase-42").status());
        assertEquals(401, api.get("/api/v1/allegations", user, fresh).status());

        // a second factor: refused for an account that has none; removed for one that lost its authenticator
        a.retype("resetForm:resetUsername", user);
        a.clickAndConfirm("resetForm:resetSecondFactorButton");
        assertEquals("User name: has no second factor enrolled.", a.fieldError("resetForm:resetUsername"));
        try (java.sql.Connection c = TestDatabase.connection(); java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE app_user SET totp_enabled = TRUE, totp_secret = 'lost' WHERE username = '" + user + "'");
            st.executeUpdate("INSERT INTO recovery_code (user_id, code_hash) SELECT id, REPEAT('a', 64) FROM app_user "
                    + "WHERE username = '" + user + "'");
        }
        assertEquals(401, api.get("/api/v1/allegations", user, "Another-Passphrase-42").status(), "enrolled: no Basic");
        a.retype("resetForm:resetUsername", user);
        a.clickAndConfirm("resetForm:resetSecondFactorButton");
        a.waitForText(By.id("globalMessages"), "The second factor of " + user + " has been removed.");
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
        String user = api.newAccount("dw-lock", "AUDITOR", null, null);
        Page d = new Page(browsers.openAs(api.base() + "/account/password.xhtml", user));
        for (int i = 0; i < 5; i++) {
            d.waitFor("passwordForm:current").sendKeys("wrong-guess-" + i);
            d.find("passwordForm:password").sendKeys("Brand-New-Passphrase-9");
            d.find("passwordForm:repeat").sendKeys("Brand-New-Passphrase-9");
            d.submit("passwordForm:change");
            assertEquals("Current password: is not your current password.", d.fieldError("passwordForm:current"));
        }
        // locked now: even the right password is not checked, and nothing changes
        d.waitFor("passwordForm:current").sendKeys(PASSWORD);
        d.find("passwordForm:password").sendKeys("Brand-New-Passphrase-9");
        d.find("passwordForm:repeat").sendKeys("Brand-New-Passphrase-9");
        d.submit("passwordForm:change");
        assertTrue(d.fieldError("passwordForm:current").startsWith("Current password: cannot be checked while the account is locked"));
        assertEquals(401, api.get("/api/v1/audit", user, "Brand-New-Passphrase-9").status(), "the password did not change");
    }

    @Test
    void thePrintableCaseFileShowsTheCaseAsTheCallerMaySeeItInThePagesLanguageAndEveryDownloadIsAudited() throws Exception {
        String officer = api.newAccount("dw-co3", "CONDUCT_OFFICER", "UNMISS", null);
        String hq = api.newAccount("dw-hq", "HQ_CONDUCT", null, null);
        String auditor = api.newAccount("dw-aud3", "AUDITOR", null, null);
        String victim = "Amina " + UUID.randomUUID().toString().substring(0, 6);
        String ref = api.fileCase("{\"mission\":\"UNMISS\",\"receivedOn\":\"2022-07-01\","
                + "\"kind\":\"SEA\",\"seaType\":\"SEXUAL_ABUSE\",\"source\":\"HOTLINE\",\"summary\":\"Printed case file\","
                + "\"location\":\"Wau\",\"subjects\":[{\"personnelCategory\":\"MILITARY_CONTINGENT\",\"nationality\":\"GHA\","
                + "\"sex\":\"MALE\"}],\"victims\":[{\"sex\":\"FEMALE\",\"ageGroup\":\"ADULT\",\"name\":\"" + victim + "\"}]}",
                officer);

        CasePage d = new CasePage(browsers.openAs(api.base() + CasePage.path(ref), officer));
        String english = d.printedFileText(ref);
        assertTrue(english.contains("STRICTLY CONFIDENTIAL") && english.contains(ref) && english.contains("Printed case file"),
                english);
        assertTrue(english.contains(victim), "the assigned officer is entitled to the victim's identity: " + english);
        assertTrue(english.contains("Sexual abuse") || english.contains("Under preliminary assessment")
                || english.contains("preliminary"), "labels, not codes: " + english);
        d.submit("headerForm:langFr");
        String french = d.printedFileText(ref);
        assertTrue(french.contains("STRICTEMENT CONFIDENTIEL") && french.contains("Dossier"), french);

        CasePage h = new CasePage(browsers.openAs(api.base() + CasePage.path(ref), hq));
        String restricted = h.printedFileText(ref);
        assertFalse(restricted.contains(victim), "headquarters never sees a victim's identity: " + restricted);
        assertTrue(restricted.contains("Restricted"), restricted);

        String trail = api.get("/api/v1/audit?reference=" + ref + "&action=CASE_FILE_PRINTED", auditor, PASSWORD).body();
        assertEquals(3, trail.split("\"CASE_FILE_PRINTED\"", -1).length - 1, trail);
        assertTrue(trail.contains("identities shown: victims") && trail.contains("identities shown: none"), trail);
    }

    static String file(Api api, String user, String mission, String receivedOn, String summary, String location,
                       String... subjectExtra) {
        String extra = subjectExtra.length == 0 ? "" : "," + subjectExtra[0];
        String nationality = extra.contains("\"nationality\"") ? "" : ",\"nationality\":\"GHA\"";
        return api.fileCase("{\"mission\":\"" + mission + "\",\"receivedOn\":\"" + receivedOn
                + "\",\"kind\":\"SEA\",\"seaType\":\"SEXUAL_EXPLOITATION\",\"source\":\"HOTLINE\",\"summary\":\"" + summary
                + "\",\"location\":\"" + location + "\",\"subjects\":[{\"personnelCategory\":\"MILITARY_CONTINGENT\","
                + "\"sex\":\"MALE\"" + nationality + extra + "}],\"victims\":[{\"sex\":\"FEMALE\",\"ageGroup\":\"ADULT\"}]}",
                user);
    }
}
