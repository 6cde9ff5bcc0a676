package org.blueledger.allegation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.blueledger.allegation.domain.PersonnelCategory;
import org.blueledger.allegation.service.ClockSql.Ask;
import org.blueledger.allegation.service.ClockSql.Sql;
import org.blueledger.deadline.service.DeadlineQueries.Kind;
import org.blueledger.deadline.service.DeadlineRules;
import org.blueledger.deadline.service.DueItem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.blueledger.allegation.service.ClockSql.OPEN;
import static org.blueledger.allegation.service.ClockSql.date;
import static org.blueledger.allegation.service.ClockSql.inList;
import static org.blueledger.allegation.service.ClockSql.join;
import static org.blueledger.allegation.service.ClockSql.caseIndex;
import static org.blueledger.allegation.service.ClockSql.scoped;
import static org.blueledger.allegation.service.ClockSql.sqlDate;

/**
 * The case's two clocks of the notes verbales (part of {@link CaseClocks}): the UN notifies the
 * member state of a uniformed subject ({@code MEMBER_STATE_NOTIFICATION}, 5 working days after
 * receipt) and the state answers the note ({@code NOTE_VERBALE_ANSWER}, 10 working days). Joins
 * the caller's transaction.
 */
@ApplicationScoped
class NoticeClocks {

    static final List<PersonnelCategory> UNIFORMED = Arrays.stream(PersonnelCategory.values())
            .filter(PersonnelCategory::isUniformed).toList();

    @PersistenceContext(unitName = "blueledger")
    EntityManager em;

    @Inject
    DeadlineRules rules;

    /**
     * UN notifies the member state: pairs (open case received by the cut-off, state of a uniformed
     * subject of it) with no notification to that state, oldest case first. Walks
     * {@code ix_allegation_received} (or {@code ix_allegation_mission_received} in a mission).
     */
    List<DueItem> memberStateNotifications(Ask ask, LocalDate horizon) {
        DeadlineRules.Rule rule = rules.rule("UN_NOTIFIES_MEMBER_STATE");
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
        List<Object[]> rows = ClockSql.pairs(em, ask, sql, "a.received_on", "a.id");
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
    List<DueItem> noteVerbaleAnswers(Ask ask, String state, LocalDate horizon) {
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

}
