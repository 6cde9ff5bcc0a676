package org.blueledger.deadline.service;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.blueledger.security.service.CallerScope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The clock registry (domain.md "Deadlines"): every feature contributes its clocks through
 * {@link DeadlineSource} (the case file's four in {@code allegation.service.CaseClocks}, victim
 * support's paternity-claim notification in {@code PaternityClaimClock}); the dashboards, the case
 * page, {@code GET /api/v1/deadlines} and the reminder scan read them all here. Each source scopes
 * its own queries in SQL by the caller it is handed; nothing is stored per clock.
 */
@Stateless
public class DeadlineQueries {

    /** Every clock of every feature: the whitelist of {@link DueItem#what()} and the order of the counts. */
    public enum Kind { MEMBER_STATE_NOTIFICATION, NOTE_VERBALE_ANSWER, INVESTIGATION, ACTION_REPORT,
        /** Victim support's clock (through {@link DeadlineSource}): the UN notifies the state of a paternity claim. */
        PATERNITY_CLAIM_NOTIFICATION }

    /** The features' clocks, each scoped by its source itself. */
    @Inject
    @Any
    Instance<DeadlineSource> sources;

    /** What a caller's dashboard lists: items overdue or due within {@code dueSoonDays}. */
    public List<DueItem> forCaller(CallerScope caller, LocalDate today, int dueSoonDays, int limit) {
        return byCaller(caller, today, today.plusDays(dueSoonDays), limit, null);
    }

    /**
     * Every clock running on one case, due soon or not, as the caller may see it (the same
     * narrowing by role as {@link #forCaller}); empty for a case outside the caller's scope.
     */
    public List<DueItem> forCase(CallerScope caller, String reference, LocalDate today) {
        LocalDate far = today.plusYears(10);
        return byCaller(caller, today, far, 50, reference);
    }

    /** The clocks a caller may see, each item once, by due date. */
    private List<DueItem> byCaller(CallerScope caller, LocalDate today, LocalDate horizon, int limit, String caseRef) {
        Map<String, DueItem> items = new LinkedHashMap<>();
        for (DeadlineSource source : ordered()) {
            source.dueFor(caller, today, horizon, limit, caseRef).forEach(i -> items.putIfAbsent(i.key(), i));
        }
        List<DueItem> sorted = new ArrayList<>(items.values());
        sorted.sort(Comparator.comparing(DueItem::dueOn).thenComparing(DueItem::key));
        return sorted;
    }

    /** Every case's items overdue or due within {@code dueSoonDays}: for the reminder job only, never for a caller. */
    public List<DueItem> allDue(LocalDate today, int dueSoonDays, int limitPerKind) {
        List<DueItem> items = new ArrayList<>();
        for (DeadlineSource source : ordered()) {
            items.addAll(source.allDue(today, today.plusDays(dueSoonDays), limitPerKind));
        }
        return items;
    }

    /** The sources in a fixed order (by class name: the case file's clocks first), so a scan is repeatable. */
    private List<DeadlineSource> ordered() {
        return sources.stream().sorted(Comparator.comparing(s -> s.getClass().getName())).toList();
    }
}
