package org.blueledger.statistics.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.blueledger.statistics.persistence.StatisticsSql.number;
import static org.blueledger.statistics.persistence.StatisticsSql.reports;
import static org.blueledger.statistics.persistence.StatisticsSql.subjects;

/**
 * The aggregate SQL of the annual units: reports of one kind (SEA or other misconduct) by
 * quarter, mission, category, thematic area and seriousness, and the five-year trend (units: {@link StatisticsSql}).
 */
@ApplicationScoped
public class AnnualFiguresRepository {

    private static final String UNITS_FROM = "FROM allegation a LEFT JOIN subject s ON s.allegation_id = a.id "
            + "LEFT JOIN personnel_category pc ON pc.code = s.personnel_category WHERE a.kind = ";

    @PersistenceContext(unitName = "blueledger")
    EntityManager em;

    /** A group of the annual units: year and quarter received, mission, category, thematic area, seriousness. */
    public record AnnualGroup(int year, int quarter, String mission, String category, String thematicArea,
                              String seriousness, long units) {
    }

    /**
     * Units of reports of one kind received in the filter's period, grouped by year and quarter
     * received, mission, personnel category, thematic area and seriousness.
     */
    public List<AnnualGroup> annualUnits(UnitFilter f, String kind) {
        StatisticsSql.Sql sql = new StatisticsSql.Sql().append("SELECT u.y, u.q, u.mission_code, u.category, u.thematic, "
                + "u.seriousness, COUNT(*) FROM (SELECT DISTINCT a.id, YEAR(a.received_on) AS y, "
                + "QUARTER(a.received_on) AS q, a.mission_code, COALESCE(s.personnel_category, 'UNKNOWN') AS category, "
                + "CASE WHEN pc.uniformed THEN COALESCE(s.nationality, 'UNKNOWN') END AS nat, "
                + "COALESCE(a.thematic_area, 'UNKNOWN') AS thematic, a.seriousness " + UNITS_FROM).param(kind);
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
    public Map<Integer, Long> unitsByYear(UnitFilter f, String kind) {
        StatisticsSql.Sql sql = new StatisticsSql.Sql().append("SELECT YEAR(a.received_on), COUNT(DISTINCT a.id, "
                + "COALESCE(s.personnel_category, 'UNKNOWN'), "
                + "CASE WHEN pc.uniformed THEN COALESCE(s.nationality, 'UNKNOWN') ELSE '-' END) " + UNITS_FROM).param(kind);
        reports(sql, f);
        subjects(sql, f, "s", "pc");
        sql.append(" GROUP BY YEAR(a.received_on)");
        Map<Integer, Long> years = new TreeMap<>();
        for (Object[] r : sql.rows(em)) {
            years.put((int) number(r[0]), number(r[1]));
        }
        return years;
    }
}
