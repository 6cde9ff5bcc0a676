package org.blueledger.platform.rest;

import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParser;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import org.blueledger.platform.error.FieldError;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads every JSON request body of the API, strictly, before any resource sees it: an empty
 * body, a body that is not UTF-8, nesting deeper than {@value #MAX_DEPTH} levels, malformed
 * JSON, text after the value, a string with a NUL or an unpaired surrogate, and a body larger
 * than {@code blueledger.api.max-body-bytes} (sent without a Content-Length) are each a
 * problem+json answer (400 naming {@code body} or the field; 413) instead of a parser's
 * exception. Replaces the JSON-P provider of the runtime for {@link JsonValue} parameters.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
@Priority(1)
public class JsonBodyReader implements MessageBodyReader<JsonValue> {

    /** api.md: "nesting deeper than 32 levels" is a 400. */
    public static final int MAX_DEPTH = 32;

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final long limit = ConfigProvider.getConfig()
            .getOptionalValue("blueledger.api.max-body-bytes", Long.class).orElse(1_048_576L);

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return JsonValue.class.isAssignableFrom(type);
    }

    @Override
    public JsonValue readFrom(Class<JsonValue> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                              MultivaluedMap<String, String> headers, InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) {
            throw new WebApplicationException(Problem.of(413, "Payload too large",
                    "The request body is larger than " + limit + " bytes.").toResponse());
        }
        try {
            return parse(bytes, type);
        } catch (Invalid e) {
            throw new WebApplicationException(Problem.validation(List.of(new FieldError(e.field, e.getMessage()))).toResponse());
        }
    }

    /** A body refused by {@link #parse}: the field it names and why. */
    public static final class Invalid extends RuntimeException {
        public final String field;

        Invalid(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }

    /** The whole parsing rule, apart from the container (unit-tested). */
    public static JsonValue parse(byte[] bytes, Class<?> type) {
        int start = startsWithBom(bytes) ? BOM.length : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw bad("body", "is not valid UTF-8");
        }
        if (text.isBlank()) {
            throw bad("body", "a JSON body is required");
        }
        int depth = depth(text);
        if (depth > MAX_DEPTH) {
            throw bad("body", "is nested deeper than " + MAX_DEPTH + " levels");
        }
        JsonValue value;
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            parser.next();
            value = parser.getValue();
            if (parser.hasNext()) {
                throw bad("body", "has text after the JSON value");
            }
        } catch (JsonException | IllegalStateException | NumberFormatException | java.util.NoSuchElementException e) {
            throw bad("body", "is not valid JSON");
        }
        checkStrings(value, "");
        if (type == JsonObject.class && value.getValueType() != JsonValue.ValueType.OBJECT
                || type == JsonArray.class && value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw bad("body", type == JsonObject.class ? "a JSON object is required" : "a JSON array is required");
        }
        return value;
    }

    private static boolean startsWithBom(byte[] b) {
        return b.length >= 3 && b[0] == BOM[0] && b[1] == BOM[1] && b[2] == BOM[2];
    }

    /** The deepest nesting of arrays and objects, counted outside strings (stops early past the limit). */
    static int depth(String text) {
        int depth = 0;
        int max = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                depth++;
                if (depth > max) {
                    max = depth;
                    if (max > MAX_DEPTH) {
                        return max;
                    }
                }
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return max;
    }

    /** No string (key or value) may hold a NUL or an unpaired surrogate: the database could not keep it as sent. */
    private static void checkStrings(JsonValue v, String path) {
        switch (v.getValueType()) {
            case STRING -> {
                if (!storable(((JsonString) v).getString())) {
                    throw bad(path.isEmpty() ? "body" : path, "contains a character that cannot be stored (NUL or an unpaired surrogate)");
                }
            }
            case OBJECT -> v.asJsonObject().forEach((k, child) -> {
                String p = path.isEmpty() ? k : path + "." + k;
                if (!storable(k)) {
                    throw bad("body", "has a field name with a character that cannot be stored");
                }
                checkStrings(child, p);
            });
            case ARRAY -> {
                List<JsonValue> a = v.asJsonArray();
                for (int i = 0; i < a.size(); i++) {
                    checkStrings(a.get(i), (path.isEmpty() ? "body" : path) + "[" + i + "]");
                }
            }
            default -> {
            }
        }
    }

    static boolean storable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static Invalid bad(String field, String message) {
        return new Invalid(field, message);
    }
}
