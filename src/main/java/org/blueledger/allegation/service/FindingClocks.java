package org.blueledger.allegation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.blueledger.allegation.service.ClockSql.Ask;
import org.blueledger.allegation.service.ClockSql.Sql;
import org.blueledger.deadline.service.DeadlineQueries.Kind;
import org.blueledger.deadline.service.DeadlineRules;
import org.blueledger.deadline.service.DueItem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.blueledger.allegation.service.ClockSql.OPEN;
import static org.blueledger.allegation.service.ClockSql.date;
import static org.blueledger.allegation.service.ClockSql.inList;
import static org.blueledger.allegation.service.ClockSql.join;
import static org.blueledger.allegation.service.ClockSql.caseIndex;
import static org.blueledger.allegation.service.ClockSql.scoped;
import static org.blueledger.allegation.service.ClockSql.sqlDate;

/**
 * The case's two clocks of the investigation (part of {@link CaseClocks}): the investigation is
 * complete by its due date ({@code INVESTIGATION}), and, once it substantiated the allegation,
 * the notified state reports its final action every 90 days ({@code ACTION_REPORT}). Joins the
 * caller's transaction.
 */
@ApplicationScoped
class FindingClocks {

    @PersistenceContext(unitName = "blueledger")
    EntityManager em;

    @Inject
    DeadlineRules rules;

    /**
     * The investigation: incomplete investigations of open cases due by {@code horizon}
     * (only those assigned to {@code investigator}, to the investigation or the whole case, if
     * given), by due date. Walks {@code ix_investigation_due} (completed_on, due_on).
     */
    List<DueItem> investigations(Ask ask, String investigator, LocalDate horizon) {
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
    List<DueItem> actionReports(Ask ask, String state, LocalDate horizon) {
        DeadlineRules.Rule rule = rules.rule("MEMBER_STATE_REPORTS_ACTION");
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
        List<Object[]> rows = state == null ? ClockSql.pairs(em, ask, sql, "a.received_on", "a.id")
                : ClockSql.pairs(em, ask, sql, "st.received_on", "st.allegation_id");
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

}
