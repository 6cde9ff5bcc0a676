package org.blueledger.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.blueledger.testsupport.ClientTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAPI document the server publishes at {@code /openapi} (the server root, not under the
 * application's context path) is a typed contract: every JSON request body and every 2xx JSON
 * answer has a schema with properties, and the enums are api.md's.
 */
@org.junit.jupiter.api.Order(3) // a long class: at one end of the order (see the pom)
class OpenApiContractIT extends ClientTest {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    static JsonObject document(URL deployment) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String root = deployment.getProtocol() + "://127.0.0.1:" + deployment.getPort();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(root + "/openapi"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        Path dump = Path.of("target", "openapi.json");
        Files.createDirectories(dump.getParent());
        Files.writeString(dump, r.body());
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readObject();
        }
    }

    @Test
    void everyBodyAndEveryJsonAnswerIsTyped() throws Exception {
        JsonObject doc = document(url);
        List<String> untyped = new ArrayList<>();
        JsonObject paths = doc.getJsonObject("paths");
        for (String path : paths.keySet()) {
            JsonObject item = paths.getJsonObject(path);
            for (String method : item.keySet()) {
                if (!METHODS.contains(method)) {
                    continue;
                }
                String op = method.toUpperCase() + " " + path;
                JsonObject operation = item.getJsonObject(method);
                JsonObject body = operation.getJsonObject("requestBody");
                if (body != null) {
                    JsonObject content = body.getJsonObject("content");
                    if (content == null || content.isEmpty()) {
                        untyped.add(op + ": request body without content");
                    } else {
                        for (String media : content.keySet()) {
                            if (isJson(media) && !typed(doc, content.getJsonObject(media).getJsonObject("schema"), 0)) {
                                untyped.add(op + ": request body " + media + " is untyped: " + content.getJsonObject(media));
                            }
                        }
                    }
                }
                JsonObject responses = operation.getJsonObject("responses");
                boolean success = false;
                for (String code : responses == null ? Set.<String>of() : responses.keySet()) {
                    if (!code.startsWith("2")) {
                        continue;
                    }
                    success = true;
                    JsonObject content = responses.getJsonObject(code).getJsonObject("content");
                    if (content == null || content.isEmpty()) {
                        if (!code.equals("204")) {
                            untyped.add(op + ": answer " + code + " without content");
                        }
                        continue;
                    }
                    for (String media : content.keySet()) {
                        if (isJson(media) && !typed(doc, content.getJsonObject(media).getJsonObject("schema"), 0)) {
                            untyped.add(op + ": answer " + code + " " + media + " is untyped: " + content.getJsonObject(media));
                        }
                    }
                }
                if (!success) {
                    untyped.add(op + ": no 2xx answer documented");
                }
            }
        }
        stringsWithProperties(doc, "", untyped);
        assertTrue(untyped.isEmpty(), untyped.size() + " untyped:\n" + String.join("\n", untyped));
    }

    @Test
    void theEnumsFormatsAndRequiredFieldsAreApiMds() throws Exception {
        JsonObject doc = document(url);
        JsonObject filing = bodySchema(doc, "post", "/allegations");
        JsonObject props = filing.getJsonObject("properties");
        assertEquals(List.of("SEA", "OTHER_MISCONDUCT"), strings(props.getJsonObject("kind").getJsonArray("enum")));
        assertEquals(List.of("HOTLINE", "EMAIL", "COMPLAINT_BOX", "IN_PERSON", "COMMUNITY_NETWORK", "OIOS", "OTHER"),
                strings(props.getJsonObject("source").getJsonArray("enum")));
        assertEquals("date", props.getJsonObject("receivedOn").getString("format"));
        assertTrue(strings(filing.getJsonArray("required")).containsAll(List.of("mission", "receivedOn", "kind", "source",
                "summary")), filing.toString());
        JsonObject subject = resolve(doc, props.getJsonObject("subjects").getJsonObject("items"));
        assertEquals(List.of("INTERNATIONAL_STAFF", "NATIONAL_STAFF", "UN_VOLUNTEER", "MILITARY_CONTINGENT",
                "MILITARY_OBSERVER", "STAFF_OFFICER", "UN_POLICE", "FORMED_POLICE_UNIT", "CONTRACTOR"),
                strings(subject.getJsonObject("properties").getJsonObject("personnelCategory").getJsonArray("enum")));
        assertEquals("^[A-Z]{3}$", subject.getJsonObject("properties").getJsonObject("nationality").getString("pattern"));

        List<String> statuses = List.of("PRELIMINARY_ASSESSMENT", "UNDER_REVIEW_LIMITED_INFORMATION", "UNDER_INVESTIGATION",
                "SUBSTANTIATED", "NOT_SUBSTANTIATED", "CLOSED_OTHER");
        JsonObject allegation = answerSchema(doc, "get", "/allegations/{reference}", "200");
        JsonObject a = allegation.getJsonObject("properties");
        assertEquals(statuses, strings(a.getJsonObject("status").getJsonArray("enum")));
        for (String field : List.of("reference", "version", "status", "referredToMemberState", "subjects", "victims",
                "investigations", "notifications", "actions", "criminalReferrals")) {
            assertTrue(a.containsKey(field), field + " in " + a.keySet());
        }
        JsonObject victim = resolve(doc, a.getJsonObject("victims").getJsonObject("items"));
        assertTrue(victim.getJsonObject("properties").containsKey("identityRestricted"), victim.toString());
        assertEquals(statuses, strings(bodySchema(doc, "post", "/allegations/{reference}/status")
                .getJsonObject("properties").getJsonObject("status").getJsonArray("enum")));
        JsonObject page = answerSchema(doc, "get", "/allegations", "200");
        assertTrue(page.getJsonObject("properties").keySet().containsAll(List.of("items", "total", "page", "size")));

        JsonObject account = bodySchema(doc, "post", "/admin/users");
        JsonObject roles = resolve(doc, account.getJsonObject("properties").getJsonObject("roles"));
        assertEquals("array", roles.getString("type"), roles.toString());
        assertEquals(List.of("CONDUCT_OFFICER", "CHIEF_OF_CONDUCT", "INVESTIGATOR", "HQ_CONDUCT", "MEMBER_STATE_LIAISON",
                "VICTIMS_RIGHTS", "STATISTICIAN", "AUDITOR", "ADMIN"),
                strings(resolve(doc, roles.getJsonObject("items")).getJsonArray("enum")));

        JsonObject problem = resolve(doc, doc.getJsonObject("paths").getJsonObject(key(doc, "/allegations"))
                .getJsonObject("post").getJsonObject("responses").getJsonObject("400").getJsonObject("content")
                .getJsonObject("application/problem+json").getJsonObject("schema"));
        assertTrue(problem.getJsonObject("properties").keySet().containsAll(List.of("type", "title", "status", "detail",
                "errors")), problem.toString());
    }

    /**
     * Bodies generated from the document's own schemas (see {@link SchemaBodies}), a few hundred per
     * write operation, sent by a caller entitled to it, with path parameters pointing at real
     * records: no answer may be a 5xx. Seeded ({@code -Dfuzz.seed=}); the time budget is shared
     * evenly among the operations ({@code -Dfuzz.seconds=}, default 30: about 1,200 requests in
     * CI, where it runs beside a browser test, 3,000 alone; give it more for a longer hunt).
     */
    @Test
    void bodiesGeneratedFromTheSchemasNeverGetAServerError() throws Exception {
        JsonObject doc = document(url);
        FuzzFixture fixture = new FuzzFixture(url);
        long seed = Long.getLong("fuzz.seed", 11L);
        int perOperation = Integer.getInteger("fuzz.bodies", 300);
        long budget = java.util.concurrent.TimeUnit.SECONDS.toNanos(Long.getLong("fuzz.seconds", 30L));
        SchemaBodies bodies = new SchemaBodies(doc, new java.util.Random(seed), fixture.hints());

        List<String[]> operations = new ArrayList<>();
        JsonObject paths = doc.getJsonObject("paths");
        for (String path : paths.keySet()) {
            for (String method : paths.getJsonObject(path).keySet()) {
                JsonObject operation = paths.getJsonObject(path).getJsonObject(method);
                if (METHODS.contains(method) && operation.containsKey("requestBody")
                        && operation.getJsonObject("requestBody").getJsonObject("content").containsKey("application/json")) {
                    operations.add(new String[] {method, path});
                }
            }
        }
        operations.sort(java.util.Comparator.comparing((String[] o) -> o[1].endsWith("/auth/tokens")));
        java.util.Map<Integer, Integer> total = new java.util.TreeMap<>();
        java.util.Map<SchemaBodies.Kind, java.util.Map<Integer, Integer>> byKind = new java.util.TreeMap<>();
        List<String> failures = new ArrayList<>();
        StringBuilder report = new StringBuilder("Fuzz (seed " + seed + "):\n");
        long start = System.nanoTime();
        for (int k = 0; k < operations.size(); k++) {
            String method = operations.get(k)[0];
            String path = operations.get(k)[1];
            JsonObject schema = paths.getJsonObject(path).getJsonObject(method).getJsonObject("requestBody")
                    .getJsonObject("content").getJsonObject("application/json").getJsonObject("schema");
            long sliceEnd = System.nanoTime() + (budget - (System.nanoTime() - start)) / (operations.size() - k);
            java.util.Map<Integer, Integer> counts = new java.util.TreeMap<>();
            int limit = path.endsWith("/auth/tokens") ? Math.min(perOperation, 40) : perOperation;
            for (int i = 0; i < limit && System.nanoTime() < sliceEnd; i++) {
                SchemaBodies.Body body = bodies.next(schema);
                String target = fixture.concrete(path);
                int status = fixture.send(method, target, body.bytes(), path);
                counts.merge(status, 1, Integer::sum);
                total.merge(status, 1, Integer::sum);
                byKind.computeIfAbsent(body.kind(), x -> new java.util.TreeMap<>()).merge(status, 1, Integer::sum);
                if (status >= 500 && failures.size() < 30) {
                    failures.add(method.toUpperCase() + " " + target + " [" + body.kind() + "] " + body.preview()
                            + "\n    -> " + status + " " + fixture.lastBody());
                }
            }
            report.append(String.format("  %-6s %-70s %s%n", method.toUpperCase(), path, counts));
        }
        report.append("  by kind: ").append(byKind).append('\n');
        report.append("  total ").append(total.values().stream().mapToInt(Integer::intValue).sum()).append(" requests in ")
                .append((System.nanoTime() - start) / 1_000_000).append(" ms: ").append(total).append('\n');
        System.out.println(report);
        Files.writeString(Path.of("target", "openapi-fuzz.txt"), report + String.join("\n", failures));
        assertTrue(failures.isEmpty(), failures.size() + " server errors:\n" + String.join("\n", failures));
        assertTrue(total.getOrDefault(200, 0) + total.getOrDefault(201, 0) > 0, "no valid write at all: " + report);
    }

    /** The key of {@code path} (as api.md writes it, under /api/v1) in the document's paths. */
    static String key(JsonObject doc, String path) {
        for (String k : doc.getJsonObject("paths").keySet()) {
            if (k.equals(path) || k.endsWith("/api/v1" + path)) {
                return k;
            }
        }
        throw new AssertionError(path + " not in " + doc.getJsonObject("paths").keySet());
    }

    static JsonObject bodySchema(JsonObject doc, String method, String path) {
        return resolve(doc, doc.getJsonObject("paths").getJsonObject(key(doc, path)).getJsonObject(method)
                .getJsonObject("requestBody").getJsonObject("content").getJsonObject("application/json")
                .getJsonObject("schema"));
    }

    static JsonObject answerSchema(JsonObject doc, String method, String path, String code) {
        return resolve(doc, doc.getJsonObject("paths").getJsonObject(key(doc, path)).getJsonObject(method)
                .getJsonObject("responses").getJsonObject(code).getJsonObject("content").getJsonObject("application/json")
                .getJsonObject("schema"));
    }

    static List<String> strings(JsonArray a) {
        return a.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /** A schema of type string that also lists properties describes nothing a client can use. */
    static void stringsWithProperties(JsonValue v, String at, List<String> out) {
        if (v instanceof JsonObject o) {
            if ("string".equals(o.getString("type", null)) && o.containsKey("properties")
                    && !o.getJsonObject("properties").isEmpty()) {
                out.add(at + ": a string schema with properties");
            }
            o.forEach((k, x) -> stringsWithProperties(x, at + "/" + k, out));
        } else if (v instanceof JsonArray a) {
            for (int i = 0; i < a.size(); i++) {
                stringsWithProperties(a.get(i), at + "/" + i, out);
            }
        }
    }

    static boolean isJson(String media) {
        return media.equals("application/json") || media.endsWith("+json");
    }

    /** An object schema with properties, a $ref to one, or an array of such. */
    static boolean typed(JsonObject doc, JsonObject schema, int depth) {
        if (schema == null || depth > 10) {
            return false;
        }
        schema = resolve(doc, schema);
        if (schema.containsKey("properties") && !schema.getJsonObject("properties").isEmpty()) {
            return true;
        }
        if ("array".equals(schema.getString("type", null)) && schema.containsKey("items")) {
            return typed(doc, schema.getJsonObject("items"), depth + 1);
        }
        for (String combo : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.containsKey(combo) && schema.getJsonArray(combo).stream()
                    .allMatch(s -> typed(doc, s.asJsonObject(), depth + 1))) {
                return true;
            }
        }
        return false;
    }

    static JsonObject resolve(JsonObject doc, JsonObject schema) {
        int hops = 0;
        while (schema.containsKey("$ref") && hops++ < 10) {
            String ref = schema.getString("$ref");
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            JsonObject found = doc.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
            if (found == null) {
                throw new AssertionError("dangling " + ref);
            }
            schema = found;
        }
        return schema;
    }
}
