package org.blueledger.statistics.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.blueledger.statistics.persistence.StatisticsSql.decimal;
import static org.blueledger.statistics.persistence.StatisticsSql.number;
import static org.blueledger.statistics.persistence.StatisticsSql.persons;
import static org.blueledger.statistics.persistence.StatisticsSql.reports;
import static org.blueledger.statistics.persistence.StatisticsSql.someSubject;
import static org.blueledger.statistics.persistence.StatisticsSql.subjects;

/**
 * The aggregate SQL of the follow-up's annual tables: investigations by entity, their findings,
 * actions on subjects and referrals for criminal accountability (read from the follow-up's
 * tables, never through its classes: statistics is read-only and counts in SQL).
 */
@ApplicationScoped
public class FollowUpFiguresRepository {

    /** The subjects an investigation covers, for {@link StatisticsSql#someSubject}. */
    private static final String INVESTIGATED = "investigation_subject x JOIN subject s ON s.id = x.subject_id "
            + "JOIN personnel_category pc ON pc.code = s.personnel_category WHERE x.investigation_id = i.id";

    @PersistenceContext(unitName = "blueledger")
    EntityManager em;

    /** Investigations of one entity: how many, completed, on time, open past their due date, durations. */
    public record InvestigationGroup(String entity, long investigations, long completed, long onTime, long overdue,
                                     Double averageDays, Double medianDays) {
    }

    /** A count by three codes (e.g. stage, member state, action type). */
    public record TripleGroup(String first, String second, String third, long count) {
    }

    /**
     * Investigations of the SEA reports in the filter, by investigating entity: duration is days from
     * start to completion; on time means completed by the due date the deadline rules set when it
     * was opened ({@code investigation.due_on}); overdue means still open after it ({@code today}).
     */
    public List<InvestigationGroup> investigations(UnitFilter f, LocalDate today) {
        StatisticsSql.Sql sql = new StatisticsSql.Sql().append("SELECT i.entity, COUNT(*), SUM(i.completed_on IS NOT NULL), "
                + "SUM(i.completed_on IS NOT NULL AND i.completed_on <= i.due_on), "
                + "SUM(i.completed_on IS NULL AND i.due_on < ").param(today).append("), "
                + "AVG(DATEDIFF(i.completed_on, i.started_on)) FROM investigation i "
                + "JOIN allegation a ON a.id = i.allegation_id WHERE a.kind = 'SEA'");
        reports(sql, f);
        someSubject(sql, f, INVESTIGATED);
        sql.append(" GROUP BY i.entity");
        Map<String, Double> medians = new HashMap<>();
        StatisticsSql.Sql median = new StatisticsSql.Sql().append("SELECT DISTINCT i.entity, "
                + "MEDIAN(DATEDIFF(i.completed_on, i.started_on)) OVER (PARTITION BY i.entity) FROM investigation i "
                + "JOIN allegation a ON a.id = i.allegation_id WHERE a.kind = 'SEA' AND i.completed_on IS NOT NULL");
        reports(median, f);
        someSubject(median, f, INVESTIGATED);
        for (Object[] r : median.rows(em)) {
            medians.put((String) r[0], decimal(r[1]));
        }
        List<InvestigationGroup> groups = new ArrayList<>();
        for (Object[] r : sql.rows(em)) {
            groups.add(new InvestigationGroup((String) r[0], number(r[1]), number(r[2]), number(r[3]), number(r[4]),
                    decimal(r[5]), medians.get((String) r[0])));
        }
        return groups;
    }

    /** Completed investigations of the SEA reports in the filter, by finding. */
    public List<PersonGroup> findings(UnitFilter f) {
        StatisticsSql.Sql sql = new StatisticsSql.Sql().append("SELECT i.finding, NULL, COUNT(*) FROM investigation i "
                + "JOIN allegation a ON a.id = i.allegation_id WHERE a.kind = 'SEA' AND i.completed_on IS NOT NULL");
        reports(sql, f);
        someSubject(sql, f, INVESTIGATED);
        sql.append(" GROUP BY i.finding");
        return persons(sql, em);
    }

    /**
     * Actions on subjects of the SEA reports in the filter, by stage, the subject's member state
     * (uniformed personnel; {@code CIVILIAN} for the others, whose nationality is never shown) and type.
     */
    public List<TripleGroup> actions(UnitFilter f) {
        StatisticsSql.Sql sql = new StatisticsSql.Sql().append("SELECT ca.stage, CASE WHEN pc.uniformed "
                + "THEN COALESCE(s.nationality, 'UNKNOWN') ELSE 'CIVILIAN' END AS state, ca.type, COUNT(*) "
                + "FROM case_action ca JOIN allegation a ON a.id = ca.allegation_id JOIN subject s ON s.id = ca.subject_id "
                + "JOIN personnel_category pc ON pc.code = s.personnel_category WHERE a.kind = 'SEA'");
        reports(sql, f);
        subjects(sql, f, "s", "pc");
        sql.append(" GROUP BY ca.stage, state, ca.type");
        List<TripleGroup> groups = new ArrayList<>();
        for (Object[] r : sql.rows(em)) {
            groups.add(new TripleGroup((String) r[0], (String) r[1], (String) r[2], number(r[3])));
        }
        return groups;
    }

    /**
     * Referrals for criminal accountability of reports of any kind in the filter, by the state
     * referred to and outcome; a nationality filter (a liaison's own state) selects the referrals
     * to that state.
     */
    public List<PersonGroup> criminalReferrals(UnitFilter f) {
        StatisticsSql.Sql sql = new StatisticsSql.Sql().append("SELECT r.referred_to, r.outcome, COUNT(*) "
                + "FROM criminal_referral r JOIN allegation a ON a.id = r.allegation_id "
                + "JOIN subject s ON s.id = r.subject_id WHERE 1 = 1");
        reports(sql, f);
        if (f.category() != null) {
            sql.append(" AND s.personnel_category = ").param(f.category());
        }
        if (f.nationality() != null) {
            sql.append(" AND r.referred_to = ").param(f.nationality());
        }
        sql.append(" GROUP BY r.referred_to, r.outcome");
        return persons(sql, em);
    }
}
