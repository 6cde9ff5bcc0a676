package org.blueledger.platform.i18n;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextsTest {

    @Test
    void anApostropheBeforeAPlaceholderDoesNotSwallowIt() {
        assertEquals("Nom d'utilisateur : un compte nommé ana existe déjà.",
                Texts.format("Nom d'utilisateur : un compte nommé {0} existe déjà.", Locale.FRENCH, "ana"));
    }

    @Test
    void aTextWithoutArgumentsIsReturnedAsWritten() {
        assertEquals("l'État {0}", Texts.format("l'État {0}", Locale.FRENCH));
    }
}
