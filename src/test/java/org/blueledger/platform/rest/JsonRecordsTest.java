package org.blueledger.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.error.ValidationFailedException;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The type checks that run before a body is bound to its record: every mistyped field named, with its place. */
class JsonRecordsTest {

    enum Sex { MALE, FEMALE }

    record Child(Sex sex, LocalDate bornOn) {
    }

    record Body(String name, Long version, Integer order, Boolean active, LocalDate on, Child child,
                List<Child> children, List<Long> ids, List<String> tags) {
    }

    private static Map<String, String> errors(String json) {
        JsonObject o = Json.createReader(new StringReader(json)).readObject();
        List<FieldError> errors = new ArrayList<>();
        JsonRecords.check(o, Body.class, "", errors);
        return errors.stream().collect(Collectors.toMap(FieldError::field, FieldError::message));
    }

    @Test
    void aWellTypedBodyHasNoErrorsAndAbsentOrNullFieldsAreLeftToTheService() {
        assertEquals(Map.of(), errors("""
                {"name": "a", "version": 3, "order": -2, "active": true, "on": "2020-02-29",
                 "child": {"sex": "FEMALE", "bornOn": "2019-01-01"}, "children": [{"sex": "MALE"}],
                 "ids": [1, 2], "tags": ["x"], "unknown": {"ignored": true}}"""));
        assertEquals(Map.of(), errors("{\"name\": null, \"children\": null}"));
    }

    @Test
    void everyMistypedFieldIsNamedAtOnce() {
        Map<String, String> e = errors("""
                {"name": 1, "version": 1.5, "order": 4294967296, "active": "yes", "on": "2021-02-29",
                 "child": {"sex": "male", "bornOn": 20190101}}""");
        assertEquals("must be a string", e.get("name"));
        assertEquals("must be an integer", e.get("version"));
        assertEquals("is out of range", e.get("order"));
        assertEquals("must be true or false", e.get("active"));
        assertEquals("must be a date YYYY-MM-DD", e.get("on"));
        assertTrue(e.get("child.sex").startsWith("must be one of [MALE, FEMALE]"), e.toString());
        assertEquals("must be a date YYYY-MM-DD", e.get("child.bornOn"));
        assertEquals(7, e.size(), e.toString());
    }

    @Test
    void listsAreCheckedItemByItemWithTheirIndex() {
        Map<String, String> e = errors("""
                {"children": [{"sex": "MALE"}, "x", {"sex": 1}, null], "ids": [1, "2", 1e400], "tags": "x"}""");
        assertEquals("must be an object", e.get("children[1]"));
        assertTrue(e.get("children[2].sex").startsWith("must be one of [MALE, FEMALE]"), e.toString());
        assertEquals("may not be null", e.get("children[3]"));
        assertEquals("must be an integer", e.get("ids[1]"));
        assertEquals("must be an integer", e.get("ids[2]"));
        assertEquals("must be an array", e.get("tags"));
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefusedNamingBody() {
        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> JsonRecords.read(Json.createArrayBuilder().build(), Body.class));
        assertEquals("body", e.errors().get(0).field());
        assertThrows(ValidationFailedException.class, () -> JsonRecords.read(null, Body.class));
    }
}
