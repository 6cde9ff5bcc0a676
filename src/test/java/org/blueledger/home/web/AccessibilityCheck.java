package org.blueledger.home.web;

import jakarta.json.JsonObject;
import org.blueledger.testsupport.Api;
import org.blueledger.testsupport.BrowserTest;
import org.blueledger.testsupport.pages.Page;
import org.blueledger.testsupport.pages.SignInPage;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.blueledger.testsupport.Api.ADMIN;
import static org.blueledger.testsupport.Api.ADMIN_PASSWORD;
import static org.blueledger.testsupport.Api.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * WCAG 2.2 AA in headless Chromium: axe-core (src/test/resources/axe) finds no serious or critical
 * violation on any page a role reaches, in English at 1400 px and on a 390 px phone and in French
 * on the phone, where no page scrolls sideways either. The case page is checked with all its tabs shown. The
 * nine roles are split over two test classes ({@link AccessibilityUiIT}, {@link
 * AccessibilityMoreRolesUiIT}), so that they can run at the same time as each other.
 */
abstract class AccessibilityCheck extends BrowserTest {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    static final int WIDE = 1400;
    static final int PHONE = 390;
    /** A screenshot of every page checked (-Da11y.screenshots=true); otherwise only of those with a finding. */
    static final boolean SCREENSHOTS = Boolean.getBoolean("a11y.screenshots");

    /** Every finding, one line each: page, role, language, width, rule, targets. */
    final Set<String> findings = new LinkedHashSet<>();
    int pagesChecked;
    long axeNanos;

    /** The roles, by the prefix of the account each gets; the sign-in page counts as role {@code anonymous}. */
    static final List<String> FIRST_ROLES = List.of("anonymous", "a11y-co", "a11y-chief", "a11y-inv", "a11y-hq");
    static final List<String> MORE_ROLES = List.of("a11y-npl", "a11y-vro", "a11y-stat", "a11y-aud", ADMIN);

    /** Checks every page the given roles reach (see {@link #FIRST_ROLES}), each role signed in in turn. */
    void checkEveryPageOf(List<String> roles) throws Exception {
        String base = api.base();
        String officer = api.newAccount("a11y-co", "CONDUCT_OFFICER", "UNMISS", null);
        String chief = api.newAccount("a11y-chief", "CHIEF_OF_CONDUCT", "UNMISS", null);
        String investigator = api.newAccount("a11y-inv", "INVESTIGATOR", null, null);
        String hq = api.newAccount("a11y-hq", "HQ_CONDUCT", null, null);
        String liaison = api.newAccount("a11y-npl", "MEMBER_STATE_LIAISON", null, "NPL");
        String vro = api.newAccount("a11y-vro", "VICTIMS_RIGHTS", null, null);
        String statistician = api.newAccount("a11y-stat", "STATISTICIAN", null, null);
        String auditor = api.newAccount("a11y-aud", "AUDITOR", null, null);

        // One case every case role sees: an investigation with an assigned investigator, a note to Nepal.
        JsonObject filed = api.filed("""
                {"mission":"UNMISS","receivedOn":"2024-02-05","kind":"SEA","seaType":"SEXUAL_ABUSE","source":"HOTLINE",
                 "summary":"Accessibility of every page","location":"Juba","subjects":[{"personnelCategory":"MILITARY_CONTINGENT",
                 "nationality":"NPL","sex":"MALE","name":"A11y Subject"}],
                 "victims":[{"sex":"FEMALE","ageGroup":"ADULT","name":"A11y Victim","contact":"Juba"}]}""", officer);
        String ref = filed.getString("reference");
        long subject = filed.getJsonArray("subjects").getJsonObject(0).getJsonNumber("id").longValue();
        long victim = filed.getJsonArray("victims").getJsonObject(0).getJsonNumber("id").longValue();
        Api.Response opened = api.post("/api/v1/allegations/" + ref + "/investigations",
                "{\"entity\":\"OIOS\",\"startedOn\":\"2024-02-10\",\"subjectIds\":[" + subject + "]}", officer, PASSWORD);
        assertEquals(201, opened.status(), opened.body());
        assertEquals(201, api.post("/api/v1/allegations/" + ref + "/assignments", "{\"username\":\"" + investigator
                + "\",\"role\":\"INVESTIGATOR\",\"investigationId\":" + opened.json().getJsonNumber("id") + "}",
                chief, PASSWORD).status());
        assertEquals(201, api.post("/api/v1/allegations/" + ref + "/notifications",
                "{\"memberState\":\"NPL\",\"sentOn\":\"2024-02-06\",\"requestsNio\":true}", officer, PASSWORD).status());

        String view = "/allegation/view.xhtml?ref=" + ref;
        List<String> caseRole = List.of("/allegation/list.xhtml", "/allegation/due.xhtml", view);
        // Pages that read the same for every role (but for the menu, checked on each role's dashboard)
        // are checked once, with the officer.
        List<String> everyone = List.of("/dashboard.xhtml", "/reference/missions.xhtml", "/account/password.xhtml",
                "/no-such-page.xhtml");
        List<String> own = List.of("/dashboard.xhtml");
        Map<String, List<String>> pages = new java.util.LinkedHashMap<>();
        pages.put(officer, concat(everyone, caseRole, List.of("/allegation/new.xhtml")));
        pages.put(chief, concat(own, caseRole, List.of("/allegation/new.xhtml")));
        pages.put(investigator, concat(own, caseRole));
        pages.put(hq, concat(own, caseRole, List.of("/statistics/index.xhtml", "/paternity/claims.xhtml")));
        pages.put(liaison, concat(own, caseRole, List.of("/statistics/index.xhtml", "/paternity/claims.xhtml")));
        pages.put(vro, concat(own, caseRole, List.of("/victims/list.xhtml",
                "/victims/victim.xhtml?ref=" + ref + "&victim=" + victim, "/paternity/claims.xhtml")));
        pages.put(statistician, concat(own, List.of("/statistics/index.xhtml")));
        pages.put(auditor, concat(own, List.of("/audit/log.xhtml")));
        pages.put(ADMIN, concat(own, List.of("/admin/accounts.xhtml", "/admin/action-types.xhtml",
                "/admin/trust-fund-projects.xhtml")));

        long start = System.nanoTime();
        WebDriver d = browsers.open();
        Page window = new Page(d);
        ((ChromeDriver) d).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", AXE));
        if (roles.contains("anonymous")) {
            // The sign-in page, in both languages.
            d.get(base + "/login.xhtml");
            check(d, "anonymous", "/login.xhtml");
            window.submit("headerForm:langFr");
            check(d, "anonymous", "/login.xhtml");
            window.submit("headerForm:langEn");
        }

        String only = System.getProperty("a11y.roles", ""); // to debug: a comma list of account prefixes
        for (Map.Entry<String, List<String>> role : pages.entrySet()) {
            String user = role.getKey();
            String prefix = user.replaceAll("-[0-9a-f]{8}$", "");
            if (!roles.contains(prefix)
                    || !only.isBlank() && java.util.Arrays.stream(only.split(",")).noneMatch(user::startsWith)) {
                continue;
            }
            d.get(base + "/login.xhtml");
            new SignInPage(d).signIn(user, ADMIN.equals(user) ? ADMIN_PASSWORD : PASSWORD);
            window.waitFor("headerForm:signedInAs");
            for (String language : List.of("en", "fr")) {
                d.get(base + "/dashboard.xhtml");
                if (!language.equals(lang(d))) {
                    window.submit("headerForm:lang" + ("fr".equals(language) ? "Fr" : "En"));
                }
                for (String page : role.getValue()) {
                    d.get(base + page);
                    assertEquals(language, lang(d), page);
                    check(d, user.replaceAll("-[0-9a-f]{8}$", ""), page);
                }
            }
            d.get(base + "/dashboard.xhtml");
            window.submit("headerForm:langEn");
            window.submit("headerForm:signOut");
            window.waitFor("loginForm:username");
        }
        System.out.printf("axe: %d page checks in %d s (axe itself %d s), %d findings%n", pagesChecked,
                (System.nanoTime() - start) / 1_000_000_000L, axeNanos / 1_000_000_000L, findings.size());
        Path report = Path.of(System.getProperty("blueledger.screenshots", "target/screenshots"))
                .resolve("axe-report-" + getClass().getSimpleName() + ".txt");
        Files.createDirectories(report.getParent());
        Files.write(report, findings);
        assertTrue(findings.isEmpty(), findings.size() + " serious or critical violations or sideways scrolls (also in "
                + report + "):\n" + String.join("\n", findings));
    }

    /** Runs axe on the page at both widths in English, on the phone in French (and the sideways-scroll check on the phone). */
    private void check(WebDriver d, String role, String page) {
        Page window = new Page(d);
        window.waitFor("content");
        window.until(x -> "complete".equals(window.script("return document.readyState")));
        String language = lang(d);
        // the case page's tabs: every panel shown, so that axe sees them all
        ((JavascriptExecutor) d).executeScript("document.querySelectorAll('.ui-tabs-panel').forEach(function (p) {"
                + " p.classList.remove('ui-helper-hidden'); p.removeAttribute('aria-hidden'); p.style.display = 'block'; });");
        // English at both widths; French on the phone only, where its longer words would make a page
        // scroll sideways (what differs with the language, a missing or empty label, shows at any width)
        for (int width : "fr".equals(language) ? List.of(PHONE) : List.of(WIDE, PHONE)) {
            viewport(d, width);
            // as a phone turned or a window resized (blueledger.js marks the tables that scroll)
            ((JavascriptExecutor) d).executeScript("window.dispatchEvent(new Event('resize'));");
            String where = page + " [" + role + ", " + language + ", " + width + " px]";
            int before = findings.size();
            long t = System.nanoTime();
            List<?> violations = axe(d);
            axeNanos += System.nanoTime() - t;
            for (Object v : violations) {
                findings.add(where + ": " + v);
            }
            if (width == PHONE) {
                Object overflow = ((JavascriptExecutor) d).executeScript("""
                        var root = document.documentElement, w = root.clientWidth;
                        if (root.scrollWidth <= w) { return null; }
                        var wide = [];
                        document.querySelectorAll('body *').forEach(function (e) {
                          var r = e.getBoundingClientRect();
                          if (r.right <= w + 1 || r.width === 0) { return; }
                          for (var a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                            if (getComputedStyle(a).overflowX !== 'visible') { return; } // scrolls or clips inside its box
                          }
                          wide.push([r.right, (e.id ? '#' + e.id : e.tagName.toLowerCase() + '.' + (e.className || ''))
                              + ' ' + Math.round(r.right)]);
                        });
                        wide.sort(function (a, b) { return b[0] - a[0]; });
                        return root.scrollWidth + ' > ' + w + ': ' + wide.slice(0, 5).map(function (x) { return x[1]; }).join(', ');""");
                if (overflow != null) {
                    findings.add(where + ": scrolls sideways " + overflow);
                }
            }
            if (findings.size() > before || SCREENSHOTS) {
                window.screenshot("a11y-" + role + page.replaceAll("\\?.*", "").replace('/', '-')
                        .replace(".xhtml", "") + "-" + language + "-" + width);
            }
            pagesChecked++;
        }
        viewport(d, WIDE);
    }

    /** The serious and critical violations axe finds (and any empty table header), one string each: rule, impact, targets. */
    private static List<?> axe(WebDriver d) {
        // axe is injected into every new document (Page.addScriptToEvaluateOnNewDocument), and here if it is missing
        JavascriptExecutor js = (JavascriptExecutor) d;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined';"))) {
            js.executeScript(AXE);
        }
        d.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object result = js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                // the WCAG tags, plus an empty table header (a best practice the issue names)
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]},
                                   rules: {'empty-table-header': {enabled: true}}, resultTypes: ['violations']})
                  .then(function (r) {
                    done(r.violations.filter(function (v) {
                        return v.impact === 'serious' || v.impact === 'critical' || v.id === 'empty-table-header'; })
                      .map(function (v) {
                        return v.id + ' (' + v.impact + ') ' + v.nodes.slice(0, 6).map(function (n) {
                          var check = n.any[0] || n.all[0] || n.none[0];
                          return n.target.join(' ') + (check ? ' (' + check.message + ')' : '')
                              + ' ' + n.html.substring(0, 160);
                        }).join(' | ') + (v.nodes.length > 6 ? ' …' + v.nodes.length + ' nodes' : '');
                      }));
                  })
                  .catch(function (e) { done(['axe failed: ' + e]); });""", TAGS);
        return (List<?>) result;
    }

    /** The layout viewport: CSS pixels wide, as a phone (with the viewport meta tag honoured) when narrow. */
    private static void viewport(WebDriver d, int width) {
        ((ChromeDriver) d).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                "height", width == PHONE ? 844 : 900, "deviceScaleFactor", 1, "mobile", width == PHONE));
    }

    private static final String AXE = load();

    private static String load() {
        try (InputStream in = AccessibilityCheck.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String lang(WebDriver d) {
        return (String) ((JavascriptExecutor) d).executeScript("return document.documentElement.lang;");
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> l : lists) {
            all.addAll(l);
        }
        return all;
    }
}
