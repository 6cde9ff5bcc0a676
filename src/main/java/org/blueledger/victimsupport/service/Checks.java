package org.blueledger.victimsupport.service;

import org.blueledger.platform.error.FieldError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/** The field rules victim support shares (api.md: dates from 1948-01-01, not in the future; amounts with a currency). */
final class Checks {

    static final LocalDate EARLIEST = LocalDate.of(1948, 1, 1);
    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private Checks() {
    }

    static void required(Object value, String field, List<FieldError> errors) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            errors.add(new FieldError(field, "is required", "required"));
        }
    }

    /** A date about the past: from 1948-01-01, not after today; {@code null} passes (see {@link #required}). */
    static void pastDate(LocalDate d, String field, LocalDate today, List<FieldError> errors) {
        if (d == null) {
            return;
        }
        if (d.isBefore(EARLIEST)) {
            errors.add(new FieldError(field, "must be on or after 1948-01-01", "date.before1948"));
        } else if (d.isAfter(today)) {
            errors.add(new FieldError(field, "may not lie in the future", "date.future"));
        }
    }

    static void maxLength(String s, int max, String field, List<FieldError> errors) {
        if (s != null && s.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters", "tooLong"));
        }
    }

    static void amount(BigDecimal amount, String field, List<FieldError> errors) {
        if (amount == null) {
            return;
        }
        if (amount.signum() <= 0) {
            errors.add(new FieldError(field, "must be greater than zero", "amount.positive"));
        } else if (amount.compareTo(MAX_AMOUNT) > 0 || amount.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError(field, "must have at most 12 digits and 2 decimals", "amount.format"));
        }
    }

    static void currency(String currency, String field, List<FieldError> errors) {
        if (currency != null && !CURRENCY.matcher(currency).matches()) {
            errors.add(new FieldError(field, "must be an ISO 4217 code of three capital letters (USD)", "currency.format"));
        }
    }

    static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
