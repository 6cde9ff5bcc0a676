package org.blueledger.testsupport;

import org.blueledger.testsupport.pages.SignInPage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one browser set-up of the browser tests: a test class registers it
 * ({@code @RegisterExtension final Browsers browsers = new Browsers();}) and asks it for as many
 * headless Chromium windows as its scenario has users ({@link #open()}, the options in
 * {@link Browser#start()}). When a test fails, each window's screenshot and page source are kept
 * in {@code target/screenshots} ({@code <Class>.<test>-failed-<n>.png} and {@code .html}); after
 * every test, every window is closed, so no test depends on another's session.
 */
public final class Browsers implements AfterTestExecutionCallback, AfterEachCallback {

    private final List<WebDriver> open = new ArrayList<>();

    /** A new headless Chromium window with no session; closed after the test. */
    public WebDriver open() throws IOException {
        WebDriver d = Browser.start();
        open.add(d);
        return d;
    }

    /**
     * A new window that opens a protected address and signs in there as one of the accounts the
     * tests create (password {@link Api#PASSWORD}); returns once the sign-in page has gone.
     */
    public WebDriver openAs(String url, String user) throws IOException {
        return openAs(url, user, Api.PASSWORD);
    }

    /** As {@link #openAs(String, String)}, with the account's own password. */
    public WebDriver openAs(String url, String user, String password) throws IOException {
        WebDriver d = open();
        d.get(url);
        new SignInPage(d).signIn(user, password);
        return d;
    }

    /** Closes a window before the test ends (a test that opens many). */
    public void close(WebDriver d) {
        open.remove(d);
        d.quit();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName()
                + "-failed";
        for (int i = 0; i < open.size(); i++) {
            WebDriver d = open.get(i);
            Browser.screenshot(d, name + "-" + i);
            try {
                Path dir = Path.of(System.getProperty("blueledger.screenshots", "target/screenshots"));
                Files.createDirectories(dir);
                Files.writeString(dir.resolve(name + "-" + i + ".html"), "<!-- " + d.getCurrentUrl() + " -->\n"
                        + d.getPageSource(), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                System.err.println("page source " + name + "-" + i + " not kept: " + e);
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        for (WebDriver d : open) {
            try {
                d.quit();
            } catch (RuntimeException e) {
                System.err.println("closing a browser failed: " + e);
            }
        }
        open.clear();
    }
}
