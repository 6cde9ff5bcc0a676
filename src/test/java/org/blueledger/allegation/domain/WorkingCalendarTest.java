package org.blueledger.allegation.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WorkingCalendarTest {

    final WorkingCalendar cut = new WorkingCalendar(Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1)));

    @Test
    void tenWorkingDaysFromAMondayFallOnTheMondayTwoWeeksLater() {
        assertEquals(LocalDate.of(2018, 5, 28), cut.due(LocalDate.of(2018, 5, 14), 10, WorkingCalendar.Unit.WORKING_DAYS));
    }

    @Test
    void countingStartsTheDayAfterAndSkipsWeekends() {
        assertEquals(LocalDate.of(2018, 5, 21), cut.due(LocalDate.of(2018, 5, 18), 1, WorkingCalendar.Unit.WORKING_DAYS),
                "sent on a Friday: due the Monday");
        assertEquals(LocalDate.of(2018, 5, 21), cut.due(LocalDate.of(2018, 5, 19), 1, WorkingCalendar.Unit.WORKING_DAYS),
                "sent on a Saturday: due the Monday");
    }

    @Test
    void configuredHolidaysAreSkippedAcrossTheYearEnd() {
        assertEquals(LocalDate.of(2027, 1, 4), cut.due(LocalDate.of(2026, 12, 24), 5, WorkingCalendar.Unit.WORKING_DAYS),
                "from 24 Dec: 25 Dec and 1 Jan are holidays; 28, 29, 30, 31 Dec and 4 Jan count");
    }

    @Test
    void calendarDaysAndMonthsAreDateArithmeticAcrossMonthEnds() {
        assertEquals(LocalDate.of(2018, 8, 30), cut.due(LocalDate.of(2018, 6, 1), 90, WorkingCalendar.Unit.CALENDAR_DAYS));
        assertEquals(LocalDate.of(2018, 2, 28), cut.due(LocalDate.of(2017, 11, 30), 3, WorkingCalendar.Unit.MONTHS),
                "a minor victim's 3 months end on the last day of a shorter month");
    }
}
