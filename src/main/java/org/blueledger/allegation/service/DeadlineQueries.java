package org.blueledger.allegation.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.blueledger.allegation.domain.AllegationStatus;
import org.blueledger.allegation.domain.CaseAssignment;
import org.blueledger.allegation.domain.PersonnelCategory;
import org.blueledger.allegation.domain.WorkingCalendar;
import org.blueledger.allegation.persistence.AllegationRepository;
import org.blueledger.allegation.persistence.AllegationScope;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.CallerScope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The deadline clocks of domain.md, computed from the case data (nothing is stored per clock):
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
 * alone asks for all cases ({@link #allDue}).
 */
@Stateless
public class DeadlineQueries {

    public enum Kind { MEMBER_STATE_NOTIFICATION, NOTE_VERBALE_ANSWER, INVESTIGATION, ACTION_REPORT,
        /** Victim support's clock (through {@link DeadlineSource}): the UN notifies the state of a paternity claim. */
        PATERNITY_CLAIM_NOTIFICATION }

    static final List<PersonnelCategory> UNIFORMED = Arrays.stream(PersonnelCategory.values())
            .filter(PersonnelCategory::isUniformed).toList();

    static final List<AllegationStatus> OPEN = List.of(AllegationStatus.PRELIMINARY_ASSESSMENT,
            AllegationStatus.UNDER_REVIEW_LIMITED_INFORMATION, AllegationStatus.UNDER_INVESTIGATION);

    @PersistenceContext(unitName = "blueledger")
    EntityManager em;

    @Inject
    AllegationRepository repository;

    @Inject
    Holidays holidays;

    /** Other features' clocks (victim support's paternity claims), scoped by each source itself. */
    @Inject
    @jakarta.enterprise.inject.Any
    jakarta.enterprise.inject.Instance<DeadlineSource> sources;

    /**
     * What a caller's dashboard lists: items overdue or due within {@code dueSoonDays}. Conduct
     * staff see every clock of the cases in scope; an investigator the investigations assigned to
     * them; a liaison the notes verbales to its state (all unanswered ones) and the action reports
     * its state owes.
     */
    public List<DueItem> forCaller(CallerScope caller, LocalDate today, int dueSoonDays, int limit) {
        return byRole(caller, today, today.plusDays(dueSoonDays), null, limit, null);
    }

    /**
     * Every clock running on one case, due soon or not, as the caller may see it (the same
     * narrowing by role as {@link #forCaller}); empty for a case outside the caller's scope.
     */
    public List<DueItem> forCase(CallerScope caller, String reference, LocalDate today) {
        LocalDate far = today.plusYears(10);
        return byRole(caller, today, far, far, 50, reference);
    }

    /**
     * The clocks a caller's roles let it see, each item once, by due date. {@code inboxHorizon}
     * bounds a liaison's unanswered notes ({@code null}: all of them, its inbox).
     */
    private List<DueItem> byRole(CallerScope caller, LocalDate today, LocalDate horizon, LocalDate inboxHorizon, int limit,
                                 String caseRef) {
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
        for (DeadlineSource source : sources) {
            source.dueFor(caller, today, horizon, limit, caseRef).forEach(i -> items.putIfAbsent(i.key(), i));
        }
        List<DueItem> sorted = new ArrayList<>(items.values());
        sorted.sort(Comparator.comparing(DueItem::dueOn).thenComparing(DueItem::key));
        return sorted;
    }

    /** Every case's items overdue or due within {@code dueSoonDays}: for the reminder job only, never for a caller. */
    public List<DueItem> allDue(LocalDate today, int dueSoonDays, int limitPerKind) {
        List<DueItem> items = new ArrayList<>(collect(AllegationScope.everything(), EnumSet.allOf(Kind.class), null, null,
                today, today.plusDays(dueSoonDays), limitPerKind, null, true));
        for (DeadlineSource source : sources) {
            items.addAll(source.allDue(today, today.plusDays(dueSoonDays), limitPerKind));
        }
        return items;
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
        String dir = newestFirst ? " DESC" : "";
        String oneCase = caseRef == null ? "" : " AND a.reference = :caseRef";
        List<DueItem> items = new ArrayList<>();
        WorkingCalendar calendar = holidays.calendar();
        if (kinds.contains(Kind.MEMBER_STATE_NOTIFICATION)) {
            Rule rule = rule("UN_NOTIFIES_MEMBER_STATE");
            TypedQuery<Object[]> q = scope.bind(em.createQuery("SELECT DISTINCT a.id, a.reference, a.missionCode, "
                    + "a.receivedOn, sub.nationality FROM Subject sub JOIN sub.allegation a "
                    + "WHERE sub.personnelCategory IN :uniformed AND sub.nationality IS NOT NULL AND a.status IN :open "
                    + "AND a.receivedOn <= :cutoff AND NOT EXISTS (SELECT nn.id FROM Notification nn "
                    + "WHERE nn.allegationId = a.id AND nn.memberState = sub.nationality) AND " + scope.predicate() + oneCase
                    + " ORDER BY a.receivedOn" + dir + ", a.id" + dir, Object[].class));
            if (caseRef != null) {
                q.setParameter("caseRef", caseRef);
            }
            q.setParameter("uniformed", UNIFORMED).setParameter("open", OPEN)
                    .setParameter("cutoff", calendar.latestStartDueBy(horizon, rule.amount(), rule.unit()));
            for (Object[] r : q.setMaxResults(limit).getResultList()) {
                LocalDate due = calendar.due((LocalDate) r[3], rule.amount(), rule.unit());
                long id = ((Number) r[0]).longValue();
                items.add(new DueItem((String) r[1], Kind.MEMBER_STATE_NOTIFICATION.name(), due, (String) r[4],
                        due.isBefore(today), id, (String) r[2], "MSN:" + id + ":" + r[4], null));
            }
        }
        if (kinds.contains(Kind.NOTE_VERBALE_ANSWER)) {
            TypedQuery<Object[]> q = scope.bind(em.createQuery("SELECT a.id, a.reference, a.missionCode, nv.id, "
                    + "nv.responseDueOn, nv.memberState FROM Notification nv, Allegation a WHERE nv.allegationId = a.id "
                    + "AND nv.answer IS NULL AND a.status IN :open" + (horizon == null ? "" : " AND nv.responseDueOn <= :horizon")
                    + (state == null ? "" : " AND nv.memberState = :state") + " AND " + scope.predicate() + oneCase
                    + " ORDER BY nv.responseDueOn" + dir + ", nv.id" + dir, Object[].class));
            if (caseRef != null) {
                q.setParameter("caseRef", caseRef);
            }
            q.setParameter("open", OPEN);
            if (horizon != null) {
                q.setParameter("horizon", horizon);
            }
            if (state != null) {
                q.setParameter("state", state);
            }
            for (Object[] r : q.setMaxResults(limit).getResultList()) {
                LocalDate due = (LocalDate) r[4];
                items.add(new DueItem((String) r[1], Kind.NOTE_VERBALE_ANSWER.name(), due, (String) r[5],
                        due.isBefore(today), ((Number) r[0]).longValue(), (String) r[2], "NVA:" + r[3], null));
            }
        }
        if (kinds.contains(Kind.INVESTIGATION)) {
            TypedQuery<Object[]> q = scope.bind(em.createQuery("SELECT a.id, a.reference, a.missionCode, inv.id, inv.dueOn "
                    + "FROM Investigation inv, Allegation a WHERE inv.allegationId = a.id AND inv.completedOn IS NULL "
                    + "AND a.status IN :open "
                    + "AND inv.dueOn <= :horizon"
                    + (investigator == null ? "" : " AND EXISTS (SELECT asg.id FROM CaseAssignment asg WHERE "
                    + "asg.allegationId = a.id AND asg.username = :investigator AND asg.role = :investigatorRole "
                    + "AND (asg.investigationId IS NULL OR asg.investigationId = inv.id))")
                    + " AND " + scope.predicate() + oneCase + " ORDER BY inv.dueOn" + dir + ", inv.id" + dir, Object[].class));
            if (caseRef != null) {
                q.setParameter("caseRef", caseRef);
            }
            q.setParameter("horizon", horizon).setParameter("open", OPEN);
            if (investigator != null) {
                q.setParameter("investigator", investigator).setParameter("investigatorRole", CaseAssignment.Role.INVESTIGATOR);
            }
            for (Object[] r : q.setMaxResults(limit).getResultList()) {
                LocalDate due = (LocalDate) r[4];
                long inv = ((Number) r[3]).longValue();
                items.add(new DueItem((String) r[1], Kind.INVESTIGATION.name(), due, null, due.isBefore(today),
                        ((Number) r[0]).longValue(), (String) r[2], "INV:" + inv, inv));
            }
        }
        if (kinds.contains(Kind.ACTION_REPORT)) {
            Rule rule = rule("MEMBER_STATE_REPORTS_ACTION");
            TypedQuery<Object[]> q = scope.bind(em.createQuery("SELECT DISTINCT a.id, a.reference, a.missionCode, "
                    + "nv.memberState, a.receivedOn FROM Notification nv, Allegation a WHERE nv.allegationId = a.id "
                    + (state == null ? "" : "AND nv.memberState = :state ")
                    + "AND EXISTS (SELECT sy.id FROM Subject sy WHERE sy.allegation = a AND sy.nationality = nv.memberState) "
                    + "AND EXISTS (SELECT inv.id FROM Investigation inv WHERE inv.allegationId = a.id "
                    + "AND inv.finding = org.blueledger.allegation.domain.InvestigationFinding.SUBSTANTIATED "
                    + "AND inv.completedOn <= :cutoff AND (inv.subjectIds IS EMPTY OR EXISTS (SELECT sx.id "
                    + "FROM Investigation inv2 JOIN inv2.subjectIds sid, Subject sx WHERE inv2.id = inv.id AND sx.id = sid "
                    + "AND sx.nationality = nv.memberState))) "
                    + "AND NOT EXISTS (SELECT act.id FROM CaseAction act, Subject sn WHERE act.allegationId = a.id "
                    + "AND act.subjectId = sn.id AND sn.nationality = nv.memberState "
                    + "AND act.stage = org.blueledger.allegation.domain.ActionStage.FINAL "
                    + "AND act.authority = org.blueledger.allegation.domain.ActionAuthority.MEMBER_STATE) "
                    + "AND " + scope.predicate() + oneCase + " ORDER BY a.receivedOn" + dir + ", a.id" + dir + ", nv.memberState", Object[].class));
            if (caseRef != null) {
                q.setParameter("caseRef", caseRef);
            }
            if (state != null) {
                q.setParameter("state", state);
            }
            q.setParameter("cutoff", calendar.latestStartDueBy(horizon, rule.amount(), rule.unit()));
            List<Object[]> rows = q.setMaxResults(limit).getResultList();
            java.util.Map<String, LocalDate> findings = rows.isEmpty() ? java.util.Map.of()
                    : substantiatedOn(rows.stream().map(r -> ((Number) r[0]).longValue()).distinct().toList());
            for (Object[] r : rows) {
                long id = ((Number) r[0]).longValue();
                LocalDate found = findings.get(id + ":" + r[3]);
                if (found == null) {
                    continue; // the subjects changed between the two queries
                }
                LocalDate due = calendar.recurringDue(found, rule.amount(), rule.unit(), today);
                items.add(new DueItem((String) r[1], Kind.ACTION_REPORT.name(), due, (String) r[3], due.isBefore(today),
                        id, (String) r[2], "ACT:" + id + ":" + r[3], null));
            }
        }
        return items;
    }

    /**
     * For each case and nationality, the date of the first finding that substantiated the
     * allegation against a subject of that nationality (an investigation naming no subject
     * covers them all): where a state's 90-day clock starts. Key {@code "<allegation id>:<state>"}.
     */
    private java.util.Map<String, LocalDate> substantiatedOn(List<Long> allegationIds) {
        java.util.Map<String, LocalDate> first = new java.util.HashMap<>();
        String in = String.join(",", java.util.Collections.nCopies(allegationIds.size(), "?"));
        jakarta.persistence.Query q = em.createNativeQuery("SELECT i.allegation_id, s.nationality, MIN(i.completed_on) "
                + "FROM investigation i JOIN subject s ON s.allegation_id = i.allegation_id "
                + "WHERE i.allegation_id IN (" + in + ") AND i.finding = 'SUBSTANTIATED' AND s.nationality IS NOT NULL "
                + "AND (NOT EXISTS (SELECT 1 FROM investigation_subject x WHERE x.investigation_id = i.id) "
                + "OR EXISTS (SELECT 1 FROM investigation_subject x WHERE x.investigation_id = i.id AND x.subject_id = s.id)) "
                + "GROUP BY i.allegation_id, s.nationality");
        for (int i = 0; i < allegationIds.size(); i++) {
            q.setParameter(i + 1, allegationIds.get(i));
        }
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            Object on = r[2];
            first.put(((Number) r[0]).longValue() + ":" + r[1],
                    on instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) on);
        }
        return first;
    }

    private Rule rule(String code) {
        Object[] r = repository.deadlineRule(code);
        return new Rule(((Number) r[0]).intValue(), WorkingCalendar.Unit.valueOf((String) r[1]));
    }

    private record Rule(int amount, WorkingCalendar.Unit unit) {
    }
}
