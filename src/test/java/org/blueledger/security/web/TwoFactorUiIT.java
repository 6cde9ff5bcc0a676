package org.blueledger.security.web;

import org.blueledger.security.domain.Totp;
import org.blueledger.testsupport.Api;
import org.blueledger.testsupport.Browsers;
import org.blueledger.testsupport.Deployments;
import org.blueledger.testsupport.TestDatabase;
import org.blueledger.testsupport.pages.DashboardPage;
import org.blueledger.testsupport.pages.Page;
import org.blueledger.testsupport.pages.SignInPage;
import org.blueledger.testsupport.pages.TwoFactorPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.net.URL;
import java.time.Instant;
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
@ResourceLock(Deployments.ARQUILLIAN)
@RunAsClient
@org.junit.jupiter.api.Order(Integer.MAX_VALUE - 1) // a long class: at one end of the order (see the pom)
class TwoFactorUiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shipped();
    }

    @ArquillianResource
    URL url;

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void anOfficerEnrolsThenSignsInWithACodeAndARecoveryCodeWorksOnce() throws Exception {
        Api api = new Api(url);
        String officer = api.newAccount("tfa-co", "CONDUCT_OFFICER", "UNMISS", null);

        TwoFactorPage d = new TwoFactorPage(browsers.openAs(api.base() + DashboardPage.PATH, officer));
        String secret = d.secret();
        assertTrue(d.source().contains("otpauth://totp/"));
        d.open(api.base() + DashboardPage.PATH);
        d.waitFor("loginForm:username");
        assertTrue(d.url().contains("login"), "not signed in before the second factor: " + d.url());

        // enrol: first sign-in again, confirm with the current code
        new SignInPage(d.driver()).signIn(officer);
        secret = d.secret();
        d.confirm("000000");
        d.waitForRefusal();
        d.confirm(code(secret, 0));
        List<String> recovery = d.recoveryCodes();
        assertEquals(10, recovery.size());
        d.screenshot("two-factor-recovery-codes");
        d.find("twoFactor:proceed").click();
        d.waitFor("welcome");

        // next sign-in: a code from the app (the next time step, since the current one is spent)
        TwoFactorPage e = new TwoFactorPage(browsers.openAs(api.base() + DashboardPage.PATH, officer));
        e.confirm(code(secret, 1));
        e.waitFor("welcome");

        // a recovery code works once
        TwoFactorPage f = new TwoFactorPage(browsers.openAs(api.base() + DashboardPage.PATH, officer));
        f.confirm(recovery.get(0));
        f.waitFor("welcome");
        TwoFactorPage g = new TwoFactorPage(browsers.openAs(api.base() + DashboardPage.PATH, officer));
        g.confirm(recovery.get(0));
        g.waitForRefusal();

        // the API never skips the second factor: Basic is refused for an enrolled account (api.md)
        Api.Response basic = api.get("/api/v1/allegations", officer, PASSWORD);
        assertEquals(401, basic.status());
        assertTrue(basic.json().getString("detail").contains("/api/v1/auth/tokens"), basic.body());

        // wrong codes count towards the lockout even though the password was right each time
        // (the reused recovery code above was the first failure; four more wrong codes lock)
        for (int i = 0; i < 4; i++) {
            TwoFactorPage h = new TwoFactorPage(browsers.openAs(api.base() + DashboardPage.PATH, officer));
            h.confirm("000000");
            h.waitForRefusal();
            browsers.close(h.driver());
        }
        assertEquals(401, api.get("/api/v1/allegations", officer, PASSWORD).status(), "locked after five wrong codes");
        Page locked = new Page(browsers.openAs(api.base() + DashboardPage.PATH, officer));
        locked.waitForText(By.id("loginForm:messages"), "locked");
    }

    @Test
    void anEnrolledAccountGetsAnApiTokenOnlyWithItsCurrentCode() throws Exception {
        Api api = new Api(url);
        String officer = api.newAccount("tfa-tok", "CONDUCT_OFFICER", "UNMISS", null);
        TwoFactorPage d = new TwoFactorPage(browsers.openAs(api.base() + DashboardPage.PATH, officer));
        String secret = d.secret();
        d.confirm(code(secret, 0));
        d.waitFor("recoveryCodes");

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
        new DashboardPage(browsers.openAs(api.base() + DashboardPage.PATH, statistician)).shown();
    }

    private static String code(String secret, int stepsAhead) {
        return Totp.code(Totp.base32Decode(secret), Totp.step(Instant.now()) + stepsAhead, Totp.DIGITS);
    }
}
