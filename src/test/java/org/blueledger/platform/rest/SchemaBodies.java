package org.blueledger.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Request bodies generated from the OpenAPI schemas of {@code /openapi}: valid ones (every
 * required field, enums, dates, patterns and limits respected, ids taken from {@code hints}),
 * and valid ones broken in one or two places: a required field left out, a wrong JSON type,
 * impossible or out-of-range dates, unknown enum values, huge strings and numbers, deep nesting,
 * control characters and invalid UTF-8, non-object bodies. Seeded, so a failure can be replayed.
 */
final class SchemaBodies {

    /** What a generated body is, for the counts. */
    enum Kind { VALID, MISSING_REQUIRED, WRONG_TYPE, BAD_DATE, BAD_ENUM, HUGE_STRING, HUGE_NUMBER, DEEP_NESTING,
        ODD_TEXT, INVALID_UTF8, NOT_AN_OBJECT, EXTRA_FIELDS, TWO_MUTATIONS }

    record Body(Kind kind, byte[] bytes) {
        String preview() {
            String s = new String(bytes, StandardCharsets.UTF_8);
            return s.length() > 300 ? s.substring(0, 300) + "...(" + bytes.length + " bytes)" : s;
        }
    }

    private static final String NUM = "@@NUM@@";
    private static final String DEEP = "@@DEEP@@";
    private static final String BAD_UTF8 = "@@BADUTF8@@";

    private static final String[] BAD_DATES = {"1582-10-10", "0000-01-01", "-0001-01-01", "+999999999-12-31",
        "-999999999-01-01", "1947-12-31", "2999-01-01", "9999-12-31", "2018-02-30", "2018-13-01", "2018-00-10",
        "18-05-14", "2018-5-14", "2018-05-14T00:00:00Z", "14/05/2018", "", " ", "2018-05-14\u0000", "２０１８-05-14"};
    private static final String[] BAD_ENUMS = {"sea", "SEA ", " ", "", "NOT_A_VALUE", "\u0000", "SEA\u0000",
        "ＳＥＡ", "null", "0", "'; DROP TABLE allegation; --", "${jndi:ldap://x}"};
    private static final String[] HUGE_NUMBERS = {"1e999999999", "-1e999999999", "9223372036854775808",
        "-9223372036854775809", "1.0000000000000000000001", "1E+2", "0.5", "-0", "-1", "0",
        "123456789012345678901234567890", "1e-999999999", "2147483648"};
    private static final String[] ODD_TEXT = {"\u0000", "a\u0000b", "\u202Eevil", "\uFEFF", "😀😀", "\t\n\r",
        "<script>alert(1)</script>", "=HYPERLINK(\"x\")", "%00", "../../etc/passwd", "\\", "\"", "ÿ", "\u2028"};
    private static final String[] NOT_OBJECTS = {"", " ", "[]", "null", "\"x\"", "42", "true", "{", "{\"a\":",
        "[{}]", "{}", "{\"a\":1,\"a\":2}", "\uFEFF{}", "{\"a\":1}garbage", "{'a':1}", "NaN"};
    private static final String[] COUNTRIES = {"NPL", "NPL", "NPL", "BGD", "PAK", "FRA", "npl", "XXX"};

    private final JsonObject doc;
    private final Random random;
    private final Map<String, List<JsonValue>> hints;

    /** {@code hints}: values for fields by name (ids of the fixture's records, user names), used by valid bodies. */
    SchemaBodies(JsonObject doc, Random random, Map<String, List<JsonValue>> hints) {
        this.doc = doc;
        this.random = random;
        this.hints = hints;
    }

    Body next(JsonObject schema) {
        int roll = random.nextInt(100);
        JsonValue valid = value(schema, 0, null);
        if (roll < 25) {
            return new Body(Kind.VALID, bytes(valid.toString()));
        }
        Kind kind = roll < 33 ? Kind.MISSING_REQUIRED : roll < 43 ? Kind.WRONG_TYPE : roll < 52 ? Kind.BAD_DATE
                : roll < 60 ? Kind.BAD_ENUM : roll < 64 ? Kind.HUGE_STRING : roll < 71 ? Kind.HUGE_NUMBER
                : roll < 76 ? Kind.DEEP_NESTING : roll < 82 ? Kind.ODD_TEXT : roll < 85 ? Kind.INVALID_UTF8
                : roll < 90 ? Kind.NOT_AN_OBJECT : roll < 94 ? Kind.EXTRA_FIELDS : Kind.TWO_MUTATIONS;
        if (kind == Kind.NOT_AN_OBJECT) {
            return new Body(kind, bytes(NOT_OBJECTS[random.nextInt(NOT_OBJECTS.length)]));
        }
        JsonValue broken = kind == Kind.TWO_MUTATIONS
                ? mutate(mutate(valid, randomMutation()), randomMutation()) : mutate(valid, kind);
        return new Body(kind, render(broken.toString()));
    }

    private Kind randomMutation() {
        Kind[] ks = {Kind.MISSING_REQUIRED, Kind.WRONG_TYPE, Kind.BAD_DATE, Kind.BAD_ENUM, Kind.HUGE_NUMBER,
            Kind.DEEP_NESTING, Kind.ODD_TEXT, Kind.EXTRA_FIELDS};
        return ks[random.nextInt(ks.length)];
    }

    // ---- valid values from a schema

    JsonValue value(JsonObject schema, int depth, String name) {
        JsonObject s = OpenApiContractIT.resolve(doc, schema);
        if (s.containsKey("enum")) {
            JsonArray values = s.getJsonArray("enum");
            return values.get(random.nextInt(values.size()));
        }
        if (name != null && hints.containsKey(name) && random.nextInt(10) < 9) {
            List<JsonValue> candidates = hints.get(name);
            return candidates.get(random.nextInt(candidates.size()));
        }
        for (String combo : List.of("oneOf", "anyOf")) {
            if (s.containsKey(combo)) {
                JsonArray options = s.getJsonArray(combo);
                return value(options.getJsonObject(random.nextInt(options.size())), depth + 1, name);
            }
        }
        if (s.containsKey("allOf")) {
            return value(s.getJsonArray("allOf").getJsonObject(0), depth + 1, name);
        }
        String type = s.getString("type", s.containsKey("properties") ? "object" : "string");
        if (s.getString("format", "").startsWith("date")) {
            type = "string";
        }
        switch (type) {
            case "object": {
                JsonObjectBuilder b = Json.createObjectBuilder();
                JsonObject props = s.containsKey("properties") ? s.getJsonObject("properties") : JsonValue.EMPTY_JSON_OBJECT;
                List<String> required = new ArrayList<>();
                if (s.containsKey("required")) {
                    s.getJsonArray("required").forEach(r -> required.add(((JsonString) r).getString()));
                }
                for (String p : props.keySet()) {
                    if (required.contains(p) || (depth < 4 && random.nextInt(10) < 7)) {
                        b.add(p, value(props.getJsonObject(p), depth + 1, p));
                    }
                }
                return b.build();
            }
            case "array": {
                JsonArrayBuilder a = Json.createArrayBuilder();
                int max = Math.min(s.getInt("maxItems", 3), 3);
                int n = depth > 4 ? 0 : random.nextInt(max + 1);
                int min = s.getInt("minItems", 0);
                n = Math.max(n, Math.min(min, 3));
                for (int i = 0; i < n; i++) {
                    a.add(s.containsKey("items") ? value(s.getJsonObject("items"), depth + 1, name) : Json.createValue("x"));
                }
                return a.build();
            }
            case "integer": {
                long min = s.containsKey("minimum") ? s.getJsonNumber("minimum").longValue() : 0;
                long max = s.containsKey("maximum") ? s.getJsonNumber("maximum").longValue() : min + 1000;
                return Json.createValue(min + (long) (random.nextDouble() * (Math.min(max, min + 1000) - min + 1)));
            }
            case "number": {
                // Payara describes Long and Integer as number: mostly whole numbers, so that valid bodies stay valid
                long min = s.containsKey("minimum") ? s.getJsonNumber("minimum").longValue() : 0;
                return random.nextInt(10) < 7 ? Json.createValue(min + random.nextInt(1000))
                        : Json.createValue(Math.round(random.nextDouble() * 100000) / 100.0 + 0.01);
            }
            case "boolean":
                return random.nextBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
            default:
                return Json.createValue(string(s, name));
        }
    }

    private String string(JsonObject s, String name) {
        String format = s.getString("format", "");
        String pattern = s.getString("pattern", "");
        if (format.equals("date")) {
            LocalDate today = LocalDate.now();
            return today.minusDays(30 + random.nextInt(365 * 8)).toString();
        }
        if (format.equals("date-time")) {
            return Instant.now().minusSeconds(random.nextInt(100000)).toString();
        }
        if (format.equals("email")) {
            return "fuzz" + random.nextInt(100000) + "@un.org";
        }
        if (pattern.contains("[A-Z]{3}")) {
            return "currency".equals(name) ? "USD" : COUNTRIES[random.nextInt(COUNTRIES.length)];
        }
        if (pattern.startsWith("^[a-z0-9]")) {
            return "fz" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
        }
        if (pattern.startsWith("^[A-Z][A-Z0-9_]") || pattern.startsWith("[A-Z0-9]")) {
            return "FZ_" + Long.toString(random.nextLong() & 0xFFFFFFFFL, 36).toUpperCase();
        }
        if ("mission".equals(name)) {
            return random.nextInt(10) < 8 ? "UNMISS" : "MINUSCA";
        }
        int min = s.getInt("minLength", 1);
        int max = Math.min(s.getInt("maxLength", 60), 60);
        int len = min + random.nextInt(Math.max(1, max - min + 1));
        StringBuilder b = new StringBuilder(min >= 12 ? "Fuzz-Passphrase-" : "");
        String alphabet = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-éü";
        while (b.length() < len) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    // ---- mutations

    private JsonValue mutate(JsonValue valid, Kind kind) {
        List<List<Object>> paths = new ArrayList<>();
        collect(valid, new ArrayList<>(), paths);
        if (paths.isEmpty() || !(valid instanceof JsonObject)) {
            return Json.createObjectBuilder().add("unexpected", Json.createValue(DEEP + "0" + DEEP)).build();
        }
        List<Object> path = paths.get(random.nextInt(paths.size()));
        switch (kind) {
            case MISSING_REQUIRED: {
                List<Object> top = List.of(new ArrayList<>(valid.asJsonObject().keySet())
                        .get(random.nextInt(valid.asJsonObject().size())));
                return replace(valid, random.nextBoolean() ? top : path, null);
            }
            case WRONG_TYPE: {
                JsonValue[] wrong = {Json.createValue(42), Json.createValue(-1), Json.createValue(1.5), JsonValue.TRUE,
                    Json.createValue("x"), JsonValue.EMPTY_JSON_ARRAY, JsonValue.EMPTY_JSON_OBJECT, JsonValue.NULL,
                    Json.createValue(""), Json.createArrayBuilder().add("NPL").build(),
                    Json.createObjectBuilder().add("id", 1).build()};
                return replace(valid, path, wrong[random.nextInt(wrong.length)]);
            }
            case BAD_DATE:
                return replace(valid, pathMatching(paths, path, "On", "Date", "dateOfBirth", "on", "At"),
                        Json.createValue(BAD_DATES[random.nextInt(BAD_DATES.length)]));
            case BAD_ENUM:
                return replace(valid, path, Json.createValue(BAD_ENUMS[random.nextInt(BAD_ENUMS.length)]));
            case HUGE_STRING: {
                int[] sizes = {300, 5_000, 70_000, 2_000_000};
                return replace(valid, path, Json.createValue("Ab".repeat(sizes[random.nextInt(sizes.length)] / 2)));
            }
            case HUGE_NUMBER:
                return replace(valid, path, Json.createValue(NUM + random.nextInt(HUGE_NUMBERS.length) + NUM));
            case DEEP_NESTING:
                return replace(valid, path, Json.createValue(DEEP + random.nextInt(4) + DEEP));
            case ODD_TEXT:
                return replace(valid, path, Json.createValue(ODD_TEXT[random.nextInt(ODD_TEXT.length)]));
            case INVALID_UTF8:
                return replace(valid, path, Json.createValue("x" + BAD_UTF8 + "y"));
            case EXTRA_FIELDS:
                return Json.createObjectBuilder(valid.asJsonObject()).add("unexpectedField", "x").add("id", 99999)
                        .add("status", "CLOSED_OTHER").add("version", random.nextInt(3)).build();
            default:
                return valid;
        }
    }

    private static List<Object> pathMatching(List<List<Object>> paths, List<Object> fallback, String... suffixes) {
        for (List<Object> p : paths) {
            Object last = p.get(p.size() - 1);
            if (last instanceof String s) {
                for (String suffix : suffixes) {
                    if (s.endsWith(suffix)) {
                        return p;
                    }
                }
            }
        }
        return fallback;
    }

    private static void collect(JsonValue v, List<Object> prefix, List<List<Object>> out) {
        if (v instanceof JsonObject o) {
            for (String k : o.keySet()) {
                List<Object> p = new ArrayList<>(prefix);
                p.add(k);
                out.add(p);
                collect(o.get(k), p, out);
            }
        } else if (v instanceof JsonArray a) {
            for (int i = 0; i < a.size(); i++) {
                List<Object> p = new ArrayList<>(prefix);
                p.add(i);
                out.add(p);
                collect(a.get(i), p, out);
            }
        }
    }

    /** {@code root} with the value at {@code path} replaced ({@code null}: removed). */
    private static JsonValue replace(JsonValue root, List<Object> path, JsonValue with) {
        if (path.isEmpty()) {
            return with == null ? JsonValue.NULL : with;
        }
        Object key = path.get(0);
        List<Object> rest = path.subList(1, path.size());
        if (root instanceof JsonObject o && key instanceof String k) {
            JsonObjectBuilder b = Json.createObjectBuilder(o);
            if (rest.isEmpty() && with == null) {
                b.remove(k);
            } else {
                b.add(k, replace(o.get(k), rest, with));
            }
            return b.build();
        }
        if (root instanceof JsonArray a && key instanceof Integer i) {
            JsonArrayBuilder b = Json.createArrayBuilder();
            for (int j = 0; j < a.size(); j++) {
                if (j != i) {
                    b.add(a.get(j));
                } else if (!(rest.isEmpty() && with == null)) {
                    b.add(replace(a.get(j), rest, with));
                }
            }
            return b.build();
        }
        return root;
    }

    /** The JSON text with the markers expanded into what a JSON value cannot hold: raw numbers, nesting, bad bytes. */
    private byte[] render(String json) {
        json = expand(json, NUM, i -> HUGE_NUMBERS[i]);
        json = expand(json, DEEP, i -> {
            int[] depths = {31, 33, 200, 5000};
            int d = depths[i % depths.length];
            return random.nextBoolean() ? "[".repeat(d) + "]".repeat(d) : "{\"a\":".repeat(d) + "1" + "}".repeat(d);
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] marker = bytes(BAD_UTF8);
        byte[] all = bytes(json);
        for (int i = 0; i < all.length; i++) {
            if (i + marker.length <= all.length && java.util.Arrays.equals(all, i, i + marker.length, marker, 0, marker.length)) {
                out.write(0xC3);
                out.write(0x28);
                out.write(0xFF);
                i += marker.length - 1;
            } else {
                out.write(all[i]);
            }
        }
        return out.toByteArray();
    }

    /** Replaces {@code "<marker>n<marker>"} (a JSON string) by the raw text for {@code n}. */
    private static String expand(String json, String marker, java.util.function.IntFunction<String> raw) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        while (true) {
            int start = json.indexOf("\"" + marker, at);
            if (start < 0) {
                break;
            }
            int end = json.indexOf(marker + "\"", start + marker.length() + 1);
            int n = Integer.parseInt(json.substring(start + 1 + marker.length(), end));
            b.append(json, at, start).append(raw.apply(n));
            at = end + marker.length() + 1;
        }
        return b.append(json.substring(at)).toString();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
