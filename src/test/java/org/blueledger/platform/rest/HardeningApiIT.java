package org.blueledger.platform.rest;

import jakarta.json.JsonObject;
import org.blueledger.testsupport.Api;
import org.blueledger.testsupport.ClientTest;
import org.blueledger.testsupport.TestDatabase;
import org.blueledger.testsupport.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.blueledger.testsupport.Api.ADMIN;
import static org.blueledger.testsupport.Api.ADMIN_PASSWORD;
import static org.blueledger.testsupport.Api.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The findings of the hardening issue, over HTTP against the deployed WAR: bad bodies, date
 * edges, races, denied access audited under the case, small holes. The database outage is
 * {@link DatabaseOutageApiIT}'s, which runs alone.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HardeningApiIT extends ClientTest {

    String officer;
    String chief;

    @BeforeEach
    void setUp() {
        officer = api.newAccount("hco", "CONDUCT_OFFICER", "UNMISS", null);
        chief = api.newAccount("hchief", "CHIEF_OF_CONDUCT", "UNMISS", null);
    }

    static String body(String receivedOn, String nationality) {
        return """
                {"mission":"UNMISS","receivedOn":"%s","incidentDate":null,"kind":"SEA",
                 "seaType":"SEXUAL_EXPLOITATION","seriousness":"SERIOUS",
                 "source":"HOTLINE","summary":"Hardening test report.","location":"Juba",
                 "subjects":[{"personnelCategory":"MILITARY_CONTINGENT","nationality":"%s","sex":"MALE"}],
                 "victims":[{"sex":"FEMALE","ageGroup":"ADULT"}]}
                """.formatted(receivedOn, nationality);
    }

    private String file() {
        Api.Response r = api.post(CASES, body("2020-03-02", "NPL"), officer, PASSWORD);
        assertEquals(201, r.status(), r.body());
        return r.json().getString("reference");
    }

    /**
     * The cases this test's officer and chief filed, in the database (other classes file cases
     * in the same mission meanwhile, so the mission's total would not do): the rejected
     * requests are sent by either.
     */
    private long total() {
        return TestDatabase.casesFiledBy(officer) + TestDatabase.casesFiledBy(chief);
    }

    private static void assertProblemNaming(Api.Response r, int status, String field) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertTrue(r.json().getJsonArray("errors").stream()
                        .anyMatch(e -> e.asJsonObject().getString("field").equals(field)),
                "expected a problem naming " + field + ": " + r.body());
    }

    // --- 1. bad bodies ---------------------------------------------------------------------

    @Test
    @Order(1)
    void everyJsonEndpointAnswersABadBodyWith400NamingTheBody() {
        String ref = file();
        assertEquals(1, TestDatabase.casesFiledBy(officer), "the count sees the case just filed by this test's new officer");
        List<String[]> endpoints = List.of(
                new String[] {"POST", CASES, chief},
                new String[] {"PUT", CASES + "/" + ref, chief},
                new String[] {"POST", CASES + "/" + ref + "/status", chief},
                new String[] {"POST", CASES + "/" + ref + "/assignments", chief},
                new String[] {"POST", CASES + "/" + ref + "/investigations", chief},
                new String[] {"POST", CASES + "/" + ref + "/notifications", chief},
                new String[] {"POST", CASES + "/" + ref + "/actions", chief},
                new String[] {"POST", "/api/v1/notifications/1/response", chief},
                new String[] {"POST", "/api/v1/admin/users", ADMIN},
                new String[] {"POST", "/api/v1/admin/action-types", ADMIN});
        Map<String, byte[]> bodies = Map.of(
                "empty", new byte[0],
                "one byte", "{".getBytes(StandardCharsets.US_ASCII),
                "deep nesting", "[".repeat(5000).getBytes(StandardCharsets.US_ASCII),
                "invalid UTF-8", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}'});
        long before = total();
        List<String> failures = new ArrayList<>();
        for (String[] e : endpoints) {
            String password = e[2].equals(ADMIN) ? ADMIN_PASSWORD : PASSWORD;
            for (var b : bodies.entrySet()) {
                Api.Response r = api.send(e[0], e[1], b.getValue(), "application/json", e[2], password);
                boolean ok = r.status() == 400 && r.contentType().startsWith("application/problem+json")
                        && r.body().contains("\"field\":\"body\"");
                if (!ok) {
                    failures.add(e[0] + " " + e[1] + " with " + b.getKey() + " body: " + r.status() + " " + r.body());
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(before, total(), "a rejected request changes nothing");
    }

    @Test
    @Order(2)
    void aNulInACountryCodeOrALowerCaseCodeIsRefusedNamingTheField() {
        assertProblemNaming(api.post(CASES, body("2020-03-02", "NP\\u0000L"), officer, PASSWORD), 400,
                "subjects[0].nationality");
        assertProblemNaming(api.post(CASES, body("2020-03-02", "npl"), officer, PASSWORD), 400,
                "subjects[0].nationality");
        String ref = file();
        assertProblemNaming(api.post(CASES + "/" + ref + "/notifications",
                "{\"memberState\":\"npl\",\"sentOn\":\"2020-03-03\",\"requestsNio\":true}", chief, PASSWORD), 400,
                "memberState");
        assertProblemNaming(api.post("/api/v1/admin/users", "{\"username\":\"" + unique("ls") + "\",\"password\":\""
                        + PASSWORD + "\",\"roles\":[\"MEMBER_STATE_LIAISON\"],\"memberState\":\"npl\"}", ADMIN, ADMIN_PASSWORD),
                400, "memberState");
    }

    @Test
    @Order(3)
    void hugeNumbersAreAFieldErrorNotAHang() {
        String ref = file();
        Api.Response r = api.post(CASES + "/" + ref + "/status",
                "{\"status\":\"UNDER_REVIEW_LIMITED_INFORMATION\",\"version\":1e999999999}", chief, PASSWORD);
        assertProblemNaming(r, 400, "version");
    }

    // --- 2. dates ----------------------------------------------------------------------------

    @ParameterizedTest
    @Order(4)
    @ValueSource(strings = {"1582-10-10", "0000-01-01", "-0001-01-01", "-999999999-01-01", "+10000-01-01",
            "1947-12-31", "2021-02-30"})
    void aDateBefore1948OrOutsideFourDigitYearsIsRefusedAndNothingStored(String date) {
        long before = total();
        assertProblemNaming(api.post(CASES, body(date, "NPL"), officer, PASSWORD), 400, "receivedOn");
        assertEquals(before, total());
    }

    @Test
    @Order(5)
    void theEarliestDateIsStoredExactlyAsAcknowledged() {
        Api.Response r = api.post(CASES, body("1948-01-01", "NPL"), officer, PASSWORD);
        assertEquals(201, r.status(), r.body());
        assertEquals("1948-01-01", r.json().getString("receivedOn"));
        String ref = r.json().getString("reference");
        assertTrue(ref.startsWith("UNMISS-1948-"), ref);
        assertEquals("1948-01-01", api.get(CASES + "/" + ref, officer, PASSWORD).json().getString("receivedOn"));
    }

    @ParameterizedTest
    @Order(6)
    @ValueSource(strings = {"+1000000-01-01", "-0001-01-01", "1582-10-15", "99999-12-31"})
    void filterDatesOutsideTheContractAre400(String date) {
        assertProblemNaming(api.get(CASES + "?receivedTo=" + date, chief, PASSWORD), 400, "receivedTo");
        assertProblemNaming(api.get(CASES + "?receivedFrom=" + date, chief, PASSWORD), 400, "receivedFrom");
    }

    // --- 3. races ----------------------------------------------------------------------------

    @Test
    @Order(7)
    void sixteenClientsCreatingTheSameAccountGetOne201AndOnly409s() throws Exception {
        String name = unique("race");
        String json = "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD
                + "\",\"roles\":[\"CONDUCT_OFFICER\"],\"mission\":\"UNMISS\"}";
        Map<Integer, Long> statuses = race(16, () -> api.post("/api/v1/admin/users", json, ADMIN, ADMIN_PASSWORD).status());
        assertEquals(1L, statuses.getOrDefault(201, 0L), statuses.toString());
        assertEquals(15L, statuses.getOrDefault(409, 0L), statuses.toString());
    }

    @Test
    @Order(8)
    void concurrentIdenticalAssignmentsGetOne201AndOnly409s() throws Exception {
        String ref = file();
        String other = api.newAccount("hco2", "CONDUCT_OFFICER", "UNMISS", null);
        String json = "{\"username\":\"" + other + "\",\"role\":\"CONDUCT_OFFICER\"}";
        Map<Integer, Long> statuses = race(16, () -> api.post(CASES + "/" + ref + "/assignments", json, chief, PASSWORD).status());
        assertEquals(1L, statuses.getOrDefault(201, 0L), statuses.toString());
        assertEquals(15L, statuses.getOrDefault(409, 0L), statuses.toString());
    }

    private static Map<Integer, Long> race(int clients, Callable<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get());
            }
            return statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        } finally {
            pool.shutdownNow();
        }
    }

    // --- 8, 9, 10. separation of duties, denials under the case, small holes -----------------

    @Test
    @Order(9)
    void adminAndAuditorHoldNoOtherRole() {
        for (String roles : List.of("\"ADMIN\",\"VICTIMS_RIGHTS\"", "\"AUDITOR\",\"CHIEF_OF_CONDUCT\"", "\"ADMIN\",\"AUDITOR\"")) {
            Api.Response r = api.post("/api/v1/admin/users", "{\"username\":\"" + unique("sod") + "\",\"password\":\""
                    + PASSWORD + "\",\"roles\":[" + roles + "],\"mission\":\"UNMISS\"}", ADMIN, ADMIN_PASSWORD);
            assertProblemNaming(r, 400, "roles");
        }
    }

    @Test
    @Order(10)
    void aForbiddenReadOfACaseIsAuditedUnderTheCasesReference() {
        String ref = file();
        String statistician = api.newAccount("hstat", "STATISTICIAN", null, null);
        assertEquals(403, api.get(CASES + "/" + ref, statistician, PASSWORD).status());
        String auditor = api.newAccount("haud", "AUDITOR", null, null);
        JsonObject page = api.get("/api/v1/audit?reference=" + ref + "&user=" + statistician, auditor, PASSWORD).json();
        assertTrue(page.getJsonArray("items").stream().map(v -> v.asJsonObject())
                        .anyMatch(e -> e.getString("outcome").equals("DENIED") && e.getString("reference").equals(ref)),
                page.toString());
    }

    @Test
    @Order(11)
    void aNameThatIsNoAccountIsNotWrittenIntoTheTrail() {
        String typed = "Correct-Horse-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(401, api.get(CASES, typed, "whatever-password").status());
        String auditor = api.newAccount("haud2", "AUDITOR", null, null);
        JsonObject page = api.get("/api/v1/audit?user=" + typed, auditor, PASSWORD).json();
        assertEquals(0, page.getInt("total"), page.toString());
        assertFalse(api.get("/api/v1/audit?action=LOGIN&size=200", auditor, PASSWORD).body().contains(typed));
    }

    @Test
    @Order(12)
    void locationsAreAbsolutePathsNotBuiltFromTheHostHeader() {
        Api.Response r = api.post(CASES, body("2020-03-02", "NPL"), officer, PASSWORD);
        assertEquals(201, r.status());
        String location = r.header("Location");
        assertTrue(location.startsWith("/") && location.endsWith(CASES + "/" + r.json().getString("reference")), location);
    }

    @Test
    @Order(13)
    void containerAnswersCarryTheSecurityHeadersAndRevealNoRuntime() {
        Api.Response unauthenticated = api.get(CASES, null, null);
        assertEquals(401, unauthenticated.status());
        Api.Response redirect = api.get("/dashboard.xhtml", null, null);
        assertEquals(302, redirect.status());
        for (Api.Response r : List.of(unauthenticated, redirect)) {
            assertEquals("DENY", r.header("X-Frame-Options"));
            assertEquals("nosniff", r.header("X-Content-Type-Options"));
            assertEquals("no-store", r.header("Cache-Control"));
            assertNotNull(r.header("Content-Security-Policy"));
        }
        Api.Response wadl = api.get("/api/v1/application.wadl", chief, PASSWORD);
        assertEquals(404, wadl.status());
        assertFalse(wadl.body().contains("Jersey"));
        assertEquals(404, api.get("/error-dispatch", chief, PASSWORD).status());
    }

    @Test
    @Order(13)
    void metricsAreReadByTheAdministratorOnly() {
        for (String user : List.of(chief, api.newAccount("hstat", "STATISTICIAN", null, null))) {
            java.net.http.HttpResponse<String> refused = WebSession.signIn(api.base(), user, PASSWORD).get("/metrics");
            assertEquals(404, refused.statusCode(), user);
            assertFalse(refused.body().contains("# TYPE"), user);
        }
        java.net.http.HttpResponse<String> admin = WebSession.signIn(api.base(), ADMIN, ADMIN_PASSWORD).get("/metrics");
        assertEquals(200, admin.statusCode());
        assertTrue(admin.body().contains("# TYPE"), admin.body());
    }

    @Test
    @Order(13)
    void unknownMethodsAre405NotAServerError() {
        for (String method : List.of("QUERY", "PROPFIND", "FOO")) {
            for (String path : List.of(CASES, "/health", "/login.xhtml", "/openapi")) {
                Api.Response r = api.send(method, path, new byte[0], "application/json", chief, PASSWORD);
                assertEquals(405, r.status(), method + " " + path + ": " + r.body());
                assertNotNull(r.header("Allow"), method + " " + path);
            }
        }
        assertEquals(405, api.send("QUERY", CASES, new byte[0], "application/json", chief, PASSWORD).status());
    }

    @Test
    @Order(13)
    void theSignInPageKeepsNoSessionForAnonymousVisitorsAndAFailedSignInWithoutJavaScriptSaysWhy() throws Exception {
        java.net.http.HttpClient anonymous = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpResponse<String> page = anonymous.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(api.base() + "/login.xhtml")).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("BLUELEDGER_SESSION")),
                page.headers().allValues("Set-Cookie").toString());
        java.util.regex.Matcher viewState = java.util.regex.Pattern
                .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(viewState.find());
        java.util.regex.Matcher nonce = java.util.regex.Pattern
                .compile("name=\"primefaces.nonce\" value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(nonce.find(), "the form carries the script nonce itself, for browsers without JavaScript");
        // what a browser without JavaScript posts: the form's own fields, nothing a script adds
        String form = "loginForm=loginForm&loginForm%3Ausername=" + chief + "&loginForm%3Apassword=wrong-password-1"
                + "&loginForm%3AsignIn=&primefaces.nonce=" + java.net.URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8)
                + "&jakarta.faces.ViewState=" + java.net.URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        java.net.http.HttpResponse<String> failed = anonymous.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(api.base() + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, failed.statusCode(), failed.body());
        assertTrue(failed.body().contains("loginForm:messages") && failed.body().contains("ui-messages-error"), failed.body());
        assertTrue(failed.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("BLUELEDGER_SESSION")),
                failed.headers().allValues("Set-Cookie").toString());
        // the stateless page has no view-state token: another site's form posting the right password is refused
        String right = form.replace("wrong-password-1", java.net.URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8));
        for (String[] header : List.of(new String[] {"Sec-Fetch-Site", "cross-site"}, new String[] {"Origin", "http://evil.example"})) {
            java.net.http.HttpResponse<String> forged = anonymous.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(api.base() + "/login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header(header[0], header[1])
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(right)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, forged.statusCode(), header[0]);
            assertTrue(forged.body().contains("sent from another site"), header[0] + ": " + forged.body());
            assertTrue(forged.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("BLUELEDGER_SESSION")), header[0]);
        }
    }

    @Test
    @Order(13)
    void aFormPostedWithAViewStateThatIsNoViewGetsThePageAgain() {
        WebSession session = WebSession.signIn(api.base(), chief, PASSWORD);
        for (String viewState : List.of("stateless", "-1:-1", "")) {
            java.net.http.HttpResponse<String> r = session.post("/dashboard.xhtml",
                    "headerForm=headerForm&headerForm%3AlangFr=headerForm%3AlangFr&jakarta.faces.ViewState=" + viewState);
            assertEquals(200, r.statusCode(), viewState + ": " + r.body());
            assertTrue(r.body().contains("id=\"welcome\""), viewState);
        }
    }

    // --- 6. tokens ----------------------------------------------------------------------------

    @Test
    @Order(14)
    void aTokenWorksWithoutThePasswordAndEndsWhenTheAccountIsDisabled() throws Exception {
        String user = api.newAccount("htok", "HQ_CONDUCT", null, null);
        Api.Response issued = api.send("POST", "/api/v1/auth/tokens", new byte[0], "application/json", user, PASSWORD);
        assertEquals(201, issued.status(), issued.body());
        String token = issued.json().getString("token");
        assertEquals(200, api.bearer("GET", CASES, token).status());
        assertEquals(401, api.bearer("GET", CASES, token + "x").status());
        assertEquals(401, api.bearer("GET", CASES, "not-a-token").status());
        assertEquals(401, api.send("POST", "/api/v1/auth/tokens", new byte[0], "application/json", null, null).status());
        // a token does not mint tokens: issuing needs the password again
        Api.Response fromToken = api.send("POST", "/api/v1/auth/tokens", "{}".getBytes(), "application/json", null, null);
        assertEquals(401, fromToken.status());
        // disabling the account ends its tokens at once (here as the accounts page does it, in the database)
        try (java.sql.Connection c = TestDatabase.connection();
             java.sql.PreparedStatement st = c.prepareStatement("UPDATE app_user SET enabled = FALSE WHERE username = ?")) {
            st.setString(1, user);
            assertEquals(1, st.executeUpdate());
        }
        assertEquals(401, api.bearer("GET", CASES, token).status());
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
