package org.blueledger.deadline.service;

import org.blueledger.security.domain.Role;
import org.blueledger.security.service.CallerScope;
import org.blueledger.security.service.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class DeadlineCountsTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 2);

    DeadlineCounts cut = new DeadlineCounts();
    List<DueItem> items;

    @BeforeEach
    void setUp() {
        cut.clock = Clock.fixed(Instant.parse("2025-06-02T10:00:00Z"), ZoneOffset.UTC);
        cut.dueSoonDays = 3;
        cut.currentUser = new CurrentUser() {
            @Override
            public CallerScope scope() {
                return new CallerScope("hq", Set.of(Role.HQ_CONDUCT), null, null);
            }
        };
        cut.deadlines = new DeadlineQueries() {
            @Override
            public List<DueItem> forCaller(CallerScope caller, LocalDate today, int dueSoonDays, int limit) {
                return items;
            }
        };
        items = List.of(
                item("INVESTIGATION", null, "UNMISS", TODAY.minusDays(3), "INV:1"),
                item("INVESTIGATION", null, "UNMISS", TODAY.plusDays(2), "INV:2"),
                item("INVESTIGATION", null, "MONUSCO", TODAY.minusDays(1), "INV:3"),
                item("NOTE_VERBALE_ANSWER", "NPL", "UNMISS", TODAY.minusDays(9), "NVA:4"),
                item("NOTE_VERBALE_ANSWER", "NPL", "MINUSCA", TODAY.minusDays(2), "NVA:5"),
                item("NOTE_VERBALE_ANSWER", "GHA", "UNMISS", TODAY.plusDays(8), "NVA:6")); // a liaison's inbox, not yet due soon
    }

    @Test
    void itemsAreCountedPerClockAndPerStateOrMissionOverdueAndDueSoon() {
        DeadlineCounts.DueCounts counts = cut.counts();
        assertEquals(4, counts.overdue());
        assertEquals(1, counts.dueSoon());
        assertFalse(counts.capped());
        assertEquals(List.of("NOTE_VERBALE_ANSWER", "INVESTIGATION"), counts.clocks().stream()
                .map(DeadlineCounts.ClockCount::what).toList(), "in the order of the clocks");
        DeadlineCounts.ClockCount investigations = counts.clocks().get(1);
        assertEquals(List.of(new DeadlineCounts.GroupCount("MONUSCO", false, 1, 0),
                new DeadlineCounts.GroupCount("UNMISS", false, 1, 1)), investigations.groups());
        assertEquals(List.of(new DeadlineCounts.GroupCount("NPL", true, 2, 0)), counts.clocks().get(0).groups(),
                "a note not due within the due-soon days is not counted");
    }

    @Test
    void theItemsBehindACountAreThoseOfItsClockGroupAndDueness() {
        assertEquals(List.of("NVA:4", "NVA:5"), cut.items("NOTE_VERBALE_ANSWER", "NPL", true).stream().map(DueItem::key).toList());
        assertEquals(List.of("INV:2"), cut.items("INVESTIGATION", null, false).stream().map(DueItem::key).toList());
        assertEquals(6, cut.items(null, null, null).size(), "the full list keeps the inbox");
    }

    static DueItem item(String what, String state, String mission, LocalDate due, String key) {
        return new DueItem("REF-" + key, what, due, state, due.isBefore(TODAY), 1L, mission, key, null);
    }
}
