package org.blueledger.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.blueledger.testsupport.Api;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the fuzz test points its requests at: accounts for every role a write needs (with bearer
 * tokens, so that a request costs no password hashing), and a case with subjects, a victim, an
 * investigation, a notification, a criminal referral, a paternity claim and an assistance
 * referral, plus a Trust Fund project and an action type. A record that cannot be made is
 * replaced by id 1 (the requests then mostly answer 404, which is still no server error).
 */
final class FuzzFixture {

    private final Api api;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, String> tokens = new HashMap<>();
    private final String officer;
    private final String tokenUser;
    private String lastBody = "";

    FuzzFixture(URL url) {
        api = new Api(url);
        String chief = api.newAccount("fz-chief", "CHIEF_OF_CONDUCT", "UNMISS", null);
        officer = api.newAccount("fz-co", "CONDUCT_OFFICER", "UNMISS", null);
        String liaison = api.newAccount("fz-npl", "MEMBER_STATE_LIAISON", null, "NPL");
        String victims = api.newAccount("fz-vr", "VICTIMS_RIGHTS", null, null);
        tokenUser = api.newAccount("fz-stat", "STATISTICIAN", null, null);
        tokens.put("admin", token(Api.ADMIN, Api.ADMIN_PASSWORD));
        tokens.put("chief", token(chief, Api.PASSWORD));
        tokens.put("liaison", token(liaison, Api.PASSWORD));
        tokens.put("victims", token(victims, Api.PASSWORD));

        LocalDate today = LocalDate.now();
        JsonObject c = create("chief", "/allegations", """
                {"mission":"UNMISS","receivedOn":"%s","incidentDate":"%s","kind":"SEA","seaType":"SEXUAL_EXPLOITATION",
                 "seriousness":"SERIOUS","source":"HOTLINE","summary":"Fuzz fixture.","location":"Juba",
                 "subjects":[{"personnelCategory":"MILITARY_CONTINGENT","nationality":"NPL","sex":"MALE","name":"S One"},
                             {"personnelCategory":"INTERNATIONAL_STAFF","nationality":"NPL","sex":"MALE","name":"S Two"}],
                 "victims":[{"sex":"FEMALE","ageGroup":"ADULT","name":"V One"}]}
                """.formatted(today.minusDays(40), today.minusDays(50)));
        String reference = c == null ? "UNMISS-2018-0001" : c.getString("reference");
        ids.put("reference", reference);
        ids.put("subject", c == null ? "1" : Long.toString(c.getJsonArray("subjects").getJsonObject(0).getJsonNumber("id").longValue()));
        ids.put("staff", c == null ? "1" : Long.toString(c.getJsonArray("subjects").getJsonObject(1).getJsonNumber("id").longValue()));
        ids.put("victim", c == null ? "1" : Long.toString(c.getJsonArray("victims").getJsonObject(0).getJsonNumber("id").longValue()));
        String base = "/allegations/" + reference;
        put("investigations", create("chief", base + "/investigations",
                "{\"entity\":\"OIOS\",\"startedOn\":\"" + today.minusDays(30) + "\",\"subjectIds\":[" + ids.get("subject") + "]}"));
        put("notifications", create("chief", base + "/notifications",
                "{\"memberState\":\"NPL\",\"sentOn\":\"" + today.minusDays(30) + "\",\"requestsNio\":true}"));
        put("criminal-referrals", create("chief", base + "/criminal-referrals",
                "{\"subjectId\":" + ids.get("staff") + ",\"referredTo\":\"NPL\",\"referredOn\":\"" + today.minusDays(20) + "\"}"));
        put("paternity-claims", create("victims", base + "/paternity-claims",
                "{\"victimId\":" + ids.get("victim") + ",\"subjectId\":" + ids.get("subject") + ",\"receivedOn\":\""
                        + today.minusDays(20) + "\",\"claimant\":\"VICTIM\",\"child\":{\"sex\":\"FEMALE\"}}"));
        put("referrals", create("victims", base + "/victims/" + ids.get("victim") + "/referrals",
                "{\"type\":\"MEDICAL\",\"referredOn\":\"" + today.minusDays(10) + "\",\"provider\":\"Clinic\",\"consentOn\":\""
                        + today.minusDays(11) + "\"}"));
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        put("trust-fund-projects", create("admin", "/admin/trust-fund-projects",
                "{\"code\":\"FZ-" + suffix + "\",\"name\":\"Fuzz project\",\"country\":\"SSD\"}"));
        JsonObject type = create("admin", "/admin/action-types", "{\"code\":\"FZ_" + suffix.replace('-', '_')
                + "\",\"stage\":\"FINAL\",\"authority\":\"UN\",\"nameEn\":\"Fuzz\",\"nameFr\":\"Fuzz\"}");
        ids.put("code", type == null ? "FZ_NONE" : type.getString("code"));
    }

    private void put(String collection, JsonObject created) {
        ids.put(collection, created == null ? "1" : Long.toString(created.getJsonNumber("id").longValue()));
    }

    /** Values the generator uses for fields of these names in valid bodies. */
    Map<String, List<JsonValue>> hints() {
        Map<String, List<JsonValue>> h = new HashMap<>();
        h.put("subjectId", List.of(number("subject"), number("staff")));
        h.put("victimId", List.of(number("victim")));
        h.put("subjectIds", List.of(Json.createArrayBuilder().add(number("subject")).build()));
        h.put("investigationId", List.of(number("investigations")));
        h.put("version", List.of(Json.createValue(0), Json.createValue(1), Json.createValue(2)));
        h.put("type", List.of(Json.createValue(ids.get("code")), Json.createValue("MEDICAL"), Json.createValue("LEGAL")));
        return h;
    }

    private JsonValue number(String key) {
        return Json.createValue(Long.parseLong(ids.get(key)));
    }

    /** The API path (under /api/v1) for a path of the document, its parameters filled in. */
    String concrete(String template) {
        String path = template.contains("/api/v1") ? template.substring(template.indexOf("/api/v1") + 7) : template;
        String[] parts = path.split("/");
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            String value = switch (p) {
                case "{reference}" -> ids.get("reference");
                case "{victimId}" -> ids.get("victim");
                case "{username}" -> officer;
                case "{code}" -> ids.get("code");
                case "{id}" -> ids.getOrDefault(parts[i - 1], "1");
                default -> p.startsWith("{") ? "1" : p;
            };
            out.append('/').append(value);
        }
        return out.toString();
    }

    /** Sends a body as the caller entitled to the operation; the status. */
    int send(String method, String path, byte[] body, String template) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api.base() + "/api/v1" + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .method(method.toUpperCase(), HttpRequest.BodyPublishers.ofByteArray(body));
        if (template.endsWith("/auth/tokens")) {
            b.header("Authorization", basic(tokenUser, Api.PASSWORD));
        } else {
            b.header("Authorization", "Bearer " + tokens.get(caller(template)));
        }
        HttpResponse<String> r;
        try {
            r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            // a server may close the connection on a body it refuses unread (413); no answer is counted as 0
            lastBody = e.toString();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        lastBody = r.body() == null ? "" : r.body().length() > 400 ? r.body().substring(0, 400) : r.body();
        return r.statusCode();
    }

    String lastBody() {
        return lastBody;
    }

    private static String caller(String template) {
        if (template.contains("/admin/")) {
            return "admin";
        }
        if (template.contains("/notifications/{id}/response")) {
            return "liaison";
        }
        if (template.contains("paternity-claims") || template.contains("/referrals")) {
            return template.contains("criminal-referrals") ? "chief" : "victims";
        }
        return "chief";
    }

    private JsonObject create(String caller, String path, String json) {
        HttpResponse<String> r = exchange(HttpRequest.newBuilder(URI.create(api.base() + "/api/v1" + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + tokens.get(caller))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
        if (r.statusCode() != 201) {
            System.out.println("fuzz fixture: POST " + path + " -> " + r.statusCode() + " " + r.body());
            return null;
        }
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private String token(String user, String password) {
        HttpResponse<String> r = exchange(HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/auth/tokens"))
                .header("Content-Type", "application/json").header("Authorization", basic(user, password))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("no token for " + user + ": " + r.statusCode() + " " + r.body());
        }
        return Json.createReader(new StringReader(r.body())).readObject().getString("token");
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
