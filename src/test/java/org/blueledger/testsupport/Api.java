package org.blueledger.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for API tests: Basic credentials, JSON bodies, no redirects followed. */
public final class Api {

    /** The administrator the test environment bootstraps (see failsafe's environment in pom.xml). */
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "Test-Admin-Passphrase-1";
    /** The password of every account {@link #newAccount} creates. */
    public static final String PASSWORD = "Api-Test-Passphrase-2";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    public Api(URL deploymentUrl) {
        String url = deploymentUrl.toString().replace("://localhost:", "://127.0.0.1:");
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public String base() {
        return base;
    }

    public Response get(String path, String user, String password) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), user, password);
    }

    public Response post(String path, String json, String user, String password) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), user, password);
    }

    public Response put(String path, String json, String user, String password) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), user, password);
    }

    public Response delete(String path, String user, String password) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE(), user, password);
    }

    public Response postBytes(String path, byte[] body, String contentType, String user, String password) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), user, password);
    }

    /** A request without a body, authenticated with a bearer token. */
    public Response bearer(String method, String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b, null, null);
    }

    /** Any method with a raw body (bad-body tests). */
    public Response send(String method, String path, byte[] body, String contentType, String user, String password) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)), user, password);
    }

    /** Creates an account through the admin API and returns its name (password {@link #PASSWORD}). */
    public String newAccount(String prefix, String role, String mission, String memberState) {
        return newAccount(prefix, role, mission, memberState, false);
    }

    /** As {@link #newAccount(String, String, String, String)}; with {@code email}, the address is {@code <name>@blueledger.test}. */
    public String newAccount(String prefix, String role, String mission, String memberState, boolean email) {
        String name = prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String scope = (mission == null ? "" : ",\"mission\":\"" + mission + "\"")
                + (memberState == null ? "" : ",\"memberState\":\"" + memberState + "\"")
                + (email ? ",\"email\":\"" + name + "@blueledger.test\"" : "");
        Response r = post("/api/v1/admin/users", "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD
                + "\",\"roles\":[\"" + role + "\"]" + scope + "}", ADMIN, ADMIN_PASSWORD);
        if (r.status() != 201) {
            throw new IllegalStateException("could not create " + role + ": " + r.status() + " " + r.body());
        }
        return name;
    }

    /** Files an allegation (JSON) as {@code user}, asserts it was accepted (201) and returns its reference. */
    public String fileCase(String json, String user) {
        return filed(json, user).getString("reference");
    }

    /** Files an allegation (JSON) as {@code user}, asserts it was accepted (201) and returns the case as stored. */
    public JsonObject filed(String json, String user) {
        Response r = post("/api/v1/allegations", json, user, PASSWORD);
        org.junit.jupiter.api.Assertions.assertEquals(201, r.status(), r.body());
        return r.json();
    }

    /** The case as {@code user} reads it through the API. */
    public JsonObject allegation(String reference, String user) {
        return get("/api/v1/allegations/" + reference, user, PASSWORD).json();
    }

    /** The response's JSON, once it is asserted to be 200 or 201. */
    public static JsonObject ok(Response r) {
        org.junit.jupiter.api.Assertions.assertTrue(r.status() == 200 || r.status() == 201, r.status() + " " + r.body());
        return r.json();
    }

    private Response send(HttpRequest.Builder request, String user, String password) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String body, HttpResponse<String> raw) {

        public JsonObject json() {
            try (JsonReader r = Json.createReader(new StringReader(body))) {
                return r.readObject();
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }
    }
}
