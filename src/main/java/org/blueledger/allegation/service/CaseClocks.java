package org.blueledger.allegation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.blueledger.allegation.domain.CaseAssignment;
import org.blueledger.allegation.persistence.AllegationScope;
import org.blueledger.deadline.service.DeadlineQueries;
import org.blueledger.deadline.service.DeadlineQueries.Kind;
import org.blueledger.deadline.service.DeadlineSource;
import org.blueledger.deadline.service.DueItem;
import org.blueledger.deadline.service.Holidays;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.CallerScope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The deadline clocks of domain.md (their queries in {@link NoticeClocks} and {@link FindingClocks}), computed from the case data (nothing is stored per clock):
 * <ul>
 *   <li>{@code MEMBER_STATE_NOTIFICATION}: an open case names uniformed personnel of a state the
 *       UN has not notified; flagged 5 working days after the report was received;</li>
 *   <li>{@code NOTE_VERBALE_ANSWER}: the state has not answered a note verbale (10 working days);</li>
 *   <li>{@code INVESTIGATION}: an investigation is not complete by its due date;</li>
 *   <li>{@code ACTION_REPORT}: an investigation substantiated the allegation and the notified state
 *       has reported no final action on its nationals; due 90 days after the finding and again
 *       every 90 days until reported.</li>
 * </ul>
 * Every query carries the caller's {@link AllegationScope} in its WHERE clause; the reminder job
 * alone asks for all cases ({@link #allDue}). The case file contributes these clocks to the
 * deadline registry ({@link DeadlineQueries}) through {@link DeadlineSource}, like every feature;
 * {@link #responsible} tells the reminder scan who on the case answers for an item.
 */
@ApplicationScoped
public class CaseClocks implements DeadlineSource {

    @PersistenceContext(unitName = "blueledger")
    EntityManager em;

    @Inject
    Holidays holidays;

    @Inject
    NoticeClocks notices;

    @Inject
    FindingClocks findings;

    /**
     * The clocks a caller's roles let it see. Conduct staff see every clock of the cases in scope;
     * an investigator the investigations assigned to them; a liaison the notes verbales to its
     * state and the action reports its state owes. A liaison's unanswered notes are all listed
     * (its inbox) unless one case is asked for ({@code caseRef}), where {@code horizon} bounds them too.
     */
    @Override
    public List<DueItem> dueFor(CallerScope caller, LocalDate today, LocalDate horizon, int limit, String caseRef) {
        LocalDate inboxHorizon = caseRef == null ? null : horizon;
        AllegationScope scope = AllegationScope.of(caller);
        java.util.Map<String, DueItem> items = new java.util.LinkedHashMap<>();
        if (caller.hasAny(Role.CONDUCT_OFFICER, Role.CHIEF_OF_CONDUCT, Role.HQ_CONDUCT)) {
            collect(scope, EnumSet.allOf(Kind.class), null, null, today, horizon, limit, caseRef, false)
                    .forEach(i -> items.putIfAbsent(i.key(), i));
        }
        if (caller.has(Role.INVESTIGATOR)) {
            collect(scope, EnumSet.of(Kind.INVESTIGATION), null, caller.username(), today, horizon, limit, caseRef, false)
                    .forEach(i -> items.putIfAbsent(i.key(), i));
        }
        if (caller.has(Role.MEMBER_STATE_LIAISON) && caller.memberState() != null) {
            collect(scope, EnumSet.of(Kind.NOTE_VERBALE_ANSWER), caller.memberState(), null, today, inboxHorizon, limit,
                    caseRef, false).forEach(i -> items.putIfAbsent(i.key(), i));
            collect(scope, EnumSet.of(Kind.ACTION_REPORT), caller.memberState(), null, today, horizon, limit, caseRef, false)
                    .forEach(i -> items.putIfAbsent(i.key(), i));
        }
        return new ArrayList<>(items.values());
    }

    /** Every case's items due by {@code horizon}, newest due first: for the reminder scan only, never for a caller. */
    @Override
    public List<DueItem> allDue(LocalDate today, LocalDate horizon, int limit) {
        return collect(AllegationScope.everything(), EnumSet.allOf(Kind.class), null, null, today, horizon, limit, null, true);
    }

    /**
     * Who on the case answers for each item (by {@link DueItem#key()}): the case's assigned
     * conduct officers, and for an investigation the investigators assigned to it or to the
     * whole case. A few queries for any number of items.
     */
    public java.util.Map<String, Set<String>> responsible(List<DueItem> items) {
        java.util.Map<Long, Set<String>> officers = new java.util.HashMap<>();
        java.util.Map<Long, List<Object[]>> investigators = new java.util.HashMap<>();
        List<Long> ids = items.stream().map(DueItem::allegationId).distinct().toList();
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            em.createQuery("SELECT ca.allegationId, ca.username, ca.role, ca.investigationId FROM CaseAssignment ca "
                            + "WHERE ca.allegationId IN :ids ORDER BY ca.username", Object[].class)
                    .setParameter("ids", chunk).getResultList().forEach(r -> {
                        long id = ((Number) r[0]).longValue();
                        if (r[2] == CaseAssignment.Role.CONDUCT_OFFICER) {
                            officers.computeIfAbsent(id, k -> new LinkedHashSet<>()).add((String) r[1]);
                        } else {
                            investigators.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
                        }
                    });
        }
        java.util.Map<String, Set<String>> out = new java.util.HashMap<>();
        for (DueItem item : items) {
            Set<String> users = new LinkedHashSet<>(officers.getOrDefault(item.allegationId(), Set.of()));
            if (item.investigationId() != null) {
                for (Object[] r : investigators.getOrDefault(item.allegationId(), List.of())) {
                    if (r[3] == null || ((Number) r[3]).longValue() == item.investigationId()) {
                        users.add((String) r[1]);
                    }
                }
            }
            out.put(item.key(), users);
        }
        return out;
    }

    /**
     * The items of the given clocks, at most {@code limit} of each: the most urgent first, or,
     * with {@code newestFirst} (the reminder scan), those that became due last first, so that
     * long-overdue items, reminded long ago, cannot crowd out the newly due ones.
     */
    private List<DueItem> collect(AllegationScope scope, Set<Kind> kinds, String state, String investigator,
                                  LocalDate today, LocalDate horizon, int limit, String caseRef, boolean newestFirst) {
        ClockSql.Ask ask = new ClockSql.Ask(scope, today, limit, caseRef, newestFirst ? " DESC" : "", holidays.calendar());
        List<DueItem> items = new ArrayList<>();
        if (kinds.contains(Kind.MEMBER_STATE_NOTIFICATION)) {
            items.addAll(notices.memberStateNotifications(ask, horizon));
        }
        if (kinds.contains(Kind.NOTE_VERBALE_ANSWER)) {
            items.addAll(notices.noteVerbaleAnswers(ask, state, horizon));
        }
        if (kinds.contains(Kind.INVESTIGATION)) {
            items.addAll(findings.investigations(ask, investigator, horizon));
        }
        if (kinds.contains(Kind.ACTION_REPORT)) {
            items.addAll(findings.actionReports(ask, state, horizon));
        }
        return items;
    }

}
