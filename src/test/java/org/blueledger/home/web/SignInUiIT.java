package org.blueledger.home.web;

import org.blueledger.testsupport.Api;
import org.blueledger.testsupport.Browser;
import org.blueledger.testsupport.SharedApplication;
import org.blueledger.testsupport.SharedApplication.AppUrl;
import org.blueledger.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
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
@ExtendWith(TestDatabase.class)
@ExtendWith(SharedApplication.class)
class SignInUiIT {

    static final String PASSWORD = "Browser-Test-Passphrase-3";

    @AppUrl
    URL url;

    WebDriver driver;
    Api api;
    String base;

    @BeforeEach
    void setUp() throws Exception {
        api = new Api(url);
        base = api.base();
        driver = Browser.start();
    }

    @AfterEach
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void anAdministratorSignsInInEnglishAndSeesTheAccountsNavigation() {
        String admin = account("ADMIN", "");
        driver.get(base + "/dashboard.xhtml");
        waitFor(By.id("loginForm:username"));
        org.openqa.selenium.Cookie before = driver.manage().getCookieNamed("BLUELEDGER_SESSION");
        signIn(admin, PASSWORD);
        waitFor(By.id("welcome"));
        org.openqa.selenium.Cookie after = driver.manage().getCookieNamed("BLUELEDGER_SESSION");
        assertTrue(after.isHttpOnly());
        assertEquals("Lax", after.getSameSite());
        assertTrue(before == null || !before.getValue().equals(after.getValue()), "a new session id at sign-in");
        List<String> nav = navigation();
        Browser.screenshot(driver, "admin-dashboard-en");
        assertEquals(List.of("Dashboard", "Accounts", "Action types", "Missions", "Trust Fund projects", "My password"), nav);
        assertTrue(driver.findElement(By.id("panel-ADMIN")).getText().contains("Administrator"));
        assertTrue(driver.findElement(By.id("accountSummary")).isDisplayed());

        driver.findElement(By.linkText("Accounts")).click();
        waitFor(By.id("accountsForm:accounts"));
        assertTrue(driver.findElement(By.id("accountsForm:accounts")).getText().contains(admin));
    }

    @Test
    void aConductOfficerSignsInInFrenchAndSeesOnlyTheirNavigationAndMission() {
        String officer = account("CONDUCT_OFFICER", ",\"mission\":\"UNMISS\"");
        driver.get(base + "/login.xhtml");
        driver.findElement(By.id("headerForm:langFr")).click();
        waitFor(By.id("headerForm:langEn"));
        assertEquals("Connexion", driver.findElement(By.cssSelector("h1.bl-title")).getText());
        signIn(officer, PASSWORD);
        waitFor(By.id("welcome"));
        Browser.screenshot(driver, "conduct-officer-dashboard-fr");
        assertEquals(List.of("Tableau de bord", "Dossiers", "Missions", "Mon mot de passe"), navigation());
        assertTrue(driver.findElement(By.id("scopeMission")).getText().startsWith("UNMISS"));
        assertTrue(driver.findElement(By.id("panel-CONDUCT_OFFICER")).getText()
                .contains("Spécialiste de la déontologie et de la discipline"));

        // the administration page is not theirs: it shows the same page as a missing one
        driver.get(base + "/admin/accounts.xhtml");
        waitFor(By.id("notFound"));
        assertEquals("Introuvable", driver.findElement(By.cssSelector("h1.bl-title")).getText());
        assertFalse(driver.getPageSource().contains("accountsForm"));

        // so does a case of another mission, typed into the address bar, exactly like a missing one
        String other = api.newAccount("co-minusca", "CONDUCT_OFFICER", "MINUSCA", null);
        Api.Response filed = api.post("/api/v1/allegations", """
                {"mission":"MINUSCA","receivedOn":"2019-03-01","kind":"OTHER_MISCONDUCT","seriousness":"NON_SERIOUS",
                 "source":"EMAIL","summary":"Another mission's secret"}""", other, Api.PASSWORD);
        assertEquals(201, filed.status(), filed.body());
        driver.get(base + "/allegation/view.xhtml?ref=" + filed.json().getString("reference"));
        waitFor(By.id("notFound"));
        assertFalse(driver.getPageSource().contains("Another mission's secret"));
        driver.get(base + "/allegation/view.xhtml?ref=MINUSCA-1999-0001");
        waitFor(By.id("notFound"));
    }

    @Test
    void aWrongPasswordKeepsTheUserOnTheLoginPageWithAMessage() {
        String auditor = account("AUDITOR", "");
        driver.get(base + "/dashboard.xhtml");
        signIn(auditor, "Not-The-Right-One-42");
        WebElement messages = waitFor(By.id("loginForm:messages"));
        assertTrue(messages.getText().contains("incorrect"), messages.getText());
        assertTrue(driver.getCurrentUrl().contains("login.xhtml"), driver.getCurrentUrl());
    }

    @Test
    void theAdministratorSeesFieldMessagesForABadAccountAndCreatesAGoodOne() {
        String admin = account("ADMIN", "");
        driver.get(base + "/admin/accounts.xhtml");
        signIn(admin, PASSWORD);
        waitFor(By.id("accountForm:username"));
        String newName = "ui-" + UUID.randomUUID().toString().substring(0, 8);
        driver.findElement(By.id("accountForm:username")).sendKeys(newName);
        driver.findElement(By.id("accountForm:password")).sendKeys("short");
        driver.findElement(By.id("accountForm:create")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("accountForm"), "at least 12 characters"));
        String form = driver.findElement(By.id("accountForm")).getText();
        assertTrue(form.contains("choose at least one role"), form);
        assertEquals(404, api.get("/api/v1/admin/users/" + newName, admin, PASSWORD).status(), "nothing stored");

        driver.findElement(By.id("accountForm:password")).sendKeys("Ui-Created-Passphrase-5");
        driver.findElement(By.xpath("//label[text()='Auditor']")).click();
        driver.findElement(By.id("accountForm:create")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("globalMessages"), newName));
        Browser.screenshot(driver, "admin-account-created");
        assertEquals(200, api.get("/api/v1/admin/users/" + newName, admin, PASSWORD).status());

        // and gives it an address for its reminders, after a wrong one is refused
        driver.findElement(By.id("emailForm:emailUsername")).sendKeys(newName);
        driver.findElement(By.id("emailForm:newEmail")).sendKeys("not-an-address");
        driver.findElement(By.id("emailForm:changeEmail")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("emailForm"), "enter an e-mail address"));
        WebElement address = driver.findElement(By.id("emailForm:newEmail"));
        address.clear();
        address.sendKeys(newName + "@un.example");
        driver.findElement(By.id("emailForm:changeEmail")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("globalMessages"), "e-mail address of " + newName));
        assertEquals(newName + "@un.example", api.get("/api/v1/admin/users/" + newName, admin, PASSWORD).json()
                .getString("email"));
    }

    @Test
    void theAdministratorAddsAnActionTypeAndWithdrawsIt() {
        String admin = account("ADMIN", "");
        driver.get(base + "/admin/action-types.xhtml");
        signIn(admin, PASSWORD);
        waitFor(By.id("actionTypeForm:code"));
        String code = "UI_TYPE_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
        driver.findElement(By.id("actionTypeForm:code")).sendKeys(code);
        driver.findElement(By.id("actionTypeForm:create")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("actionTypeForm"), "Name in English: is required."));
        driver.findElement(By.id("actionTypeForm:nameEn")).sendKeys("Written warning by the commander");
        driver.findElement(By.id("actionTypeForm:nameFr")).sendKeys("Avertissement écrit du commandant");
        driver.findElement(By.id("actionTypeForm:create")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("typesForm:types"), code));
        WebElement row = driver.findElement(By.xpath("//tr[td[normalize-space()='" + code + "']]"));
        assertTrue(row.getText().contains("Offered"), row.getText());
        row.findElement(By.cssSelector("button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("globalMessages"), "no longer offered"));
        Browser.screenshot(driver, "admin-action-types");
        assertTrue(api.get("/api/v1/admin/action-types", admin, PASSWORD).json().getJsonArray("items")
                .getValuesAs(jakarta.json.JsonObject.class).stream()
                .anyMatch(t -> t.getString("code").equals(code) && !t.getBoolean("active")));
    }

    private void signIn(String username, String password) {
        waitFor(By.id("loginForm:username")).sendKeys(username);
        driver.findElement(By.id("loginForm:password")).sendKeys(password);
        driver.findElement(By.id("loginForm:signIn")).click();
    }

    private List<String> navigation() {
        return driver.findElements(By.cssSelector("#navigation a")).stream().map(e -> e.getText().trim()).toList();
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
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
