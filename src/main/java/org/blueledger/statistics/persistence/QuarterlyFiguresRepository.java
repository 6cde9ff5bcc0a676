package org.blueledger.statistics.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.blueledger.statistics.persistence.StatisticsSql.number;
import static org.blueledger.statistics.persistence.StatisticsSql.persons;
import static org.blueledger.statistics.persistence.StatisticsSql.reports;
import static org.blueledger.statistics.persistence.StatisticsSql.someSubject;
import static org.blueledger.statistics.persistence.StatisticsSql.subjects;

/**
 * The aggregate SQL of the quarterly update: the units of SEA reports, their victims and their
 * alleged perpetrators. The database counts; only the groups travel to Java (units: {@link StatisticsSql}).
 */
@ApplicationScoped
public class QuarterlyFiguresRepository {

    @PersistenceContext(unitName = "blueledger")
    EntityManager em;

    /** One group of the quarterly cube: the units that share every dimension, and how many they are. */
    public record UnitGroup(String mission, String category, String nationality, String incidentYear,
                            String seaType, String status, boolean referred, long units) {
    }

    /**
     * The quarterly cube: units of SEA reports grouped by mission, category, nationality (uniformed
     * only), year of incident, SEA type, status as at the end of {@code asOf} (from the dated status
     * history) and whether a member state had been notified by {@code asOf}.
     */
    public List<UnitGroup> quarterlyUnits(UnitFilter f, LocalDate asOf) {
        StatisticsSql.Sql sql = new StatisticsSql.Sql();
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
        StatisticsSql.Sql sql = new StatisticsSql.Sql().append("SELECT v.sex, v.age_group, COUNT(*) FROM victim v "
                + "JOIN allegation a ON a.id = v.allegation_id WHERE a.kind = 'SEA'");
        reports(sql, f);
        someSubject(sql, f, "subject s JOIN personnel_category pc ON pc.code = s.personnel_category "
                + "WHERE s.allegation_id = a.id");
        sql.append(" GROUP BY v.sex, v.age_group");
        return persons(sql, em);
    }

    /** Alleged perpetrators (subjects, as persons) of the SEA reports in the filter, by sex. */
    public List<PersonGroup> perpetrators(UnitFilter f) {
        StatisticsSql.Sql sql = new StatisticsSql.Sql().append("SELECT s.sex, NULL, COUNT(*) FROM subject s "
                + "JOIN allegation a ON a.id = s.allegation_id "
                + "JOIN personnel_category pc ON pc.code = s.personnel_category WHERE a.kind = 'SEA'");
        reports(sql, f);
        subjects(sql, f, "s", "pc");
        sql.append(" GROUP BY s.sex");
        return persons(sql, em);
    }
}
