package org.blueledger.followup.service;

import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.platform.time.IsoDates;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The input checks the follow-up's use cases share: each names the field in error, and {@link #fail} refuses them all at once (400). */
final class FollowUpInput {

    private FollowUpInput() {
    }

    /** A required ISO date, not after {@code today}. */
    static LocalDate date(String value, String field, LocalDate today, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required", "required"));
            return null;
        }
        try {
            LocalDate d = IsoDates.parse(value);
            if (d.isAfter(today)) {
                errors.add(new FieldError(field, "must not be in the future", "date.future"));
            }
            return d;
        } catch (IsoDates.InvalidDate e) {
            errors.add(new FieldError(field, e.problem().message, e.problem().code));
            return null;
        }
    }

    /** A required date that may not precede {@code earliest} ({@code what} names it in the message). */
    static LocalDate dateFrom(String value, String field, LocalDate today, LocalDate earliest, String what,
                              List<FieldError> errors) {
        LocalDate d = date(value, field, today, errors);
        if (d != null && d.isBefore(earliest)) {
            errors.add(new FieldError(field, "cannot precede " + what + " (" + earliest + ")", "date.tooEarly"));
        }
        return d;
    }

    /** A required constant of {@code type}. */
    static <E extends Enum<E>> E code(Class<E> type, String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required", "required"));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "unknown value '" + value + "'; expected one of "
                    + Arrays.toString(type.getEnumConstants()), "code.unknown"));
            return null;
        }
    }

    /** Free text of at most {@code max} characters; blank is none. */
    static void maxLength(String value, int max, String field, List<FieldError> errors) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters", "tooLong"));
        }
    }

    /** The text stripped, or null when blank. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static void fail(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
    }
}
