package org.blueledger.platform.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Dates, times and codes as people read them, in the page's language: {@code #{formats.date(d)}}
 * gives "3 May 2024" (en-GB) or "3 mai 2024" (fr-FR), {@code #{formats.time(i)}} gives
 * "3 May 2024, 14:05 UTC" (times are kept and shown in UTC, never raw ISO with microseconds),
 * {@code #{formats.label('audit.action.', code)}} the bundle's label of a code, or the code when
 * the bundle has none.
 */
@Named
@RequestScoped
public class Formats {

    static final Locale EN = Locale.forLanguageTag("en-GB");
    static final Locale FR = Locale.forLanguageTag("fr-FR");

    @Inject
    LocalePreferences preferences;

    private Locale locale;

    Locale locale() {
        if (locale == null) {
            locale = preferences != null && "fr".equals(preferences.getLanguage()) ? FR : EN;
        }
        return locale;
    }

    /** A calendar date, e.g. 3 May 2024; empty for none. */
    public String date(Object value) {
        if (value instanceof LocalDate d) {
            return date(d, locale());
        }
        return value == null ? "" : value.toString();
    }

    /** An instant, to the minute, in UTC, e.g. 3 May 2024, 14:05 UTC; empty for none. */
    public String time(Object value) {
        if (value instanceof Instant i) {
            return time(i, locale());
        }
        return value == null ? "" : value.toString();
    }

    /** The bundle's label {@code prefix + code}, or the code itself when the bundle has no such key. */
    public String label(String prefix, Object code) {
        if (code == null) {
            return "";
        }
        String key = prefix + code;
        String text = Messages.text(key);
        return text.equals(key) ? code.toString() : text;
    }

    /** A code and its label in the page's language, for a choice list. */
    public record Labelled(String code, String label) {
    }

    /** The constants of an enum with their labels {@code prefix + name()} (e.g. the audit actions), sorted by label. */
    public java.util.List<Labelled> labels(String prefix, Enum<?>[] constants) {
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle(Messages.BUNDLE, locale());
        return java.util.Arrays.stream(constants)
                .map(c -> new Labelled(c.name(), bundle.containsKey(prefix + c.name()) ? bundle.getString(prefix + c.name()) : c.name()))
                .sorted(java.util.Comparator.comparing(Labelled::label, java.text.Collator.getInstance(locale())))
                .toList();
    }

    static String date(LocalDate d, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(d);
    }

    static String time(Instant i, Locale locale) {
        TemporalAccessor utc = i.atOffset(ZoneOffset.UTC);
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).format(utc)
                + " UTC";
    }
}
