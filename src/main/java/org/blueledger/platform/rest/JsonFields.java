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
 * failure. A missing or {@code null} field reads as {@code null}. Every resource that takes a
 * body uses it, so every one answers bad input the same way.
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

    public List<FieldError> errors() {
        return errors;
    }

    /** Records an error found while reading (for example a field that may not be sent). */
    public void reject(FieldError error) {
        errors.add(error);
    }

    /** Throws the collected errors as one 400, if there are any. */
    public void failIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(List.copyOf(errors));
        }
    }

    /** A string field; {@code prefix} names its place in a nested body (for example {@code "subjects[0]."}). */
    public String string(JsonObject o, String field, String prefix) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        errors.add(new FieldError(prefix + field, "must be a string"));
        return null;
    }

    public String string(JsonObject o, String field) {
        return string(o, field, "");
    }

    public Long number(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        Long l = v instanceof JsonNumber n ? integral(n) : null;
        if (l != null) {
            return l;
        }
        errors.add(new FieldError(field, "must be an integer"));
        return null;
    }

    public Boolean bool(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v.getValueType() == JsonValue.ValueType.TRUE || v.getValueType() == JsonValue.ValueType.FALSE) {
            return v.getValueType() == JsonValue.ValueType.TRUE;
        }
        errors.add(new FieldError(field, "must be true or false"));
        return null;
    }

    /** An array of integers; empty when absent. */
    public List<Long> longs(JsonObject o, String field) {
        List<Long> out = new ArrayList<>();
        List<JsonValue> values = array(o, field, "must be an array of ids");
        for (int i = 0; i < values.size(); i++) {
            Long l = values.get(i) instanceof JsonNumber n ? integral(n) : null;
            if (l != null) {
                out.add(l);
            } else {
                errors.add(new FieldError(field + "[" + i + "]", "must be an integer"));
            }
        }
        return out;
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
