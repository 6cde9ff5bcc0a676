package org.blueledger.testsupport;

import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The base of the browser tests on the shared application: a {@link ClientTest} with
 * {@link #browsers}, the headless Chromium windows of the test (closed after it).
 */
public abstract class BrowserTest extends ClientTest {

    @RegisterExtension
    protected final Browsers browsers = new Browsers();
}
