package org.blueledger.allegation.service;

import org.blueledger.allegation.persistence.CaseList;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CaseCursorsTest {

    @Test
    void aCursorReadsBackAsWritten() {
        CaseList.Cursor c = new CaseList.Cursor(LocalDate.of(2018, 5, 14), 1234);
        assertEquals("2018-05-14_1234", CaseCursors.format(c));
        assertEquals(Optional.of(c), CaseCursors.parse(CaseCursors.format(c)));
    }

    @Test
    void anythingElseIsNoCursor() {
        for (String bad : new String[] {"", "x", "2018-05-14", "2018-05-14_", "_12", "2018-02-30_1", "2018-13-01_1",
                "2018-05-14_-1", "2018-05-14_1_2", " 2018-05-14_1", "2018-05-14_1234567890123456789"}) {
            assertEquals(Optional.empty(), CaseCursors.parse(bad), bad);
        }
        assertEquals(Optional.empty(), CaseCursors.parse(null));
    }
}
