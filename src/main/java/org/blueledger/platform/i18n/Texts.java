package org.blueledger.platform.i18n;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * Fills the {@code {0}} placeholders of a text from the message bundles. The bundles write
 * apostrophes plainly (French needs many: "l'État", "d'utilisateur"), so they are escaped here
 * before {@link MessageFormat}, which would otherwise take one as the start of a quote and
 * leave the placeholders after it unfilled.
 */
public final class Texts {

    private Texts() {
    }

    public static String format(String pattern, Locale locale, Object... args) {
        return args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), locale).format(args);
    }
}
