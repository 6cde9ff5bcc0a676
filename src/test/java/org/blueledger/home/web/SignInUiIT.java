package org.blueledger.home.web;

import org.blueledger.testsupport.Api;
import org.blueledger.testsupport.BrowserTest;
import org.blueledger.testsupport.pages.SignInPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real headless Chromium against the deployed application: signing in as two roles, in English
 * and in French, each sees its own navigation and dashboard; a wrong password and a forbidden
 * page behave as a user expects.
 */
class SignInUiIT extends BrowserTest {

    static final String PASSWORD = "Browser-Test-Passphrase-3";

    SignInPage page;
    String base;

    @BeforeEach
    void setUp() throws Exception {
        base = api.base();
        page = new SignInPage(browsers.open());
    }

    @Test
    void anAdministratorSignsInInEnglishAndSeesTheAccountsNavigation() {
        String admin = account("ADMIN", "");
        page.open(base + "/dashboard.xhtml");
        page.waitForVisible(By.id("loginForm:username"));
        org.openqa.selenium.Cookie before = page.driver().manage().getCookieNamed("BLUELEDGER_SESSION");
        page.signIn(admin, PASSWORD);
        page.waitForVisible(By.id("welcome"));
        org.openqa.selenium.Cookie after = page.driver().manage().getCookieNamed("BLUELEDGER_SESSION");
        assertTrue(after.isHttpOnly());
        assertEquals("Lax", after.getSameSite());
        assertTrue(before == null || !before.getValue().equals(after.getValue()), "a new session id at sign-in");
        List<String> nav = page.navigation();
        page.screenshot("admin-dashboard-en");
        assertEquals(List.of("Dashboard", "Accounts", "Action types", "Missions", "Trust Fund projects", "My password"), nav);
        assertTrue(page.find("panel-ADMIN").getText().contains("Administrator"));
        assertTrue(page.find("accountSummary").isDisplayed());

        page.find(By.linkText("Accounts")).click();
        page.waitForVisible(By.id("accountsForm:accounts"));
        assertTrue(page.find("accountsForm:accounts").getText().contains(admin));
    }

    @Test
    void aConductOfficerSignsInInFrenchAndSeesOnlyTheirNavigationAndMission() {
        String officer = account("CONDUCT_OFFICER", ",\"mission\":\"UNMISS\"");
        page.open(base + "/login.xhtml");
        page.switchLanguage("fr");
        assertEquals("Connexion", page.title());
        page.signIn(officer, PASSWORD);
        page.waitForVisible(By.id("welcome"));
        page.screenshot("conduct-officer-dashboard-fr");
        assertEquals(List.of("Tableau de bord", "Dossiers", "Missions", "Mon mot de passe"), page.navigation());
        assertTrue(page.find("scopeMission").getText().startsWith("UNMISS"));
        assertTrue(page.find("panel-CONDUCT_OFFICER").getText()
                .contains("Spécialiste de la déontologie et de la discipline"));

        // the administration page is not theirs: it shows the same page as a missing one
        page.open(base + "/admin/accounts.xhtml");
        page.waitForVisible(By.id("notFound"));
        assertEquals("Introuvable", page.title());
        assertFalse(page.source().contains("accountsForm"));

        // so does a case of another mission, typed into the address bar, exactly like a missing one
        String other = api.newAccount("co-minusca", "CONDUCT_OFFICER", "MINUSCA", null);
        Api.Response filed = api.post("/api/v1/allegations", """
                {"mission":"MINUSCA","receivedOn":"2019-03-01","kind":"OTHER_MISCONDUCT","seriousness":"NON_SERIOUS",
                 "source":"EMAIL","summary":"Another mission's secret"}""", other, Api.PASSWORD);
        assertEquals(201, filed.status(), filed.body());
        page.open(base + "/allegation/view.xhtml?ref=" + filed.json().getString("reference"));
        page.waitForVisible(By.id("notFound"));
        assertFalse(page.source().contains("Another mission's secret"));
        page.open(base + "/allegation/view.xhtml?ref=MINUSCA-1999-0001");
        page.waitForVisible(By.id("notFound"));
    }

    @Test
    void aWrongPasswordKeepsTheUserOnTheLoginPageWithAMessage() {
        String auditor = account("AUDITOR", "");
        page.open(base + "/dashboard.xhtml");
        page.signIn(auditor, "Not-The-Right-One-42");
        WebElement messages = page.waitForVisible(By.id("loginForm:messages"));
        assertTrue(messages.getText().contains("incorrect"), messages.getText());
        assertTrue(page.url().contains("login.xhtml"), page.url());
    }

    @Test
    void theAdministratorSeesFieldMessagesForABadAccountAndCreatesAGoodOne() {
        String admin = account("ADMIN", "");
        page.open(base + "/admin/accounts.xhtml");
        page.signIn(admin, PASSWORD);
        page.waitForVisible(By.id("accountForm:username"));
        String newName = "ui-" + UUID.randomUUID().toString().substring(0, 8);
        page.find("accountForm:username").sendKeys(newName);
        page.find("accountForm:password").sendKeys("short");
        page.find("accountForm:create").click();
        page.waitForText(By.id("accountForm"), "at least 12 characters");
        String form = page.find("accountForm").getText();
        assertTrue(form.contains("choose at least one role"), form);
        assertEquals(404, api.get("/api/v1/admin/users/" + newName, admin, PASSWORD).status(), "nothing stored");

        page.find("accountForm:password").sendKeys("Ui-Created-Passphrase-5");
        page.find(By.xpath("//label[text()='Auditor']")).click();
        page.find("accountForm:create").click();
        page.waitForText(By.id("globalMessages"), newName);
        page.screenshot("admin-account-created");
        assertEquals(200, api.get("/api/v1/admin/users/" + newName, admin, PASSWORD).status());

        // and gives it an address for its reminders, after a wrong one is refused
        page.find("emailForm:emailUsername").sendKeys(newName);
        page.find("emailForm:newEmail").sendKeys("not-an-address");
        page.find("emailForm:changeEmail").click();
        page.waitForText(By.id("emailForm"), "enter an e-mail address");
        WebElement address = page.find("emailForm:newEmail");
        address.clear();
        address.sendKeys(newName + "@un.example");
        page.find("emailForm:changeEmail").click();
        page.waitForText(By.id("globalMessages"), "e-mail address of " + newName);
        assertEquals(newName + "@un.example", api.get("/api/v1/admin/users/" + newName, admin, PASSWORD).json()
                .getString("email"));
    }

    @Test
    void theAdministratorAddsAnActionTypeAndWithdrawsIt() {
        String admin = account("ADMIN", "");
        page.open(base + "/admin/action-types.xhtml");
        page.signIn(admin, PASSWORD);
        page.waitForVisible(By.id("actionTypeForm:code"));
        String code = "UI_TYPE_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
        page.find("actionTypeForm:code").sendKeys(code);
        page.find("actionTypeForm:create").click();
        page.waitForText(By.id("actionTypeForm"), "Name in English: is required.");
        page.find("actionTypeForm:nameEn").sendKeys("Written warning by the commander");
        page.find("actionTypeForm:nameFr").sendKeys("Avertissement écrit du commandant");
        page.find("actionTypeForm:create").click();
        page.waitForText(By.id("typesForm:types"), code);
        WebElement row = page.find(By.xpath("//tr[td[normalize-space()='" + code + "']]"));
        assertTrue(row.getText().contains("Offered"), row.getText());
        row.findElement(By.cssSelector("button")).click();
        page.waitForText(By.id("globalMessages"), "no longer offered");
        page.screenshot("admin-action-types");
        assertTrue(api.get("/api/v1/admin/action-types", admin, PASSWORD).json().getJsonArray("items")
                .getValuesAs(jakarta.json.JsonObject.class).stream()
                .anyMatch(t -> t.getString("code").equals(code) && !t.getBoolean("active")));
    }

    private String account(String role, String scope) {
        String name = role.toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response r = api.post("/api/v1/admin/users", """
                {"username":"%s","password":"%s","roles":["%s"]%s}""".formatted(name, PASSWORD, role, scope),
                Api.ADMIN, Api.ADMIN_PASSWORD);
        assertEquals(201, r.status(), r.body());
        return name;
    }
}
