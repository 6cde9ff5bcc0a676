package org.blueledger.deadline.domain;

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

    /**
     * The latest start whose deadline falls on or before {@code date}: a clock that started on
     * that day or earlier is due by {@code date}. Lets a query select "due by" on the start
     * column, which working days make impossible to express in SQL.
     */
    public LocalDate latestStartDueBy(LocalDate date, int amount, Unit unit) {
        LocalDate start = switch (unit) {
            case CALENDAR_DAYS -> date.minusDays(amount);
            case MONTHS -> date.minusMonths(amount);
            case WORKING_DAYS -> date.minusDays(amount);
        };
        while (due(start, amount, unit).isAfter(date)) {
            start = start.minusDays(1);
        }
        while (!due(start.plusDays(1), amount, unit).isAfter(date)) {
            start = start.plusDays(1);
        }
        return start;
    }

    /**
     * A clock that repeats until something is done (domain.md: "reminder every 90 days until
     * reported"): the latest deadline reached by {@code today}, or the first one while none is.
     */
    public LocalDate recurringDue(LocalDate start, int amount, Unit unit, LocalDate today) {
        LocalDate due = due(start, amount, unit);
        for (LocalDate next = due(due, amount, unit); !next.isAfter(today); next = due(next, amount, unit)) {
            due = next;
        }
        return due;
    }

    public boolean isWorkingDay(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(d);
    }
}
