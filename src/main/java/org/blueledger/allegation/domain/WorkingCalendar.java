package org.blueledger.allegation.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Deadlines: working days are Monday to Friday minus the configured holidays, counted from the
 * day after the start (sent on a Monday, 10 working days fall due on the Monday two weeks
 * later); calendar days and months are plain date arithmetic.
 */
public record WorkingCalendar(Set<LocalDate> holidays) {

    public enum Unit { WORKING_DAYS, CALENDAR_DAYS, MONTHS }

    public LocalDate due(LocalDate start, int amount, Unit unit) {
        return switch (unit) {
            case CALENDAR_DAYS -> start.plusDays(amount);
            case MONTHS -> start.plusMonths(amount);
            case WORKING_DAYS -> {
                LocalDate d = start;
                int left = amount;
                while (left > 0) {
                    d = d.plusDays(1);
                    if (isWorkingDay(d)) {
                        left--;
                    }
                }
                yield d;
            }
        };
    }

    public boolean isWorkingDay(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(d);
    }
}
