package org.blueledger.victimsupport.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.platform.rest.JsonFields;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Binds a request body to its JSON-B record after checking each field's JSON type against the
 * record component it fills, so that a wrong type is a 400 naming the field (and every bad
 * field at once) instead of a generic parsing failure: strings, integers, numbers, booleans,
 * ISO dates ({@code YYYY-MM-DD}), enum constants and nested records (named
 * {@code child.sex}). Absent and {@code null} fields bind to {@code null}; the service
 * decides which are required.
 */
final class JsonBodies {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private JsonBodies() {
    }

    static <T extends Record> T read(JsonValue body, Class<T> type) {
        JsonObject o = JsonFields.object(body);
        List<FieldError> errors = new ArrayList<>();
        check(o, type, "", errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        try {
            return JSONB.fromJson(o.toString(), type);
        } catch (JsonbException e) {
            throw new ValidationFailedException(List.of(new FieldError("body", "does not match the expected fields")));
        }
    }

    static void check(JsonObject o, Class<?> type, String prefix, List<FieldError> errors) {
        for (RecordComponent c : type.getRecordComponents()) {
            String field = prefix + c.getName();
            JsonValue v = o.get(c.getName());
            if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
                continue;
            }
            Class<?> t = c.getType();
            if (t == String.class) {
                if (!(v instanceof JsonString)) {
                    errors.add(new FieldError(field, "must be a string"));
                }
            } else if (t == Long.class || t == Integer.class) {
                if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
                    errors.add(new FieldError(field, "must be an integer"));
                } else if (n.bigIntegerValue().bitLength() > (t == Long.class ? 63 : 31)) {
                    errors.add(new FieldError(field, "is out of range"));
                }
            } else if (t == BigDecimal.class) {
                if (!(v instanceof JsonNumber)) {
                    errors.add(new FieldError(field, "must be a number"));
                } else if (Math.abs(((JsonNumber) v).bigDecimalValue().scale()) > 100) {
                    errors.add(new FieldError(field, "is out of range"));
                }
            } else if (t == Boolean.class) {
                if (v.getValueType() != JsonValue.ValueType.TRUE && v.getValueType() != JsonValue.ValueType.FALSE) {
                    errors.add(new FieldError(field, "must be true or false"));
                }
            } else if (t == LocalDate.class) {
                if (!(v instanceof JsonString s) || !isDate(s.getString())) {
                    errors.add(new FieldError(field, "must be a date YYYY-MM-DD"));
                }
            } else if (t.isEnum()) {
                Object[] constants = t.getEnumConstants();
                if (!(v instanceof JsonString s) || Arrays.stream(constants).noneMatch(k -> ((Enum<?>) k).name().equals(s.getString()))) {
                    errors.add(new FieldError(field, "must be one of " + Arrays.stream(constants)
                            .map(k -> ((Enum<?>) k).name()).toList()));
                }
            } else if (t.isRecord()) {
                if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                    errors.add(new FieldError(field, "must be an object"));
                } else {
                    check(v.asJsonObject(), t, field + ".", errors);
                }
            }
        }
    }

    private static boolean isDate(String s) {
        if (s.length() != 10) {
            return false;
        }
        try {
            LocalDate.parse(s, ISO_DATE);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static void failOn(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
    }
}
