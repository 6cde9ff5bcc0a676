package org.blueledger.platform.time;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * Reads a date exactly as api.md states it: {@code YYYY-MM-DD} with a four-digit year (no
 * sign, no year 0, no expanded years), a real calendar day (no 2021-02-30), from
 * {@link #EARLIEST} on. What is read back is what was sent: the value is stored as a
 * {@code DATE} through {@link java.time.LocalDate}, never through {@code java.sql.Date}'s
 * Julian calendar.
 */
public final class IsoDates {

    /** The first peacekeeping operations: no date of the domain lies before it. */
    public static final LocalDate EARLIEST = LocalDate.of(1948, 1, 1);

    /** The last day a four-digit year can name, the upper bound of any filter. */
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Why a text is not an acceptable date. */
    public enum Problem {
        FORMAT("must be a date YYYY-MM-DD", "date.format"),
        BEFORE_1948("must not be before 1948-01-01", "date.before1948");

        public final String message;
        public final String code;

        Problem(String message, String code) {
            this.message = message;
            this.code = code;
        }
    }

    /** Thrown by {@link #parse(String)}. */
    public static final class InvalidDate extends RuntimeException {
        private final Problem problem;

        InvalidDate(Problem problem) {
            super(problem.message, null, false, false);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    private IsoDates() {
    }

    /** The date, or {@link InvalidDate}; {@code text} must not be {@code null} (strip it first if you wish). */
    public static LocalDate parse(String text) {
        String t = text.strip();
        if (!SHAPE.matcher(t).matches()) {
            throw new InvalidDate(Problem.FORMAT);
        }
        LocalDate d;
        try {
            d = LocalDate.parse(t, STRICT);
        } catch (DateTimeParseException e) {
            throw new InvalidDate(Problem.FORMAT);
        }
        if (d.isBefore(EARLIEST)) {
            throw new InvalidDate(Problem.BEFORE_1948);
        }
        return d;
    }
}
