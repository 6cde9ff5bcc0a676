package org.blueledger.platform.faces;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The UI text exists in both working languages, and every placeholder of a message is filled
 * in both by the formatting the pages and e-mails use ({@code Texts.format}), apostrophes included.
 */
class BundlesTest {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    final ResourceBundle en = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH);
    final ResourceBundle fr = ResourceBundle.getBundle(Messages.BUNDLE, Locale.FRENCH);

    @Test
    void everyKeyHasAnEnglishAndAFrenchText() throws Exception {
        for (String name : new String[] {"messages", "faces"}) {
            Set<String> english = keys(name + ".properties");
            Set<String> french = keys(name + "_fr.properties");
            Set<String> onlyEnglish = new TreeSet<>(english);
            onlyEnglish.removeAll(french);
            Set<String> onlyFrench = new TreeSet<>(french);
            onlyFrench.removeAll(english);
            assertTrue(onlyEnglish.isEmpty(), name + ": no French text for " + onlyEnglish);
            assertTrue(onlyFrench.isEmpty(), name + ": no English text for " + onlyFrench);
        }
    }

    /** The keys of one file, read on its own (a ResourceBundle would fall back to English and hide a gap). */
    private static Set<String> keys(String file) throws Exception {
        java.util.Properties p = new java.util.Properties();
        try (var in = BundlesTest.class.getResourceAsStream("/org/blueledger/i18n/" + file);
             var reader = new java.io.InputStreamReader(java.util.Objects.requireNonNull(in, file),
                     java.nio.charset.StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void placeholdersSurviveFormattingInBothLanguagesEvenWithApostrophes() {
        for (String key : Collections.list(en.getKeys())) {
            Set<String> expected = placeholders(en.getString(key));
            if (expected.isEmpty()) {
                continue;
            }
            assertEquals(expected, placeholders(fr.getString(key)), key + ": the same placeholders in French");
            for (ResourceBundle b : new ResourceBundle[] {en, fr}) {
                Object[] filled = new Object[10];
                expected.forEach(i -> filled[Integer.parseInt(i)] = "<" + i + ">");
                String text = org.blueledger.platform.i18n.Texts.format(b.getString(key), b.getLocale(), filled);
                for (String i : expected) {
                    assertTrue(text.contains("<" + i + ">"), key + " (" + b.getLocale() + ") lost {" + i + "}: " + text);
                }
            }
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

}
