package org.blueledger.deadline.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.CallerScope;
import org.blueledger.security.service.CurrentUser;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dashboards' counts (issue 14, item 9): the caller's items overdue and due soon, per clock
 * and per member state (for the clocks owed to or by a state) or per mission (a liaison's
 * unanswered notes not due within the due-soon days are in its full list, not in the counts), and the items
 * behind one count. Read through {@link DeadlineQueries#forCaller}, so the counts carry exactly
 * its scope and role narrowing; due dates count working days in Java there, so the grouping is
 * done here, over at most {@code blueledger.dashboard.count-cap} items of each clock (default
 * {@value #CAP}; {@link DueCounts#capped()} says when that cap was reached, and the page says the
 * counts are "at least"). The cap bounds the dashboard's cost: each clock's SQL walks its index
 * from the most urgent item and probes each candidate, so at 1,000,000 cases HQ's dashboard took
 * 5.6 s with a cap of 5,000 (one clock's 5,000 items: 1.3 s of SQL; 500: 0.11-0.45 s; 200: 0.06 s),
 * see docs/performance.md.
 */
@Stateless
@RolesAllowed({Role.Names.CONDUCT_OFFICER, Role.Names.CHIEF_OF_CONDUCT, Role.Names.INVESTIGATOR, Role.Names.HQ_CONDUCT,
        Role.Names.MEMBER_STATE_LIAISON, Role.Names.VICTIMS_RIGHTS})
public class DeadlineCounts {

    public static final int CAP = 200;

    @Inject
    @ConfigProperty(name = "blueledger.dashboard.count-cap", defaultValue = "" + CAP)
    int cap = CAP;

    @Inject
    DeadlineQueries deadlines;

    @Inject
    CurrentUser currentUser;

    @Inject
    CaseVisibility cases;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "blueledger.reminders.due-soon-days", defaultValue = "3")
    int dueSoonDays;

    /** One clock's counts, by group (a member state's or a mission's code), groups in code order. */
    public record ClockCount(String what, long overdue, long dueSoon, List<GroupCount> groups) {
    }

    /** {@code memberState}: the group is a member state's code (else a mission's). */
    public record GroupCount(String group, boolean memberState, long overdue, long dueSoon) {
    }

    public record DueCounts(List<ClockCount> clocks, long overdue, long dueSoon, boolean capped, int dueSoonDays) {
    }

    /** The caller's counts, clocks in the order of {@link DeadlineQueries.Kind}. */
    public DueCounts counts() {
        LocalDate horizon = LocalDate.now(clock).plusDays(Math.max(0, dueSoonDays));
        List<DueItem> items = all(Math.max(1, cap)).stream().filter(i -> i.overdue() || !i.dueOn().isAfter(horizon)).toList();
        Map<String, Boolean> isState = new java.util.HashMap<>();
        Map<String, Map<String, long[]>> byClock = new TreeMap<>(Comparator.comparingInt(DeadlineCounts::order)
                .thenComparing(Comparator.naturalOrder()));
        long overdue = 0;
        for (DueItem i : items) {
            long[] n = byClock.computeIfAbsent(i.what(), k -> new TreeMap<>()).computeIfAbsent(group(i), k -> new long[2]);
            n[i.overdue() ? 0 : 1]++;
            isState.put(group(i), i.memberState() != null);
            overdue += i.overdue() ? 1 : 0;
        }
        List<ClockCount> clocks = new ArrayList<>();
        byClock.forEach((what, groups) -> {
            List<GroupCount> g = groups.entrySet().stream()
                    .map(e -> new GroupCount(e.getKey(), isState.get(e.getKey()), e.getValue()[0], e.getValue()[1])).toList();
            clocks.add(new ClockCount(what, g.stream().mapToLong(GroupCount::overdue).sum(),
                    g.stream().mapToLong(GroupCount::dueSoon).sum(), g));
        });
        boolean capped = byClock.keySet().stream().anyMatch(w -> items.stream().filter(i -> i.what().equals(w)).count() >= Math.max(1, cap));
        return new DueCounts(clocks, overdue, items.size() - overdue, capped, Math.max(0, dueSoonDays));
    }

    /**
     * The items behind a count: of one clock ({@code what}), one group, overdue ({@code true}) or
     * due soon ({@code false}); a {@code null} leaves that criterion out, and then also lists a
     * liaison's unanswered notes verbales not yet due soon (its inbox). Most urgent first.
     */
    public List<DueItem> items(String what, String group, Boolean overdue) {
        LocalDate horizon = LocalDate.now(clock).plusDays(Math.max(0, dueSoonDays));
        return all(LIST_CAP).stream().filter(i -> what == null || i.what().equals(what))
                .filter(i -> group == null || group.equals(group(i)))
                .filter(i -> overdue == null || i.overdue() == overdue)
                .filter(i -> overdue == null || i.overdue() || !i.dueOn().isAfter(horizon)).toList();
    }

    /** A clock owed to or by a member state is counted per state; the others per mission. */
    public static String group(DueItem item) {
        return item.memberState() != null ? item.memberState() : java.util.Objects.toString(item.mission(), "");
    }

    /**
     * What the caller's dashboard (and {@code GET /api/v1/deadlines}) lists: the items overdue or
     * due within {@code blueledger.reminders.due-soon-days}, at most 50 of each clock. With a
     * reference: every clock running on that case, due soon or not (the case page's list); a case
     * outside the caller's scope is the case file's 404, audited.
     */
    public List<DueItem> dueItems(String reference) {
        CallerScope caller = currentUser.scope();
        if (reference != null) {
            cases.requireVisible(reference, caller); // 404 and a DENIED entry outside the scope
            return deadlines.forCase(caller, reference, LocalDate.now(clock));
        }
        return deadlines.forCaller(caller, LocalDate.now(clock), Math.max(0, dueSoonDays), 50);
    }

    /**
     * The items behind a count (allegation/due.xhtml, one click, not every sign-in) are listed up
     * to this many of each clock, as before the dashboard's count cap: a liaison's inbox lists
     * every note verbale awaiting its answer.
     */
    static final int LIST_CAP = 5_000;

    private List<DueItem> all(int limit) {
        return deadlines.forCaller(currentUser.scope(), LocalDate.now(clock), Math.max(0, dueSoonDays), limit);
    }

    private static int order(String what) {
        try {
            return DeadlineQueries.Kind.valueOf(what).ordinal();
        } catch (IllegalArgumentException e) {
            return Integer.MAX_VALUE;
        }
    }
}
