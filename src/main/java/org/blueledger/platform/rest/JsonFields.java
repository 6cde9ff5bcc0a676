package org.blueledger.platform.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.error.ValidationFailedException;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JSON request body field by field: a value of the wrong JSON type becomes a named
 * field error (collected, then thrown together by {@link #failIfAny()}) instead of a parsing
 * failure. A missing or {@code null} field reads as {@code null}. Bodies are bound to records
 * by {@link JsonRecords}; this field-by-field reader is left for the one body whose validator
 * must see every field whatever their types (a new account: an unknown role is reported with
 * every other bad field).
 */
public class JsonFields {

    private final List<FieldError> errors = new ArrayList<>();

    /** The body as an object; anything else is a 400 naming {@code body}. */
    public static JsonObject object(JsonValue body) {
        if (body == null || body.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new ValidationFailedException(List.of(new FieldError("body", "a JSON object is required")));
        }
        return body.asJsonObject();
    }

    private static final java.math.BigDecimal MIN_LONG = java.math.BigDecimal.valueOf(Long.MIN_VALUE);
    private static final java.math.BigDecimal MAX_LONG = java.math.BigDecimal.valueOf(Long.MAX_VALUE);

    /**
     * The number as a {@code long} when it is an integer in range, else {@code null}; checked on
     * the decimal first, so that {@code 1e999999999} is refused instead of being expanded.
     */
    public static Long integral(JsonNumber n) {
        java.math.BigDecimal d = n.bigDecimalValue();
        if (d.compareTo(MIN_LONG) < 0 || d.compareTo(MAX_LONG) > 0) {
            return null;
        }
        d = d.stripTrailingZeros();
        return d.scale() <= 0 ? d.longValueExact() : null;
    }

    /** Throws the collected errors as one 400, if there are any. */
    public void failIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(List.copyOf(errors));
        }
    }

    /** A string field. */
    public String string(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        errors.add(new FieldError(field, "must be a string"));
        return null;
    }

    /** An array of strings; {@code null} when absent. */
    public List<String> strings(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        List<String> out = new ArrayList<>();
        List<JsonValue> values = array(o, field, "must be an array of strings");
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) instanceof JsonString s) {
                out.add(s.getString());
            } else {
                errors.add(new FieldError(field + "[" + i + "]", "must be a string"));
            }
        }
        return out;
    }

    private List<JsonValue> array(JsonObject o, String field, String message) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            errors.add(new FieldError(field, message));
            return List.of();
        }
        return v.asJsonArray();
    }
}
