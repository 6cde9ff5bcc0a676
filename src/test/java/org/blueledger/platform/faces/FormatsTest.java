package org.blueledger.platform.faces;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class FormatsTest {

    @Test
    void aDateReadsAsWordsInEnglishAndFrench() {
        assertEquals("3 May 2024", Formats.date(LocalDate.of(2024, 5, 3), Formats.EN));
        assertEquals("3 mai 2024", Formats.date(LocalDate.of(2024, 5, 3), Formats.FR));
    }

    @Test
    void anInstantIsShownToTheMinuteInUtcWithoutMicroseconds() {
        Instant at = Instant.parse("2024-05-03T14:05:59.123456Z");
        String en = Formats.time(at, Formats.EN);
        String fr = Formats.time(at, Formats.FR);
        assertEquals("3 May 2024, 14:05 UTC", en);
        assertFalse(fr.contains("59") || fr.contains("T14"), fr);
        assertEquals(true, fr.startsWith("3 mai 2024") && fr.endsWith("14:05 UTC"), fr);
    }
}
