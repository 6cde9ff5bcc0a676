package org.blueledger.platform.rest;

import org.blueledger.platform.error.FieldError;

import java.util.List;

/** Parsing of query parameters that names every bad one (for a 400 with field errors). */
public final class QueryParams {

    private QueryParams() {
    }

    public static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A code of {@code type}; null when absent, or when unknown (then "must be one of [...]" is added to the errors). */
    public static <E extends Enum<E>> E code(Class<E> type, String value, String field, List<FieldError> errors) {
        if (blank(value) == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "must be one of " + List.of(type.getEnumConstants())));
            return null;
        }
    }

    /** An integer parameter within [min, max]; the fallback when absent. */
    public static int integer(String value, String field, int fallback, int min, int max, List<FieldError> errors) {
        if (blank(value) == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                errors.add(new FieldError(field, "must be between " + min + " and " + max));
            }
            return n;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be an integer"));
            return fallback;
        }
    }
}
