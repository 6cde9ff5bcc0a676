package org.blueledger.allegation.service;

import org.blueledger.allegation.persistence.CaseList;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The case list's keyset cursor as the API writes it ({@code next}) and reads it ({@code after}):
 * the last case's date of receipt and its id, {@code 2018-05-14_1234}. A client treats it as
 * opaque; it names no case the caller could not see, since it comes from the caller's own page.
 */
public final class CaseCursors {

    private static final Pattern FORM = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})_(\\d{1,18})");

    private CaseCursors() {
    }

    public static String format(CaseList.Cursor cursor) {
        return cursor.receivedOn() + "_" + cursor.id();
    }

    /** The cursor, or empty if {@code text} is not one this API wrote. */
    public static Optional<CaseList.Cursor> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CaseList.Cursor(LocalDate.parse(m.group(1)), Long.parseLong(m.group(2))));
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
