package org.blueledger.security.web;

import org.blueledger.security.domain.Totp;
import org.blueledger.testsupport.Api;
import org.blueledger.testsupport.Browser;
import org.blueledger.testsupport.Deployments;
import org.blueledger.testsupport.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.blueledger.testsupport.Api.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped configuration (two-factor sign-in required): a conduct officer enrols an
 * authenticator at the first sign-in and gets recovery codes; the next sign-in asks for a code;
 * a recovery code works once; a statistician (no identities) signs in with the password; the
 * API keeps HTTP Basic.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TwoFactorUiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shipped();
    }

    @ArquillianResource
    URL url;

    final List<WebDriver> drivers = new ArrayList<>();

    @AfterEach
    void quit() {
        drivers.forEach(WebDriver::quit);
    }

    @Test
    void anOfficerEnrolsThenSignsInWithACodeAndARecoveryCodeWorksOnce() throws Exception {
        Api api = new Api(url);
        String officer = api.newAccount("tfa-co", "CONDUCT_OFFICER", "UNMISS", null);

        WebDriver d = browser();
        d.get(api.base() + "/dashboard.xhtml");
        signIn(d, officer);
        String secret = waitFor(d, By.id("secret")).getText();
        assertTrue(d.getPageSource().contains("otpauth://totp/"));
        d.get(api.base() + "/dashboard.xhtml");
        waitFor(d, By.id("loginForm:username"));
        assertTrue(d.getCurrentUrl().contains("login"), "not signed in before the second factor: " + d.getCurrentUrl());

        // enrol: first sign-in again, confirm with the current code
        signIn(d, officer);
        secret = waitFor(d, By.id("secret")).getText();
        d.findElement(By.id("twoFactor:code")).sendKeys("000000");
        d.findElement(By.id("twoFactor:confirm")).click();
        waitForText(d, By.id("twoFactor:messages"), "not valid");
        d.findElement(By.id("twoFactor:code")).clear();
        d.findElement(By.id("twoFactor:code")).sendKeys(code(secret, 0));
        d.findElement(By.id("twoFactor:confirm")).click();
        List<String> recovery = waitFor(d, By.id("recoveryCodes")).findElements(By.tagName("code")).stream()
                .map(WebElement::getText).toList();
        assertEquals(10, recovery.size());
        Browser.screenshot(d, "two-factor-recovery-codes");
        d.findElement(By.id("twoFactor:proceed")).click();
        waitFor(d, By.id("welcome"));

        // next sign-in: a code from the app (the next time step, since the current one is spent)
        WebDriver e = browser();
        e.get(api.base() + "/dashboard.xhtml");
        signIn(e, officer);
        waitFor(e, By.id("twoFactor:code")).sendKeys(code(secret, 1));
        e.findElement(By.id("twoFactor:confirm")).click();
        waitFor(e, By.id("welcome"));

        // a recovery code works once
        WebDriver f = browser();
        f.get(api.base() + "/dashboard.xhtml");
        signIn(f, officer);
        waitFor(f, By.id("twoFactor:code")).sendKeys(recovery.get(0));
        f.findElement(By.id("twoFactor:confirm")).click();
        waitFor(f, By.id("welcome"));
        WebDriver g = browser();
        g.get(api.base() + "/dashboard.xhtml");
        signIn(g, officer);
        waitFor(g, By.id("twoFactor:code")).sendKeys(recovery.get(0));
        g.findElement(By.id("twoFactor:confirm")).click();
        waitForText(g, By.id("twoFactor:messages"), "not valid");

        // the API never skips the second factor: Basic is refused for an enrolled account (api.md)
        Api.Response basic = api.get("/api/v1/allegations", officer, PASSWORD);
        assertEquals(401, basic.status());
        assertTrue(basic.json().getString("detail").contains("/api/v1/auth/tokens"), basic.body());

        // wrong codes count towards the lockout even though the password was right each time
        // (the reused recovery code above was the first failure; four more wrong codes lock)
        for (int i = 0; i < 4; i++) {
            WebDriver h = browser();
            h.get(api.base() + "/dashboard.xhtml");
            signIn(h, officer);
            waitFor(h, By.id("twoFactor:code")).sendKeys("000000");
            h.findElement(By.id("twoFactor:confirm")).click();
            waitForText(h, By.id("twoFactor:messages"), "not valid");
            h.quit();
            drivers.remove(h);
        }
        assertEquals(401, api.get("/api/v1/allegations", officer, PASSWORD).status(), "locked after five wrong codes");
        WebDriver locked = browser();
        locked.get(api.base() + "/dashboard.xhtml");
        signIn(locked, officer);
        waitForText(locked, By.id("loginForm:messages"), "locked");
    }

    @Test
    void anEnrolledAccountGetsAnApiTokenOnlyWithItsCurrentCode() throws Exception {
        Api api = new Api(url);
        String officer = api.newAccount("tfa-tok", "CONDUCT_OFFICER", "UNMISS", null);
        WebDriver d = browser();
        d.get(api.base() + "/dashboard.xhtml");
        signIn(d, officer);
        String secret = waitFor(d, By.id("secret")).getText();
        d.findElement(By.id("twoFactor:code")).sendKeys(code(secret, 0));
        d.findElement(By.id("twoFactor:confirm")).click();
        waitFor(d, By.id("recoveryCodes"));

        assertEquals(401, api.get("/api/v1/allegations", officer, PASSWORD).status(), "no Basic once enrolled");
        Api.Response noCode = api.post("/api/v1/auth/tokens", "{}", officer, PASSWORD);
        assertEquals(400, noCode.status(), noCode.body());
        assertEquals("code", noCode.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(401, api.post("/api/v1/auth/tokens", "{\"code\":\"000000\"}", officer, PASSWORD).status());
        Api.Response issued = api.post("/api/v1/auth/tokens", "{\"code\":\"" + code(secret, 1) + "\"}", officer, PASSWORD);
        assertEquals(201, issued.status(), issued.body());
        String token = issued.json().getString("token");
        assertTrue(Instant.parse(issued.json().getString("expiresAt")).isAfter(Instant.now().plusSeconds(7 * 3600)));

        assertEquals(200, api.bearer("GET", "/api/v1/allegations", token).status());
        assertEquals(204, api.bearer("DELETE", "/api/v1/auth/tokens/current", token).status());
        Api.Response ended = api.bearer("GET", "/api/v1/allegations", token);
        assertEquals(401, ended.status(), "a token ends with sign-out");
        assertEquals(401, ended.json().getInt("status"));
    }

    @Test
    void aRoleThatSeesNoIdentitySignsInWithItsPassword() throws Exception {
        Api api = new Api(url);
        String statistician = api.newAccount("tfa-stat", "STATISTICIAN", null, null);
        WebDriver d = browser();
        d.get(api.base() + "/dashboard.xhtml");
        signIn(d, statistician);
        waitFor(d, By.id("welcome"));
    }

    private static String code(String secret, int stepsAhead) {
        return Totp.code(Totp.base32Decode(secret), Totp.step(Instant.now()) + stepsAhead, Totp.DIGITS);
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

    private static WebElement waitFor(WebDriver d, By by) {
        return new WebDriverWait(d, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private static void waitForText(WebDriver d, By by, String text) {
        new WebDriverWait(d, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }
}
