package org.blueledger.statistics.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL pieces every statistics repository shares: native SQL with positional parameters, the
 * report-level and subject-level conditions of a {@link UnitFilter}, and the reading of counts.
 * <p>
 * The counting unit (domain.md): one per report, per personnel category of its subjects and,
 * for uniformed personnel, per contributing country, i.e. the distinct triples
 * (allegation, category, nationality-if-uniformed). A report that names no subject is one
 * unit of category {@code UNKNOWN}. Civilians' nationality is never selected.
 */
final class StatisticsSql {

    private StatisticsSql() {
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

    /** The subject conditions as an {@code EXISTS} over the subjects {@code join} links to the counted row, if the filter narrows them. */
    static void someSubject(Sql sql, UnitFilter f, String join) {
        if (f.narrowsSubjects()) {
            sql.append(" AND EXISTS (SELECT 1 FROM " + join);
            subjects(sql, f, "s", "pc");
            sql.append(")");
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

    static Double decimal(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }

    static List<PersonGroup> persons(Sql sql, EntityManager em) {
        List<PersonGroup> groups = new ArrayList<>();
        for (Object[] r : sql.rows(em)) {
            groups.add(new PersonGroup((String) r[0], (String) r[1], number(r[2])));
        }
        return groups;
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
