package org.blueledger.statistics.service;

import org.blueledger.allegation.domain.PersonnelCategory;
import org.blueledger.platform.error.FieldError;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Parsing of the statistics parameters; each bad one adds a {@link FieldError} naming it. */
final class StatisticsParameters {

    static final int FIRST_YEAR = 1948;

    private StatisticsParameters() {
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static int year(String value, int thisYear, List<FieldError> errors) {
        String v = blank(value);
        if (v == null) {
            errors.add(new FieldError("year", "is required", "statistics.year.required"));
            return thisYear;
        }
        try {
            int y = Integer.parseInt(v);
            if (y < FIRST_YEAR || y > thisYear) {
                errors.add(new FieldError("year", "must be between " + FIRST_YEAR + " and " + thisYear,
                        "statistics.year.range"));
                return thisYear;
            }
            return y;
        } catch (NumberFormatException e) {
            errors.add(new FieldError("year", "must be a year such as 2018", "statistics.year.range"));
            return thisYear;
        }
    }

    static int quarter(String value, List<FieldError> errors) {
        String v = blank(value);
        if (v == null) {
            errors.add(new FieldError("quarter", "is required (1 to 4)", "statistics.quarter.range"));
            return 1;
        }
        if (!v.matches("[1-4]")) {
            errors.add(new FieldError("quarter", "must be 1, 2, 3 or 4", "statistics.quarter.range"));
            return 1;
        }
        return Integer.parseInt(v);
    }

    static LocalDate date(String value, String field, List<FieldError> errors) {
        String v = blank(value);
        if (v == null) {
            return null;
        }
        if (!v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            errors.add(new FieldError(field, "must be a date YYYY-MM-DD", "statistics.date.format"));
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date YYYY-MM-DD", "statistics.date.format"));
            return null;
        }
    }

    static String category(String value, List<FieldError> errors) {
        String v = blank(value);
        if (v == null) {
            return null;
        }
        for (PersonnelCategory c : PersonnelCategory.values()) {
            if (c.name().equals(v)) {
                return v;
            }
        }
        errors.add(new FieldError("personnelCategory", "is not a personnel category", "statistics.category.unknown"));
        return null;
    }

    static boolean bool(String value, String field, List<FieldError> errors) {
        String v = blank(value);
        if (v == null || v.equals("false")) {
            return false;
        }
        if (v.equals("true")) {
            return true;
        }
        errors.add(new FieldError(field, "must be true or false", "statistics.boolean"));
        return false;
    }

    static ReportFormat format(String value, List<FieldError> errors) {
        String v = blank(value);
        if (v == null) {
            return ReportFormat.JSON;
        }
        for (ReportFormat f : ReportFormat.values()) {
            if (f.name().equalsIgnoreCase(v)) {
                return f;
            }
        }
        errors.add(new FieldError("format", "must be json, csv, xlsx or pdf", "statistics.format"));
        return ReportFormat.JSON;
    }

    static Locale lang(String value, List<FieldError> errors) {
        String v = blank(value);
        if (v == null || v.equals("en")) {
            return Locale.ENGLISH;
        }
        if (v.equals("fr")) {
            return Locale.FRENCH;
        }
        errors.add(new FieldError("lang", "must be en or fr", "statistics.lang"));
        return Locale.ENGLISH;
    }
}
