package org.blueledger.allegation.service;

import jakarta.persistence.EntityManager;
import org.blueledger.allegation.domain.AllegationStatus;
import org.blueledger.allegation.persistence.AllegationScope;
import org.blueledger.deadline.domain.WorkingCalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * What the case's clocks ({@link CaseClocks}, {@link NoticeClocks}, {@link FindingClocks}) share:
 * one clock's question ({@link Ask}), the native query under construction ({@link Sql}) and the
 * pieces of their SQL.
 */
final class ClockSql {

    static final List<AllegationStatus> OPEN = List.of(AllegationStatus.PRELIMINARY_ASSESSMENT,
            AllegationStatus.UNDER_REVIEW_LIMITED_INFORMATION, AllegationStatus.UNDER_INVESTIGATION);

    private ClockSql() {
    }

    /**
     * One clock's question: the caller's scope, the limit, one case or all, and the direction of
     * the walk ({@code ""} most urgent first, {@code " DESC"} newest due first).
     */
    record Ask(AllegationScope scope, LocalDate today, int limit, String caseRef, String dir,
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
     * The first {@code limit} (case, state) pairs of a query over {@code a} whose columns 0, 3
     * and 4 are the case id, its date of receipt and the state, in the order (received_on, id,
     * state). The database orders by the driving table's (received_on, id) columns only, which
     * its index gives for free; the
     * pairs of the last case, which LIMIT may have cut, are fetched whole by its id, so the cut
     * falls exactly where ordering by state too would put it.
     */
    static List<Object[]> pairs(EntityManager em, Ask ask, Sql sql, String receivedOn, String id) {
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

    /**
     * How a clock driven by its own due-date index joins the case: STRAIGHT_JOIN, so MariaDB walks
     * that index in order and stops after LIMIT rows. Left to itself it drives from the case
     * wherever an index on the case's mission and status looks selective (V020's), then sorts
     * every open case of the mission: 0.55 s instead of milliseconds for a mission of 160,000
     * cases. For one case (its page) the case drives, found by its reference.
     */
    static String join(Ask ask) {
        return ask.caseRef() == null ? "STRAIGHT_JOIN" : "JOIN";
    }

    /**
     * For the clocks that walk the cases oldest first: in one mission's scope, that mission's
     * range of {@code ix_allegation_mission_received}, which MariaDB otherwise passes over for
     * {@code ix_allegation_received}, reading every mission's open cases (30 ms instead of 10 ms
     * for MINUSCA's 300,000 of 1,000,000 cases).
     */
    static String caseIndex(Ask ask) {
        return ask.caseRef() == null && ask.scope().shape() == AllegationScope.Shape.MISSION
                ? " FORCE INDEX (ix_allegation_mission_received)" : "";
    }

    /** The caller's scope and the one case asked for, ANDed in. */
    static Sql scoped(Ask ask, Sql sql) {
        sql.and(ask.scope().sqlPredicate(), ask.scope().sqlParameters().toArray());
        if (ask.caseRef() != null) {
            sql.and("a.reference = ?", ask.caseRef());
        }
        return sql;
    }

    static String inList(List<String> values) {
        return "(" + String.join(", ", values.stream().map(v -> "'" + v + "'").toList()) + ")";
    }

    static java.sql.Date sqlDate(LocalDate d) {
        return java.sql.Date.valueOf(d);
    }

    static LocalDate date(Object on) {
        return on instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) on;
    }

    /** A native query under construction: SQL text and its positional parameters, in order. */
    static final class Sql {
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

}
