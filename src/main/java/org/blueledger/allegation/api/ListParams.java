package org.blueledger.allegation.api;

import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.error.ValidationFailedException;

import java.time.LocalDate;
import java.util.List;

import static org.blueledger.platform.rest.QueryParams.blank;

/** The case list's and export's query parameters: codes and dates read field by field, every bad one named. */
final class ListParams {

    private ListParams() {
    }

    static void failOn(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
    }


    static <E extends Enum<E>> E code(Class<E> type, String value, String field, List<FieldError> errors) {
        if (blank(value) == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "unknown value '" + value + "'"));
            return null;
        }
    }

    static LocalDate date(String value, String field, List<FieldError> errors) {
        if (blank(value) == null) {
            return null;
        }
        try {
            return org.blueledger.platform.time.IsoDates.parse(value);
        } catch (org.blueledger.platform.time.IsoDates.InvalidDate e) {
            errors.add(new FieldError(field, e.problem().message));
            return null;
        }
    }
}
