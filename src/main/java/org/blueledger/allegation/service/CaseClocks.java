package org.blueledger.allegation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.blueledger.allegation.domain.AllegationStatus;
import org.blueledger.allegation.domain.CaseAssignment;
import org.blueledger.allegation.domain.PersonnelCategory;
import org.blueledger.allegation.persistence.AllegationScope;
import org.blueledger.deadline.domain.WorkingCalendar;
import org.blueledger.deadline.service.DeadlineQueries;
import org.blueledger.deadline.service.DeadlineQueries.Kind;
import org.blueledger.deadline.service.DeadlineRules;
import org.blueledger.deadline.service.DeadlineSource;
import org.blueledger.deadline.service.DueItem;
import org.blueledger.deadline.service.Holidays;
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
 * alone asks for all cases ({@link #allDue}). The case file contributes these clocks to the
 * deadline registry ({@link DeadlineQueries}) through {@link DeadlineSource}, like every feature;
 * {@link #responsible} tells the reminder scan who on the case answers for an item.
 */
@ApplicationScoped
public class CaseClocks implements DeadlineSource {

    static final List<PersonnelCategory> UNIFORMED = Arrays.stream(PersonnelCategory.values())
            .filter(PersonnelCategory::isUniformed).toList();

    static final List<AllegationStatus> OPEN = List.of(AllegationStatus.PRELIMINARY_ASSESSMENT,
            AllegationStatus.UNDER_REVIEW_LIMITED_INFORMATION, AllegationStatus.UNDER_INVESTIGATION);

    @PersistenceContext(unitName = "blueledger")
    EntityManager em;

    @Inject
    DeadlineRules rules;

    @Inject
    Holidays holidays;

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
        Ask ask = new Ask(scope, today, limit, caseRef, newestFirst ? " DESC" : "", holidays.calendar());
        List<DueItem> items = new ArrayList<>();
        if (kinds.contains(Kind.MEMBER_STATE_NOTIFICATION)) {
            items.addAll(memberStateNotifications(ask, horizon));
        }
        if (kinds.contains(Kind.NOTE_VERBALE_ANSWER)) {
            items.addAll(noteVerbaleAnswers(ask, state, horizon));
        }
        if (kinds.contains(Kind.INVESTIGATION)) {
            items.addAll(investigations(ask, investigator, horizon));
        }
        if (kinds.contains(Kind.ACTION_REPORT)) {
            items.addAll(actionReports(ask, state, horizon));
        }
        return items;
    }

    /**
     * One clock's question: the caller's scope, the limit, one case or all, and the direction of
     * the walk ({@code ""} most urgent first, {@code " DESC"} newest due first).
     */
    private record Ask(AllegationScope scope, LocalDate today, int limit, String caseRef, String dir,
                       WorkingCalendar calendar) {
    }

    /*
     * The clocks are native SQL, each written so that MariaDB walks an index in the order of the
     * ORDER BY and stops after LIMIT rows (performance.md "Deadline clocks"): the driving table is
     * filtered by columns of that index, every other condition (and the caller's scope) is a
     * correlated EXISTS / NOT EXISTS probed through an index per candidate row, and nothing needs
     * DISTINCT (duplicates are excluded by "no earlier row of the same kind"). Two things keep
     * MariaDB from undoing that: STRAIGHT_JOIN where the case is the driving table, and, for each
     * statement, optimizer_switch exists_to_in, semijoin and materialization off, which would
     * otherwise turn a NOT EXISTS into a materialised scan of the whole notification table and
     * the liaison's scope into a walk of all its cases plus a filesort (measured: 114 ms instead
     * of 13 ms, and 1.2 s instead of 27 ms, at 200,000 cases).
     */

    /**
     * UN notifies the member state: pairs (open case received by the cut-off, state of a uniformed
     * subject of it) with no notification to that state, oldest case first. Walks
     * {@code ix_allegation_received} (or {@code ix_allegation_mission_received} in a mission).
     */
    private List<DueItem> memberStateNotifications(Ask ask, LocalDate horizon) {
        DeadlineRules.Rule rule = rule("UN_NOTIFIES_MEMBER_STATE");
        String uniformed = inList(UNIFORMED.stream().map(Enum::name).toList());
        Sql sql = new Sql("SELECT a.id, a.reference, a.mission_code, a.received_on, s.nationality "
                + "FROM allegation a" + caseIndex(ask) + " STRAIGHT_JOIN subject s ON s.allegation_id = a.id "
                + "WHERE a.status IN " + inList(OPEN.stream().map(Enum::name).toList()) + " AND a.received_on <= ? "
                + "AND s.personnel_category IN " + uniformed + " AND s.nationality IS NOT NULL "
                + "AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.allegation_id = a.id "
                + "AND n.member_state = s.nationality) "
                // one row per (case, state): the state's first uniformed subject stands for it
                + "AND NOT EXISTS (SELECT 1 FROM subject s2 WHERE s2.allegation_id = a.id AND s2.nationality = s.nationality "
                + "AND s2.personnel_category IN " + uniformed + " AND s2.id < s.id)", sqlDate(ask.calendar().latestStartDueBy(horizon, rule.amount(), rule.unit())));
        List<Object[]> rows = pairs(ask, sql, "a.received_on", "a.id");
        List<DueItem> items = new ArrayList<>();
        for (Object[] r : rows) {
            LocalDate due = ask.calendar().due(date(r[3]), rule.amount(), rule.unit());
            long id = ((Number) r[0]).longValue();
            items.add(new DueItem((String) r[1], Kind.MEMBER_STATE_NOTIFICATION.name(), due, (String) r[4],
                    due.isBefore(ask.today()), id, (String) r[2], "MSN:" + id + ":" + r[4], null));
        }
        return items;
    }

    /**
     * The state answers a note verbale: unanswered notes of open cases (of one state for a
     * liaison; due by {@code horizon} unless {@code null}), by due date. Walks
     * {@code ix_notification_unanswered} (answer, response_due_on), or {@code ix_notification_state}
     * for one state.
     */
    private List<DueItem> noteVerbaleAnswers(Ask ask, String state, LocalDate horizon) {
        Sql sql = new Sql("SELECT a.id, a.reference, a.mission_code, nv.id, nv.response_due_on, nv.member_state "
                + "FROM notification nv " + join(ask) + " allegation a ON a.id = nv.allegation_id WHERE nv.answer IS NULL");
        if (horizon != null) {
            sql.and("nv.response_due_on <= ?", sqlDate(horizon));
        }
        if (state != null) {
            sql.and("nv.member_state = ?", state);
        }
        sql.and("a.status IN " + inList(OPEN.stream().map(Enum::name).toList()));
        List<DueItem> items = new ArrayList<>();
        for (Object[] r : scoped(ask, sql).orderBy("nv.response_due_on" + ask.dir() + ", nv.id" + ask.dir())
                .rows(em, ask.limit())) {
            LocalDate due = date(r[4]);
            items.add(new DueItem((String) r[1], Kind.NOTE_VERBALE_ANSWER.name(), due, (String) r[5],
                    due.isBefore(ask.today()), ((Number) r[0]).longValue(), (String) r[2], "NVA:" + r[3], null));
        }
        return items;
    }

    /**
     * The investigation: incomplete investigations of open cases due by {@code horizon}
     * (only those assigned to {@code investigator}, to the investigation or the whole case, if
     * given), by due date. Walks {@code ix_investigation_due} (completed_on, due_on).
     */
    private List<DueItem> investigations(Ask ask, String investigator, LocalDate horizon) {
        Sql sql = new Sql("SELECT a.id, a.reference, a.mission_code, inv.id, inv.due_on "
                + "FROM investigation inv " + join(ask) + " allegation a ON a.id = inv.allegation_id "
                + "WHERE inv.completed_on IS NULL AND inv.due_on <= ?", sqlDate(horizon));
        sql.and("a.status IN " + inList(OPEN.stream().map(Enum::name).toList()));
        if (investigator != null) {
            sql.and("EXISTS (SELECT 1 FROM case_assignment asg WHERE asg.allegation_id = a.id AND asg.username = ? "
                    + "AND asg.role = 'INVESTIGATOR' AND (asg.investigation_id IS NULL OR asg.investigation_id = inv.id))",
                    investigator);
        }
        List<DueItem> items = new ArrayList<>();
        for (Object[] r : scoped(ask, sql).orderBy("inv.due_on" + ask.dir() + ", inv.id" + ask.dir()).rows(em, ask.limit())) {
            LocalDate due = date(r[4]);
            long inv = ((Number) r[3]).longValue();
            items.add(new DueItem((String) r[1], Kind.INVESTIGATION.name(), due, null, due.isBefore(ask.today()),
                    ((Number) r[0]).longValue(), (String) r[2], "INV:" + inv, inv));
        }
        return items;
    }

    /**
     * The state reports action: pairs (case, notified state) where a subject of that nationality
     * is named, an investigation substantiated the allegation on or before the cut-off against
     * them (or naming no subject), and the state has reported no final action on its nationals;
     * oldest case first (cases of every status: the duty outlives the case's closure). Walks
     * {@code ix_allegation_received}, or for one state {@code ix_allegation_state_received}
     * (state, received_on, case); one row per pair through "no earlier note to that state".
     */
    private List<DueItem> actionReports(Ask ask, String state, LocalDate horizon) {
        DeadlineRules.Rule rule = rule("MEMBER_STATE_REPORTS_ACTION");
        // every case oldest first; for one state's liaison, only that state's cases, from allegation_state
        Sql sql = state == null
                ? new Sql("SELECT a.id, a.reference, a.mission_code, a.received_on, nv.member_state "
                + "FROM allegation a" + caseIndex(ask) + " STRAIGHT_JOIN notification nv ON nv.allegation_id = a.id WHERE 1 = 1")
                : new Sql("SELECT a.id, a.reference, a.mission_code, a.received_on, nv.member_state "
                + "FROM allegation_state st STRAIGHT_JOIN allegation a ON a.id = st.allegation_id "
                + "STRAIGHT_JOIN notification nv ON nv.allegation_id = a.id AND nv.member_state = st.state_code "
                + "WHERE st.state_code = ?", state);
        // the most selective probe first: MariaDB evaluates them in this order (10 ms instead of 15 at 200,000 cases)
        sql.and("EXISTS (SELECT 1 FROM investigation inv WHERE inv.allegation_id = a.id AND inv.finding = 'SUBSTANTIATED' "
                + "AND inv.completed_on <= ? AND (NOT EXISTS (SELECT 1 FROM investigation_subject x "
                + "WHERE x.investigation_id = inv.id) OR EXISTS (SELECT 1 FROM investigation_subject x "
                + "JOIN subject sx ON sx.id = x.subject_id WHERE x.investigation_id = inv.id "
                + "AND sx.nationality = nv.member_state)))",
                sqlDate(ask.calendar().latestStartDueBy(horizon, rule.amount(), rule.unit())));
        sql.and("NOT EXISTS (SELECT 1 FROM case_action act JOIN subject sn ON sn.id = act.subject_id "
                + "WHERE act.allegation_id = a.id AND sn.nationality = nv.member_state AND act.stage = 'FINAL' "
                + "AND act.authority = 'MEMBER_STATE')");
        sql.and("NOT EXISTS (SELECT 1 FROM notification n2 WHERE n2.allegation_id = a.id "
                + "AND n2.member_state = nv.member_state AND n2.id < nv.id)");
        sql.and("EXISTS (SELECT 1 FROM subject sy WHERE sy.allegation_id = a.id AND sy.nationality = nv.member_state)");
        List<Object[]> rows = state == null ? pairs(ask, sql, "a.received_on", "a.id")
                : pairs(ask, sql, "st.received_on", "st.allegation_id");
        java.util.Map<String, LocalDate> findings = rows.isEmpty() ? java.util.Map.of()
                : substantiatedOn(rows.stream().map(r -> ((Number) r[0]).longValue()).distinct().toList());
        List<DueItem> items = new ArrayList<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            LocalDate found = findings.get(id + ":" + r[4]);
            if (found == null) {
                continue; // the subjects changed between the two queries
            }
            LocalDate due = ask.calendar().recurringDue(found, rule.amount(), rule.unit(), ask.today());
            items.add(new DueItem((String) r[1], Kind.ACTION_REPORT.name(), due, (String) r[4], due.isBefore(ask.today()),
                    id, (String) r[2], "ACT:" + id + ":" + r[4], null));
        }
        return items;
    }

    /**
     * The first {@code limit} (case, state) pairs of a query over {@code a} whose columns 0, 3
     * and 4 are the case id, its date of receipt and the state, in the order (received_on, id,
     * state). The database orders by the driving table's (received_on, id) columns only, which
     * its index gives for free; the
     * pairs of the last case, which LIMIT may have cut, are fetched whole by its id, so the cut
     * falls exactly where ordering by state too would put it.
     */
    private List<Object[]> pairs(Ask ask, Sql sql, String receivedOn, String id) {
        String order = receivedOn + ask.dir() + ", " + id + ask.dir();
        List<Object[]> rows = new ArrayList<>(scoped(ask, sql.copy()).orderBy(order).rows(em, ask.limit()));
        if (!rows.isEmpty() && rows.size() == ask.limit()) {
            Object lastId = rows.get(rows.size() - 1)[0];
            rows.removeIf(r -> r[0].equals(lastId));
            Sql last = scoped(ask, sql.copy()).and("a.id = ?", lastId);
            rows.addAll(last.orderBy(order).rows(em, Integer.MAX_VALUE));
        }
        Comparator<Object[]> byCase = Comparator.<Object[], LocalDate>comparing(r -> date(r[3]))
                .thenComparingLong(r -> ((Number) r[0]).longValue());
        if (!ask.dir().isEmpty()) {
            byCase = byCase.reversed();
        }
        rows.sort(byCase.thenComparing(r -> (String) r[4]));
        return rows.size() > ask.limit() ? rows.subList(0, ask.limit()) : rows;
    }

    /** The caller's scope and the one case asked for, ANDed in. */
    /**
     * How a clock driven by its own due-date index joins the case: STRAIGHT_JOIN, so MariaDB walks
     * that index in order and stops after LIMIT rows. Left to itself it drives from the case
     * wherever an index on the case's mission and status looks selective (V020's), then sorts
     * every open case of the mission: 0.55 s instead of milliseconds for a mission of 160,000
     * cases. For one case (its page) the case drives, found by its reference.
     */
    private static String join(Ask ask) {
        return ask.caseRef() == null ? "STRAIGHT_JOIN" : "JOIN";
    }

    /**
     * For the clocks that walk the cases oldest first: in one mission's scope, that mission's
     * range of {@code ix_allegation_mission_received}, which MariaDB otherwise passes over for
     * {@code ix_allegation_received}, reading every mission's open cases (30 ms instead of 10 ms
     * for MINUSCA's 300,000 of 1,000,000 cases).
     */
    private static String caseIndex(Ask ask) {
        return ask.caseRef() == null && ask.scope().shape() == AllegationScope.Shape.MISSION
                ? " FORCE INDEX (ix_allegation_mission_received)" : "";
    }

    private static Sql scoped(Ask ask, Sql sql) {
        sql.and(ask.scope().sqlPredicate(), ask.scope().sqlParameters().toArray());
        if (ask.caseRef() != null) {
            sql.and("a.reference = ?", ask.caseRef());
        }
        return sql;
    }

    private static String inList(List<String> values) {
        return "(" + String.join(", ", values.stream().map(v -> "'" + v + "'").toList()) + ")";
    }

    private static java.sql.Date sqlDate(LocalDate d) {
        return java.sql.Date.valueOf(d);
    }

    private static LocalDate date(Object on) {
        return on instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) on;
    }

    /** A native query under construction: SQL text and its positional parameters, in order. */
    private static final class Sql {
        /** Keeps every (NOT) EXISTS a probe per candidate row (see above); MariaDB 10.3 and later. */
        static final String PLAN = "SET STATEMENT optimizer_switch='exists_to_in=off,semijoin=off,materialization=off' FOR ";

        private final StringBuilder text;
        private final List<Object> parameters = new ArrayList<>();

        Sql(String text, Object... parameters) {
            this.text = new StringBuilder(text);
            this.parameters.addAll(Arrays.asList(parameters));
        }

        Sql and(String condition, Object... values) {
            text.append(" AND ").append(condition);
            parameters.addAll(Arrays.asList(values));
            return this;
        }

        Sql orderBy(String order) {
            text.append(" ORDER BY ").append(order);
            return this;
        }

        Sql copy() {
            Sql c = new Sql(text.toString());
            c.parameters.addAll(parameters);
            return c;
        }

        @SuppressWarnings("unchecked")
        List<Object[]> rows(EntityManager em, int limit) {
            jakarta.persistence.Query q = em.createNativeQuery(PLAN + text + (limit == Integer.MAX_VALUE ? "" : " LIMIT " + limit));
            for (int i = 0; i < parameters.size(); i++) {
                q.setParameter(i + 1, parameters.get(i));
            }
            return q.getResultList();
        }
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
            first.put(((Number) r[0]).longValue() + ":" + r[1], date(r[2]));
        }
        return first;
    }

    private DeadlineRules.Rule rule(String code) {
        return rules.rule(code);
    }
}
