package org.blueledger.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A signed-in browser session without a browser: the login form posted with its ViewState, cookies kept. */
public final class WebSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;

    private WebSession(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public static WebSession signIn(String base, String user, String password) {
        WebSession s = new WebSession(base);
        HttpResponse<String> login = s.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).GET());
        Matcher m = VIEW_STATE.matcher(login.body());
        if (!m.find()) {
            throw new IllegalStateException("no ViewState on the login page");
        }
        String form = "loginForm=loginForm&loginForm%3Ausername=" + enc(user) + "&loginForm%3Apassword=" + enc(password)
                + "&loginForm%3AsignIn=&jakarta.faces.ViewState=" + enc(m.group(1));
        HttpResponse<String> after = s.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (!after.body().contains("id=\"welcome\"")) {
            throw new IllegalStateException("sign-in of " + user + " failed: " + after.statusCode());
        }
        return s;
    }

    /** GET a page; returns the status and body after redirects. */
    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** POST a form (already URL-encoded) to a page; returns the status and body after redirects. */
    public HttpResponse<String> post(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
