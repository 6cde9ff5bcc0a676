package org.blueledger.statistics.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The aggregate SQL behind the statistics. Every method returns grouped counts; the
 * database does the counting over indexed columns and only the groups travel to Java.
 * <p>
 * The counting unit (domain.md): one per report, per personnel category of its subjects and,
 * for uniformed personnel, per contributing country, i.e. the distinct triples
 * (allegation, category, nationality-if-uniformed). A report that names no subject is one
 * unit of category {@code UNKNOWN}. Civilians' nationality is never selected.
 */
@ApplicationScoped
public class StatisticsRepository {

    @PersistenceContext(unitName = "blueledger")
    EntityManager em;

    /** One group of the quarterly cube: the units that share every dimension, and how many they are. */
    public record UnitGroup(String mission, String category, String nationality, String incidentYear,
                            String seaType, String status, boolean referred, long units) {
    }

    /** A count of persons (victims or perpetrators) by one or two codes. */
    public record PersonGroup(String first, String second, long persons) {
    }

    /**
     * The quarterly cube: units of SEA reports grouped by mission, category, nationality (uniformed
     * only), year of incident, SEA type, status as at the end of {@code asOf} (from the dated status
     * history) and whether a member state had been notified by {@code asOf}.
     */
    public List<UnitGroup> quarterlyUnits(UnitFilter f, LocalDate asOf) {
        Sql sql = new Sql();
        Timestamp asOfEnd = Timestamp.from(asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        sql.append("SELECT u.mission_code, u.category, u.nat, u.incident_year, u.sea_type, "
                + "COALESCE((SELECT sc.to_status FROM status_change sc WHERE sc.allegation_id = u.id AND sc.changed_at < ")
                .param(asOfEnd)
                .append(" ORDER BY sc.changed_at DESC, sc.id DESC LIMIT 1), 'PRELIMINARY_ASSESSMENT') AS status_as_of, "
                        + "CASE WHEN EXISTS (SELECT 1 FROM notification n WHERE n.allegation_id = u.id AND n.sent_on <= ")
                .param(asOf)
                .append(") THEN 1 ELSE 0 END AS referred, COUNT(*) FROM (")
                .append("SELECT DISTINCT a.id, a.mission_code, COALESCE(s.personnel_category, 'UNKNOWN') AS category, "
                        + "CASE WHEN pc.uniformed THEN COALESCE(s.nationality, 'UNKNOWN') END AS nat, "
                        + "COALESCE(CAST(YEAR(a.incident_date) AS CHAR), 'UNKNOWN') AS incident_year, "
                        + "COALESCE(a.sea_type, 'UNKNOWN') AS sea_type "
                        + "FROM allegation a LEFT JOIN subject s ON s.allegation_id = a.id "
                        + "LEFT JOIN personnel_category pc ON pc.code = s.personnel_category WHERE a.kind = 'SEA'");
        reports(sql, f);
        subjects(sql, f, "s", "pc");
        sql.append(") u GROUP BY u.mission_code, u.category, u.nat, u.incident_year, u.sea_type, status_as_of, referred");
        List<UnitGroup> groups = new ArrayList<>();
        for (Object[] r : sql.rows(em)) {
            groups.add(new UnitGroup((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5], number(r[6]) != 0, number(r[7])));
        }
        return groups;
    }

    /** Victims (persons) of the SEA reports in the filter, by sex and age group. */
    public List<PersonGroup> victims(UnitFilter f) {
        Sql sql = new Sql().append("SELECT v.sex, v.age_group, COUNT(*) FROM victim v "
                + "JOIN allegation a ON a.id = v.allegation_id WHERE a.kind = 'SEA'");
        reports(sql, f);
        if (f.narrowsSubjects()) {
            sql.append(" AND EXISTS (SELECT 1 FROM subject s JOIN personnel_category pc ON pc.code = s.personnel_category "
                    + "WHERE s.allegation_id = a.id");
            subjects(sql, f, "s", "pc");
            sql.append(")");
        }
        sql.append(" GROUP BY v.sex, v.age_group");
        return persons(sql);
    }

    /** Alleged perpetrators (subjects, as persons) of the SEA reports in the filter, by sex. */
    public List<PersonGroup> perpetrators(UnitFilter f) {
        Sql sql = new Sql().append("SELECT s.sex, NULL, COUNT(*) FROM subject s JOIN allegation a ON a.id = s.allegation_id "
                + "JOIN personnel_category pc ON pc.code = s.personnel_category WHERE a.kind = 'SEA'");
        reports(sql, f);
        subjects(sql, f, "s", "pc");
        sql.append(" GROUP BY s.sex");
        return persons(sql);
    }

    /** A group of the annual units: year and quarter received, mission, category, thematic area, seriousness. */
    public record AnnualGroup(int year, int quarter, String mission, String category, String thematicArea,
                              String seriousness, long units) {
    }

    /**
     * Units of reports of one kind received in the filter's period, grouped by year and quarter
     * received, mission, personnel category, thematic area and seriousness.
     */
    public List<AnnualGroup> annualUnits(UnitFilter f, String kind) {
        Sql sql = new Sql().append("SELECT u.y, u.q, u.mission_code, u.category, u.thematic, u.seriousness, COUNT(*) FROM ("
                + "SELECT DISTINCT a.id, YEAR(a.received_on) AS y, QUARTER(a.received_on) AS q, a.mission_code, "
                + "COALESCE(s.personnel_category, 'UNKNOWN') AS category, "
                + "CASE WHEN pc.uniformed THEN COALESCE(s.nationality, 'UNKNOWN') END AS nat, "
                + "COALESCE(a.thematic_area, 'UNKNOWN') AS thematic, a.seriousness "
                + "FROM allegation a LEFT JOIN subject s ON s.allegation_id = a.id "
                + "LEFT JOIN personnel_category pc ON pc.code = s.personnel_category WHERE a.kind = ").param(kind);
        reports(sql, f);
        subjects(sql, f, "s", "pc");
        sql.append(") u GROUP BY u.y, u.q, u.mission_code, u.category, u.thematic, u.seriousness");
        List<AnnualGroup> groups = new ArrayList<>();
        for (Object[] r : sql.rows(em)) {
            groups.add(new AnnualGroup((int) number(r[0]), (int) number(r[1]), (String) r[2], (String) r[3],
                    (String) r[4], (String) r[5], number(r[6])));
        }
        return groups;
    }

    /**
     * Units of reports of one kind received in the filter's period, by year received: the trend.
     * One grouped COUNT(DISTINCT unit) without a derived table, so five years of reports cost one
     * scan (the civilian "no nationality" is a sentinel, because COUNT(DISTINCT) skips NULLs).
     */
    public java.util.Map<Integer, Long> unitsByYear(UnitFilter f, String kind) {
        Sql sql = new Sql().append("SELECT YEAR(a.received_on), COUNT(DISTINCT a.id, COALESCE(s.personnel_category, 'UNKNOWN'), "
                + "CASE WHEN pc.uniformed THEN COALESCE(s.nationality, 'UNKNOWN') ELSE '-' END) "
                + "FROM allegation a LEFT JOIN subject s ON s.allegation_id = a.id "
                + "LEFT JOIN personnel_category pc ON pc.code = s.personnel_category WHERE a.kind = ").param(kind);
        reports(sql, f);
        subjects(sql, f, "s", "pc");
        sql.append(" GROUP BY YEAR(a.received_on)");
        java.util.Map<Integer, Long> years = new java.util.TreeMap<>();
        for (Object[] r : sql.rows(em)) {
            years.put((int) number(r[0]), number(r[1]));
        }
        return years;
    }

    /** Investigations of one entity: how many, completed, on time, open past their due date, durations. */
    public record InvestigationGroup(String entity, long investigations, long completed, long onTime, long overdue,
                                     Double averageDays, Double medianDays) {
    }

    /**
     * Investigations of the SEA reports in the filter, by investigating entity: duration is days from
     * start to completion; on time means completed by the due date the deadline rules set when it
     * was opened ({@code investigation.due_on}); overdue means still open after it ({@code today}).
     */
    public List<InvestigationGroup> investigations(UnitFilter f, LocalDate today) {
        Sql sql = new Sql().append("SELECT i.entity, COUNT(*), SUM(i.completed_on IS NOT NULL), "
                + "SUM(i.completed_on IS NOT NULL AND i.completed_on <= i.due_on), "
                + "SUM(i.completed_on IS NULL AND i.due_on < ").param(today).append("), "
                + "AVG(DATEDIFF(i.completed_on, i.started_on)) FROM investigation i "
                + "JOIN allegation a ON a.id = i.allegation_id WHERE a.kind = 'SEA'");
        reports(sql, f);
        investigationSubjects(sql, f);
        sql.append(" GROUP BY i.entity");
        java.util.Map<String, Double> medians = new java.util.HashMap<>();
        Sql median = new Sql().append("SELECT DISTINCT i.entity, MEDIAN(DATEDIFF(i.completed_on, i.started_on)) "
                + "OVER (PARTITION BY i.entity) FROM investigation i JOIN allegation a ON a.id = i.allegation_id "
                + "WHERE a.kind = 'SEA' AND i.completed_on IS NOT NULL");
        reports(median, f);
        investigationSubjects(median, f);
        for (Object[] r : median.rows(em)) {
            medians.put((String) r[0], r[1] == null ? null : ((Number) r[1]).doubleValue());
        }
        List<InvestigationGroup> groups = new ArrayList<>();
        for (Object[] r : sql.rows(em)) {
            groups.add(new InvestigationGroup((String) r[0], number(r[1]), number(r[2]), number(r[3]), number(r[4]),
                    r[5] == null ? null : ((Number) r[5]).doubleValue(), medians.get((String) r[0])));
        }
        return groups;
    }

    /** Completed investigations of the SEA reports in the filter, by finding. */
    public List<PersonGroup> findings(UnitFilter f) {
        Sql sql = new Sql().append("SELECT i.finding, NULL, COUNT(*) FROM investigation i "
                + "JOIN allegation a ON a.id = i.allegation_id WHERE a.kind = 'SEA' AND i.completed_on IS NOT NULL");
        reports(sql, f);
        investigationSubjects(sql, f);
        sql.append(" GROUP BY i.finding");
        return persons(sql);
    }

    /** A count by three codes (e.g. stage, member state, action type). */
    public record TripleGroup(String first, String second, String third, long count) {
    }

    /**
     * Actions on subjects of the SEA reports in the filter, by stage, the subject's member state
     * (uniformed personnel; {@code CIVILIAN} for the others, whose nationality is never shown) and type.
     */
    public List<TripleGroup> actions(UnitFilter f) {
        Sql sql = new Sql().append("SELECT ca.stage, CASE WHEN pc.uniformed THEN COALESCE(s.nationality, 'UNKNOWN') "
                + "ELSE 'CIVILIAN' END AS state, ca.type, COUNT(*) FROM case_action ca "
                + "JOIN allegation a ON a.id = ca.allegation_id JOIN subject s ON s.id = ca.subject_id "
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
        Sql sql = new Sql().append("SELECT r.referred_to, r.outcome, COUNT(*) FROM criminal_referral r "
                + "JOIN allegation a ON a.id = r.allegation_id JOIN subject s ON s.id = r.subject_id WHERE 1 = 1");
        reports(sql, f);
        if (f.category() != null) {
            sql.append(" AND s.personnel_category = ").param(f.category());
        }
        if (f.nationality() != null) {
            sql.append(" AND r.referred_to = ").param(f.nationality());
        }
        sql.append(" GROUP BY r.referred_to, r.outcome");
        return persons(sql);
    }

    /**
     * Paternity and child-support claims received in the filter's period, by status: the mission
     * is the claim's, a category filter applies to the alleged father (a subject), a nationality
     * filter (a liaison's own state) to the state the claim concerns.
     */
    private static void investigationSubjects(Sql sql, UnitFilter f) {
        if (f.narrowsSubjects()) {
            sql.append(" AND EXISTS (SELECT 1 FROM investigation_subject x JOIN subject s ON s.id = x.subject_id "
                    + "JOIN personnel_category pc ON pc.code = s.personnel_category WHERE x.investigation_id = i.id");
            subjects(sql, f, "s", "pc");
            sql.append(")");
        }
    }

    private List<PersonGroup> persons(Sql sql) {
        List<PersonGroup> groups = new ArrayList<>();
        for (Object[] r : sql.rows(em)) {
            groups.add(new PersonGroup((String) r[0], (String) r[1], number(r[2])));
        }
        return groups;
    }

    /** The report-level conditions over alias {@code a}. */
    static void reports(Sql sql, UnitFilter f) {
        sql.append(" AND a.received_on >= ").param(f.receivedFrom()).append(" AND a.received_on <= ").param(f.receivedTo());
        if (f.mission() != null) {
            sql.append(" AND a.mission_code = ").param(f.mission());
        }
    }

    /** The subject-level conditions over a subject alias and its personnel-category alias. */
    static void subjects(Sql sql, UnitFilter f, String s, String pc) {
        if (f.category() != null) {
            sql.append(" AND " + s + ".personnel_category = ").param(f.category());
        }
        if (f.nationality() != null) {
            sql.append(" AND " + pc + ".uniformed AND " + s + ".nationality = ").param(f.nationality());
        }
    }

    static long number(Object o) {
        if (o == null) {
            return 0;
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return ((Number) o).longValue();
    }

    /** Native SQL with numbered positional parameters, so values never enter the SQL text. */
    static final class Sql {
        private final StringBuilder text = new StringBuilder();
        private final List<Object> params = new ArrayList<>();

        Sql append(String s) {
            text.append(s);
            return this;
        }

        Sql param(Object value) {
            params.add(value instanceof LocalDate d ? java.sql.Date.valueOf(d) : value);
            text.append('?').append(params.size());
            return this;
        }

        String text() {
            return text.toString();
        }

        @SuppressWarnings("unchecked")
        List<Object[]> rows(EntityManager em) {
            Query q = em.createNativeQuery(text.toString());
            for (int i = 0; i < params.size(); i++) {
                q.setParameter(i + 1, params.get(i));
            }
            return q.getResultList();
        }
    }
}
