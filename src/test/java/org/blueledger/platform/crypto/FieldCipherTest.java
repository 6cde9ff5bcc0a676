package org.blueledger.platform.crypto;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FieldCipherTest {

    static final String K1 = "k1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    static final String K2 = "k2:ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=";

    final FieldCipher cut = FieldCipher.of(K1 + "," + K2, "k2");

    @Test
    void aValueIsStoredUnderTheActiveKeyAndReadBack() {
        String stored = cut.encrypt("victim.name", "Amina");
        assertTrue(stored.startsWith("enc:v1:k2:"), stored);
        assertFalse(stored.contains("Amina"));
        assertEquals("Amina", cut.decrypt("victim.name", stored));
    }

    @Test
    void theSameValueEncryptsDifferentlyEachTime() {
        assertNotEquals(cut.encrypt("victim.name", "Amina"), cut.encrypt("victim.name", "Amina"));
    }

    @Test
    void aValueMovedToAnotherFieldIsRefused() {
        String stored = cut.encrypt("victim.name", "Amina");
        assertThrows(IllegalStateException.class, () -> cut.decrypt("victim.contact", stored));
    }

    @Test
    void anAlteredValueIsRefused() {
        String stored = cut.encrypt("victim.name", "Amina");
        String altered = stored.substring(0, stored.length() - 2) + (stored.endsWith("A") ? "BB" : "AA");
        assertThrows(IllegalStateException.class, () -> cut.decrypt("victim.name", altered));
    }

    @Test
    void valuesUnderAnOlderListedKeyStayReadableAndNeedRotation() {
        String old = FieldCipher.of(K1, "k1").encrypt("subject.name", "Old");
        assertEquals("Old", cut.decrypt("subject.name", old));
        assertTrue(cut.needsRotation(old));
        assertFalse(cut.needsRotation(cut.encrypt("subject.name", "New")));
        assertTrue(cut.needsRotation("legacy plaintext"));
    }

    @Test
    void aValueUnderAnUnlistedKeyIsRefused() {
        String stored = cut.encrypt("victim.name", "Amina");
        assertThrows(IllegalStateException.class, () -> FieldCipher.of(K1, "k1").decrypt("victim.name", stored));
    }

    @Test
    void legacyPlaintextAndNullPassThrough() {
        assertEquals("plain", cut.decrypt("victim.name", "plain"));
        assertNull(cut.encrypt("victim.name", null));
    }

    @Test
    void missingOrBadKeysStopTheApplicationWithAClearMessage() {
        IllegalStateException none = assertThrows(IllegalStateException.class, () -> FieldCipher.of("", null));
        assertTrue(none.getMessage().contains("BLUELEDGER_CRYPTO_KEYS"));
        assertThrows(IllegalStateException.class, () -> FieldCipher.of("k1:AAAA", null));
        assertThrows(IllegalStateException.class, () -> FieldCipher.of(K1, "k9"));
    }
}
