package org.blueledger.platform.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The strict reading of request bodies: every bad body is a 400 naming the body or the field. */
class JsonBodyReaderTest {

    /** The refusal as "field: message". */
    private static String problem(byte[] body) {
        JsonBodyReader.Invalid e = assertThrows(JsonBodyReader.Invalid.class, () -> JsonBodyReader.parse(body, JsonValue.class));
        return "\"field\":\"" + e.field + "\" " + e.getMessage();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "{", "x", "[1,]", "{\"a\":1} {\"b\":2}", "{\"a\":tru}", "nul"})
    void emptyOrMalformedBodiesNameTheBody(String body) {
        String json = problem(body.getBytes(StandardCharsets.UTF_8));
        assertTrue(json.contains("\"field\":\"body\""), json);
    }

    @Test
    void nestingDeeperThan32LevelsIsRefusedWithoutOverflowingTheStack() {
        String json = problem("[".repeat(5000).getBytes(StandardCharsets.US_ASCII));
        assertTrue(json.contains("nested deeper than 32"), json);
        assertEquals(32, JsonBodyReader.depth("[".repeat(32) + "]".repeat(32)));
        JsonBodyReader.parse(("[".repeat(32) + "]".repeat(32)).getBytes(StandardCharsets.US_ASCII), JsonValue.class);
        // brackets inside strings do not count
        JsonBodyReader.parse(("{\"a\":\"" + "[".repeat(100) + "\\\"\"}").getBytes(StandardCharsets.US_ASCII), JsonValue.class);
    }

    @Test
    void invalidUtf8IsRefusedNotStoredAsReplacementCharacters() {
        byte[] body = {'{', '"', 's', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertTrue(problem(body).contains("not valid UTF-8"));
        byte[] latin1 = "{\"s\":\"Bangui é\"}".getBytes(StandardCharsets.ISO_8859_1);
        problem(latin1);
    }

    @Test
    void aNulOrALoneSurrogateNamesTheField() {
        String json = problem("{\"subjects\":[{\"nationality\":\"NP\\u0000L\"}]}".getBytes(StandardCharsets.UTF_8));
        assertTrue(json.contains("\"field\":\"subjects[0].nationality\""), json);
        json = problem("{\"summary\":\"a \\ud800 b\"}".getBytes(StandardCharsets.UTF_8));
        assertTrue(json.contains("\"field\":\"summary\""), json);
    }

    @Test
    void aGoodBodyIsReadAsSentWithAccentsAndEmoji() {
        JsonValue v = JsonBodyReader.parse("\uFEFF{\"s\":\"Bangui é 😀\",\"n\":[1,2]}".getBytes(StandardCharsets.UTF_8), JsonObject.class);
        assertEquals("Bangui é 😀", v.asJsonObject().getString("s"));
        assertFalse(JsonBodyReader.storable("a\u0000"));
        assertTrue(JsonBodyReader.storable("😀"));
    }

    @Test
    void anArrayWhereAnObjectIsExpectedIsRefused() {
        JsonBodyReader.Invalid e = assertThrows(JsonBodyReader.Invalid.class,
                () -> JsonBodyReader.parse("[1]".getBytes(StandardCharsets.UTF_8), JsonObject.class));
        assertEquals("body", e.field);
    }
}
