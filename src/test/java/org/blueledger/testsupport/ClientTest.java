package org.blueledger.testsupport;

import org.blueledger.testsupport.SharedApplication.AppUrl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.MalformedURLException;
import java.net.URL;

/**
 * The base of the tests that call the shared application from outside, over HTTP or through a
 * browser (client mode): the test database ({@link TestDatabase}) and the one Payara Micro of
 * the test JVM ({@link SharedApplication}) are ready before the first test, {@link #url} is the
 * application's address and {@link #api} an HTTP client for it, new for each test. A test class
 * that needs a deployment of its own (other configuration, in-container tests) uses Arquillian
 * instead.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(SharedApplication.class)
public abstract class ClientTest {

    /** The cases' collection of the API. */
    protected static final String CASES = "/api/v1/allegations";

    /** The shared application's address (ending in {@code /}). */
    @AppUrl
    protected URL url;

    /** An HTTP client for the application (Basic credentials, JSON bodies). */
    protected Api api;

    @BeforeEach
    void connect() {
        api = new Api(url);
    }

    /** An HTTP client for the server's root, where Payara answers {@code /health}, {@code /openapi} and {@code /metrics}. */
    protected Api server() {
        try {
            return new Api(new URL(url.getProtocol(), url.getHost(), url.getPort(), "/"));
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
