package org.blueledger.platform.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.error.ValidationFailedException;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Binds a request body to its JSON-B record, the request types the OpenAPI document describes,
 * after checking each field's JSON type against the record component it fills, so that a wrong
 * type is a 400 naming the field (and every bad field at once) instead of a binder's generic
 * failure: strings, integers, numbers, booleans, ISO dates ({@code YYYY-MM-DD}), enum constants,
 * nested records (named {@code child.sex}) and lists of these (named {@code subjects[0].sex}).
 * Absent and {@code null} fields bind to {@code null}; the service decides which are required.
 * Every resource that takes a JSON body reads it here, so every one answers bad input the same way.
 */
public final class JsonRecords {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private JsonRecords() {
    }

    /** The body bound to {@code type}; a missing body, a non-object or any mistyped field is a 400. */
    public static <T extends Record> T read(JsonValue body, Class<T> type) {
        JsonObject o = JsonFields.object(body);
        List<FieldError> errors = new ArrayList<>();
        check(o, type, "", errors);
        failOn(errors);
        try {
            return JSONB.fromJson(o.toString(), type);
        } catch (JsonbException e) {
            throw new ValidationFailedException(List.of(new FieldError("body", "does not match the expected fields")));
        }
    }

    /** Throws the errors as one 400, if there are any. */
    public static void failOn(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(List.copyOf(errors));
        }
    }

    static void check(JsonObject o, Class<?> type, String prefix, List<FieldError> errors) {
        for (RecordComponent c : type.getRecordComponents()) {
            JsonValue v = o.get(c.getName());
            if (v != null && v.getValueType() != JsonValue.ValueType.NULL) {
                checkValue(v, c.getGenericType(), prefix + c.getName(), errors);
            }
        }
    }

    private static void checkValue(JsonValue v, Type generic, String field, List<FieldError> errors) {
        Class<?> t = generic instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) generic;
        if (t == String.class) {
            if (!(v instanceof JsonString)) {
                errors.add(new FieldError(field, "must be a string"));
            }
        } else if (t == Long.class || t == Integer.class) {
            if (!(v instanceof JsonNumber n) || JsonFields.integral(n) == null) {
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
        } else if (List.class.isAssignableFrom(t) && generic instanceof ParameterizedType p) {
            if (v.getValueType() != JsonValue.ValueType.ARRAY) {
                errors.add(new FieldError(field, "must be an array"));
                return;
            }
            Type element = p.getActualTypeArguments()[0];
            List<JsonValue> items = v.asJsonArray();
            for (int i = 0; i < items.size(); i++) {
                JsonValue item = items.get(i);
                if (item.getValueType() == JsonValue.ValueType.NULL) {
                    errors.add(new FieldError(field + "[" + i + "]", "may not be null"));
                } else {
                    checkValue(item, element, field + "[" + i + "]", errors);
                }
            }
        } else {
            throw new IllegalStateException("JsonRecords cannot check a " + generic + " (" + field + ")");
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
}
