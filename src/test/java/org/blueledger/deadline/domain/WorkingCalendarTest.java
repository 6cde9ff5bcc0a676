package org.blueledger.deadline.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void latestStartDueByIsTheInverseOfDueForEveryUnit() {
        LocalDate from = LocalDate.of(2026, 12, 1);
        for (WorkingCalendar.Unit unit : WorkingCalendar.Unit.values()) {
            int amount = unit == WorkingCalendar.Unit.MONTHS ? 3 : 5;
            for (LocalDate date = from; date.isBefore(from.plusDays(70)); date = date.plusDays(1)) {
                LocalDate start = cut.latestStartDueBy(date, amount, unit);
                assertFalse(cut.due(start, amount, unit).isAfter(date), unit + " " + date + ": " + start + " is due by then");
                assertTrue(cut.due(start.plusDays(1), amount, unit).isAfter(date),
                        unit + " " + date + ": a day later is due after it");
            }
        }
    }

    @Test
    void aReportReceivedOnThursdayIsFlaggedAfterFiveWorkingDaysOverTheChristmasHoliday() {
        assertEquals(LocalDate.of(2026, 12, 27), cut.latestStartDueBy(LocalDate.of(2027, 1, 4), 5, WorkingCalendar.Unit.WORKING_DAYS),
                "reports received from 24 to 27 Dec (holiday and weekend) are all due on 4 Jan; one of 28 Dec on 5 Jan");
        assertEquals(LocalDate.of(2026, 12, 23), cut.latestStartDueBy(LocalDate.of(2026, 12, 31), 5, WorkingCalendar.Unit.WORKING_DAYS));
    }

    @Test
    void theNinetyDayReminderRepeatsUntilReported() {
        LocalDate finding = LocalDate.of(2026, 1, 10);
        assertEquals(LocalDate.of(2026, 4, 10), cut.recurringDue(finding, 90, WorkingCalendar.Unit.CALENDAR_DAYS, LocalDate.of(2026, 2, 1)),
                "before the first deadline: the first deadline");
        assertEquals(LocalDate.of(2026, 4, 10), cut.recurringDue(finding, 90, WorkingCalendar.Unit.CALENDAR_DAYS, LocalDate.of(2026, 7, 8)));
        assertEquals(LocalDate.of(2026, 7, 9), cut.recurringDue(finding, 90, WorkingCalendar.Unit.CALENDAR_DAYS, LocalDate.of(2026, 7, 9)),
                "the second reminder falls due 180 days after the finding");
        assertEquals(LocalDate.of(2026, 10, 7), cut.recurringDue(finding, 90, WorkingCalendar.Unit.CALENDAR_DAYS, LocalDate.of(2026, 11, 23)));
    }
}
