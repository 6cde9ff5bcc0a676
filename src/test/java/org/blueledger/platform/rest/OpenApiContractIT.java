package org.blueledger.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.blueledger.testsupport.Deployments;
import org.blueledger.testsupport.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiContractIT {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

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
        assertTrue(untyped.isEmpty(), untyped.size() + " untyped:\n" + String.join("\n", untyped));
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
