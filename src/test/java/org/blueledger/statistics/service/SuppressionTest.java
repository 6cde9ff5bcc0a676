package org.blueledger.statistics.service;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SuppressionTest {

    static Map<String, Long> cells(Object... keyValues) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], ((Number) keyValues[i + 1]).longValue());
        }
        return m;
    }

    @Test
    void countsOfOneOrTwoAreShownAsLessThanThree() {
        Map<String, Object> cut = Suppression.breakdown(cells("A", 1, "B", 2, "C", 7));
        assertEquals("<3", cut.get("A"));
        assertEquals("<3", cut.get("B"));
        assertEquals(7L, cut.get("C"));
    }

    @Test
    void aSingleSuppressedCellSuppressesTheNextSmallestCellToo() {
        Map<String, Object> cut = Suppression.breakdown(cells("A", 9, "B", 1, "C", 4, "D", 12));
        assertEquals("<3", cut.get("B"));
        assertEquals("suppressed", cut.get("C"), "4 is the smallest cell left; with it shown, B = total - A - C - D");
        assertEquals(9L, cut.get("A"));
        assertEquals(12L, cut.get("D"));
    }

    @Test
    void twoSuppressedCellsNeedNoSecondarySuppression() {
        Map<String, Object> cut = Suppression.breakdown(cells("A", 9, "B", 1, "C", 2));
        assertEquals(9L, cut.get("A"));
    }

    @Test
    void zerosAndTheBreakdownsOwnTotalStayExact() {
        Map<String, Object> cut = Suppression.breakdown(cells("total", 2, "MEN", 2, "WOMEN", 0, "UNKNOWN", 0), "total");
        assertEquals(2L, cut.get("total"));
        assertEquals("<3", cut.get("MEN"));
        assertEquals("suppressed", cut.get("WOMEN"), "with no cell of 3 or more, a zero is the next smallest");
        assertEquals(0L, cut.get("UNKNOWN"));
    }

    @Test
    void theSecondaryCellPrefersACountOverAZero() {
        Map<String, Object> cut = Suppression.breakdown(cells("A", 0, "B", 2, "C", 30, "D", 5));
        assertEquals(0L, cut.get("A"));
        assertEquals("suppressed", cut.get("D"));
        assertEquals(30L, cut.get("C"));
    }

    @Test
    void aLoneCellHasNothingToHideBehind() {
        Map<String, Object> cut = Suppression.breakdown(cells("MONUC", 2));
        assertEquals("<3", cut.get("MONUC"));
        assertEquals(1, cut.size());
    }

    @Test
    void aSingleCountOutsideABreakdownIsSuppressedAlone() {
        assertEquals("<3", Suppression.cell(1));
        assertEquals(3L, Suppression.cell(3));
        assertEquals(0L, Suppression.cell(0));
    }

    @Test
    void noPublicCellEverEqualsOneOrTwoAndNeverExactlyOneIsHidden() {
        Random random = new Random(12);
        for (int round = 0; round < 2000; round++) {
            Map<String, Long> exact = new LinkedHashMap<>();
            int size = 1 + random.nextInt(8);
            for (int i = 0; i < size; i++) {
                exact.put("k" + i, (long) random.nextInt(7));
            }
            Map<String, Object> cut = Suppression.breakdown(exact);
            long hidden = cut.values().stream().filter(v -> v instanceof String).count();
            for (Object v : cut.values()) {
                assertNotEquals(1L, v);
                assertNotEquals(2L, v);
            }
            assertTrue(hidden != 1 || size == 1, "one hidden cell could be derived from the total: " + exact + " -> " + cut);
        }
    }
}
