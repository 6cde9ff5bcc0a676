package org.blueledger.security.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.blueledger.testsupport.Api;
import org.blueledger.testsupport.ClientTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.blueledger.testsupport.Api.ADMIN;
import static org.blueledger.testsupport.Api.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The account API and HTTP authentication, over HTTP against the deployed WAR on Payara Micro
 * and MariaDB: 401 without credentials, 403 for every role but ADMIN, 201 for the administrator,
 * 400 naming every bad field (and nothing stored), 409 for a taken name, throttling instead of lockout.
 */
class AccountsApiIT extends ClientTest {

    static final String PASSWORD = "Correct-Horse-Battery-9";

    @Test
    void withoutCredentialsTheApiAnswers401WithABasicChallengeAndAProblem() {
        Api.Response r = api.get("/api/v1/allegations", null, null);
        assertEquals(401, r.status());
        assertTrue(r.header("WWW-Authenticate").startsWith("Basic "), r.header("WWW-Authenticate"));
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertEquals(401, r.json().getInt("status"));
        assertFalse(r.body().contains("Exception"));
    }

    @Test
    void aWrongPasswordAnswers401() {
        Api.Response r = api.get("/api/v1/admin/users", ADMIN, "not-the-password-at-all");
        assertEquals(401, r.status());
        assertNotNull(r.header("WWW-Authenticate"));
    }

    @Test
    void anUnknownUserAnswers401LikeAWrongPassword() {
        Api.Response r = api.get("/api/v1/admin/users", unique("nobody"), PASSWORD);
        assertEquals(401, r.status());
        assertEquals(401, r.json().getInt("status"));
    }

    @Test
    void healthReportsTheDatabaseReady() {
        Api.Response r = server().get("/health", null, null);
        assertEquals(200, r.status(), r.body());
        assertEquals("UP", r.json().getString("status"));
        assertTrue(r.body().contains("\"database\""), r.body());
    }

    @Test
    void theOpenApiDocumentDescribesTheAccountApi() {
        Api.Response r = server().get("/openapi", null, null);
        assertEquals(200, r.status());
        assertTrue(r.body().contains("/admin/users"), r.body());
    }

    @Test
    void theAdministratorCreatesAnAccountAndReadsItBack() {
        String name = unique("co");
        Api.Response created = api.post("/api/v1/admin/users", """
                {"username":"%s","password":"%s","roles":["CONDUCT_OFFICER"],"mission":"UNMISS"}
                """.formatted(name, PASSWORD), ADMIN, ADMIN_PASSWORD);
        assertEquals(201, created.status(), created.body());
        assertTrue(created.header("Location").endsWith("/api/v1/admin/users/" + name), created.header("Location"));
        JsonObject body = created.json();
        assertEquals(name, body.getString("username"));
        assertEquals("UNMISS", body.getString("mission"));
        assertEquals("CONDUCT_OFFICER", body.getJsonArray("roles").getString(0));
        assertFalse(body.containsKey("password"));
        assertFalse(created.body().contains("PBKDF2"));

        Api.Response read = api.get("/api/v1/admin/users/" + name, ADMIN, ADMIN_PASSWORD);
        assertEquals(200, read.status());
        assertEquals(name, read.json().getString("username"));
        // and the new account can authenticate (it is not an admin, so the admin API refuses it)
        assertEquals(403, api.get("/api/v1/admin/users", name, PASSWORD).status());
    }

    @ParameterizedTest
    @EnumSource(value = org.blueledger.security.domain.Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void everyRoleButAdminIsForbiddenTheAccountApi(org.blueledger.security.domain.Role role) {
        String name = unique(role.name().toLowerCase().replace('_', '-'));
        String scope = role.requiresMission() ? ",\"mission\":\"MINUSCA\""
                : role.requiresMemberState() ? ",\"memberState\":\"NPL\"" : "";
        Api.Response created = api.post("/api/v1/admin/users", """
                {"username":"%s","password":"%s","roles":["%s"]%s}
                """.formatted(name, PASSWORD, role.name(), scope), ADMIN, ADMIN_PASSWORD);
        assertEquals(201, created.status(), created.body());

        Api.Response list = api.get("/api/v1/admin/users", name, PASSWORD);
        assertEquals(403, list.status(), role + " listed accounts");
        assertTrue(list.contentType().startsWith("application/problem+json"), list.contentType());
        Api.Response create = api.post("/api/v1/admin/users", """
                {"username":"%s","password":"%s","roles":["ADMIN"]}
                """.formatted(unique("escalate"), PASSWORD), name, PASSWORD);
        assertEquals(403, create.status(), role + " created an account");
    }

    @Test
    void anAccountMayCarryAnEmailAddressForRemindersAndABadOneIsNamed() {
        String name = unique("mail");
        Api.Response bad = api.post("/api/v1/admin/users", """
                {"username":"%s","password":"%s","roles":["HQ_CONDUCT"],"email":"not an address"}
                """.formatted(name, PASSWORD), ADMIN, ADMIN_PASSWORD);
        assertEquals(400, bad.status(), bad.body());
        assertEquals(Set.of("email"), fields(bad.json()));
        assertEquals(404, api.get("/api/v1/admin/users/" + name, ADMIN, ADMIN_PASSWORD).status(), "nothing stored");
        Api.Response created = api.post("/api/v1/admin/users", """
                {"username":"%s","password":"%s","roles":["HQ_CONDUCT"],"email":" %s@un.example "}
                """.formatted(name, PASSWORD, name), ADMIN, ADMIN_PASSWORD);
        assertEquals(201, created.status(), created.body());
        assertEquals(name + "@un.example", api.get("/api/v1/admin/users/" + name, ADMIN, ADMIN_PASSWORD).json()
                .getString("email"));

        String path = "/api/v1/admin/users/" + name + "/email";
        Api.Response wrong = api.put(path, "{\"email\":\"nobody at all\"}", ADMIN, ADMIN_PASSWORD);
        assertEquals(400, wrong.status(), wrong.body());
        assertEquals(Set.of("email"), fields(wrong.json()));
        assertEquals(name + "@un.example", api.get("/api/v1/admin/users/" + name, ADMIN, ADMIN_PASSWORD).json()
                .getString("email"), "unchanged by a bad address");
        assertEquals(403, api.put(path, "{\"email\":\"x@un.example\"}", name, PASSWORD).status(), "not by the account itself");
        long version = api.get("/api/v1/admin/users/" + name, ADMIN, ADMIN_PASSWORD).json().getJsonNumber("version").longValue();
        Api.Response changed = api.put(path, "{\"email\":\"new." + name + "@un.example\",\"version\":" + version + "}",
                ADMIN, ADMIN_PASSWORD);
        assertEquals(200, changed.status(), changed.body());
        assertEquals("new." + name + "@un.example", changed.json().getString("email"));
        assertEquals(409, api.put(path, "{\"email\":\"stale@un.example\",\"version\":" + version + "}",
                ADMIN, ADMIN_PASSWORD).status(), "a change based on the old version is refused");
        Api.Response removed = api.put(path, "{\"email\":null}", ADMIN, ADMIN_PASSWORD);
        assertEquals(200, removed.status(), removed.body());
        assertFalse(removed.json().containsKey("email"), "no address: no reminders");
        assertEquals(404, api.put("/api/v1/admin/users/" + unique("ghost") + "/email", "{\"email\":null}",
                ADMIN, ADMIN_PASSWORD).status());
    }

    @Test
    void withoutAnSmtpHostRemindersAreOffAndARunIsRefusedClearly() {
        Api.Response summary = api.get("/api/v1/admin/reminders", ADMIN, ADMIN_PASSWORD);
        assertEquals(200, summary.status(), summary.body());
        assertFalse(summary.json().getBoolean("enabled"));
        Api.Response run = api.post("/api/v1/admin/reminders/run", "", ADMIN, ADMIN_PASSWORD);
        assertEquals(409, run.status(), run.body());
        assertTrue(run.json().getString("detail").contains("SMTP"), run.body());
        String officer = unique("co-rem");
        assertEquals(201, api.post("/api/v1/admin/users", """
                {"username":"%s","password":"%s","roles":["CHIEF_OF_CONDUCT"],"mission":"UNMISS"}
                """.formatted(officer, PASSWORD), ADMIN, ADMIN_PASSWORD).status());
        assertEquals(403, api.get("/api/v1/admin/reminders", officer, PASSWORD).status());
        assertEquals(403, api.post("/api/v1/admin/reminders/run", "", officer, PASSWORD).status());
    }

    @Test
    void badInputNamesEveryBadFieldAndStoresNothing() {
        String name = unique("bad");
        Api.Response r = api.post("/api/v1/admin/users", """
                {"username":"%s","password":"short","roles":["CONDUCT_OFFICER","GENERAL"],"memberState":"XXX"}
                """.formatted(name), ADMIN, ADMIN_PASSWORD);
        assertEquals(400, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"));
        Set<String> fields = fields(r.json());
        assertEquals(Set.of("password", "roles[1]", "mission", "memberState"), fields, r.body());
        assertEquals(404, api.get("/api/v1/admin/users/" + name, ADMIN, ADMIN_PASSWORD).status());
    }

    @Test
    void aLiaisonWithoutMemberStateIsRefused() {
        Api.Response r = api.post("/api/v1/admin/users", """
                {"username":"%s","password":"%s","roles":["MEMBER_STATE_LIAISON"]}
                """.formatted(unique("liaison"), PASSWORD), ADMIN, ADMIN_PASSWORD);
        assertEquals(400, r.status());
        assertEquals(Set.of("memberState"), fields(r.json()));
    }

    @Test
    void anUnknownRoleIsRefused() {
        Api.Response r = api.post("/api/v1/admin/users", """
                {"username":"%s","password":"%s","roles":["SUPERUSER"]}
                """.formatted(unique("role"), PASSWORD), ADMIN, ADMIN_PASSWORD);
        assertEquals(400, r.status());
        assertEquals(Set.of("roles[0]"), fields(r.json()));
    }

    @Test
    void aCommonPasswordIsRefusedEvenWhenLongEnough() {
        Api.Response r = api.post("/api/v1/admin/users", """
                {"username":"%s","password":"password1234","roles":["AUDITOR"]}
                """.formatted(unique("common")), ADMIN, ADMIN_PASSWORD);
        assertEquals(400, r.status());
        assertEquals(Set.of("password"), fields(r.json()));
    }

    @Test
    void malformedJsonAnswers400WithAProblem() {
        Api.Response r = api.post("/api/v1/admin/users", "{\"username\": \"x\", ", ADMIN, ADMIN_PASSWORD);
        assertEquals(400, r.status(), r.body());
        assertEquals(400, api.post("/api/v1/admin/users", "[\"admin\"]", ADMIN, ADMIN_PASSWORD).status());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertFalse(r.body().contains("at org."), r.body());
    }

    @Test
    void aTakenUserNameAnswers409() {
        String name = unique("dup");
        String body = """
                {"username":"%s","password":"%s","roles":["STATISTICIAN"]}""".formatted(name, PASSWORD);
        assertEquals(201, api.post("/api/v1/admin/users", body, ADMIN, ADMIN_PASSWORD).status());
        Api.Response again = api.post("/api/v1/admin/users", body, ADMIN, ADMIN_PASSWORD);
        assertEquals(409, again.status());
        assertEquals(409, again.json().getInt("status"));
    }

    @Test
    void repeatedFailuresThrottleTheGuessingAddressButLockNobodyOut() throws Exception {
        String name = unique("throttle");
        assertEquals(201, api.post("/api/v1/admin/users", """
                {"username":"%s","password":"%s","roles":["AUDITOR"]}""".formatted(name, PASSWORD),
                ADMIN, ADMIN_PASSWORD).status());
        assertEquals(403, api.get("/api/v1/admin/users", name, PASSWORD).status(), "the right password works before");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, api.get("/api/v1/admin/users", name, "Wrong-Password-" + i).status());
        }
        Api.Response throttled = api.get("/api/v1/admin/users", name, PASSWORD);
        assertEquals(429, throttled.status(), "the guessing address is slowed down, even with the right password");
        assertTrue(Long.parseLong(throttled.header("Retry-After")) > 0);
        assertEquals(429, throttled.json().getInt("status"));
        assertFalse(throttled.body().contains("locked"), "nothing tells whether the account exists");
        // the same account from another address still works: nobody was locked out
        assertEquals(403, statusFrom("127.0.0.2", "/api/v1/admin/users", name, PASSWORD));
        assertFalse(api.get("/api/v1/admin/users/" + name, ADMIN, ADMIN_PASSWORD).json().getBoolean("locked"));
        // and an unknown name is throttled the same way, so 429 reveals nothing either
        String nobody = unique("nobody");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, api.get("/api/v1/admin/users", nobody, "Wrong-Password-" + i).status());
        }
        assertEquals(429, api.get("/api/v1/admin/users", nobody, PASSWORD).status());
    }

    /** A GET with Basic credentials sent from another loopback address, over a plain socket. */
    private int statusFrom(String localAddress, String path, String user, String password) throws Exception {
        java.net.URI base = java.net.URI.create(api.base());
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.bind(new java.net.InetSocketAddress(localAddress, 0));
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", base.getPort()), 5000);
            socket.setSoTimeout(30_000);
            String auth = java.util.Base64.getEncoder().encodeToString((user + ":" + password)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String request = "GET " + base.getRawPath() + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Authorization: Basic " + auth + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    @Test
    void apiResponsesCarrySecurityHeaders() {
        Api.Response r = api.get("/api/v1/admin/users", ADMIN, ADMIN_PASSWORD);
        assertEquals(200, r.status());
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
        assertTrue(r.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertTrue(r.json().getJsonArray("items").size() >= 1);
        assertTrue(r.json().getInt("total") >= 1);
    }

    private static Set<String> fields(JsonObject problem) {
        JsonArray errors = problem.getJsonArray("errors");
        return errors.getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).collect(Collectors.toSet());
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
