package org.blueledger.allegation.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The case list's SQL (issue #15): which cases, in which order, and how many, inside the
 * caller's {@link AllegationScope}, written so that MariaDB answers from an index range:
 * <ul>
 *   <li>a page is two queries: the ids of the page, read in the order of an index that holds
 *       the sort key and the id (a deferred join: a deep {@code OFFSET} skips index entries,
 *       never rows), then those cases by primary key; or, with a {@link Cursor}, the ids after
 *       the last one the client saw (keyset paging: no skipping at all);</li>
 *   <li>a liaison's page walks {@code allegation_state}'s {@code (state_code, received_on,
 *       allegation_id)} index in order (ADR 0010) instead of sorting the state's cases;</li>
 *   <li>the total comes from the counters of V019 ({@code allegation_count} per mission, status
 *       and kind; {@code allegation_state_count} per state), which triggers keep exact in the
 *       writing transaction; only a date, reference or text filter, or a mixed scope, counts
 *       rows.</li>
 * </ul>
 * The filters arrive as {@link Filters}; every value is a bound parameter.
 */
@ApplicationScoped
public class CaseList {

    @PersistenceContext(unitName = "blueledger")
    EntityManager em;

    /** The list's filters, as SQL sees them (LIKE operands already escaped and wrapped in {@code %}). */
    public record Filters(String mission, String status, String kind, LocalDate receivedFrom, LocalDate receivedTo,
                          String referenceLike, String textLike) {

        boolean onlyCounted() {
            return receivedFrom == null && receivedTo == null && referenceLike == null && textLike == null;
        }

        boolean none() {
            return onlyCounted() && mission == null && status == null && kind == null;
        }
    }

    /** The sort keys the list offers, each a column of {@code allegation}. */
    public enum Order {
        RECEIVED_ON("received_on"), REFERENCE("reference"), STATUS("status"), MISSION("mission_code");

        final String column;

        Order(String column) {
            this.column = column;
        }
    }

    /** Where the previous page ended: the last case's date of receipt and id (list order: newest first). */
    public record Cursor(LocalDate receivedOn, long id) {
    }

    /** The ids of a page, in list order, with the cursor of the last one. */
    public record Ids(List<Long> ids, Cursor last) {
    }

    /** How many cases in the scope match the filters: from a counter where the filters allow it. */
    public long count(AllegationScope scope, Filters f) {
        if (scope.shape() == AllegationScope.Shape.NONE) {
            return 0;
        }
        Sql sql = new Sql();
        if ((scope.shape() == AllegationScope.Shape.ALL || scope.shape() == AllegationScope.Shape.MISSION) && f.onlyCounted()) {
            sql.append("SELECT COALESCE(SUM(c.cases), 0) FROM allegation_count c WHERE 1 = 1");
            if (scope.shape() == AllegationScope.Shape.MISSION) {
                sql.append(" AND c.mission_code = ?", scope.shapeValue());
            }
            sql.appendIf(f.mission(), " AND c.mission_code = ?").appendIf(f.status(), " AND c.status = ?")
                    .appendIf(f.kind(), " AND c.kind = ?");
        } else if (scope.shape() == AllegationScope.Shape.STATE && f.none()) {
            sql.append("SELECT COALESCE(SUM(c.cases), 0) FROM allegation_state_count c WHERE c.state_code = ?",
                    scope.shapeValue());
        } else if (scope.shape() == AllegationScope.Shape.STATE) {
            sql.append("SELECT COUNT(*) FROM allegation_state st STRAIGHT_JOIN allegation a ON a.id = st.allegation_id "
                    + "WHERE st.state_code = ?", scope.shapeValue());
            filters(sql, f, "st");
        } else {
            sql.append("SELECT COUNT(*) FROM allegation a WHERE " + scope.sqlPredicate(), scope.sqlParameters().toArray());
            filters(sql, f, "a");
        }
        return ((Number) sql.query(em).getSingleResult()).longValue();
    }

    /**
     * The ids of one page in list order ({@code order}, then id, both ascending or descending):
     * {@code after} a cursor (keyset; newest-first date order only) or else {@code offset} entries in.
     */
    public Ids page(AllegationScope scope, Filters f, Order order, boolean ascending, Cursor after, long offset, int size) {
        if (scope.shape() == AllegationScope.Shape.NONE) {
            return new Ids(List.of(), null);
        }
        if (after != null && (order != Order.RECEIVED_ON || ascending)) {
            throw new IllegalArgumentException("A cursor pages the newest-first list only");
        }
        String dir = ascending ? " ASC" : " DESC";
        Sql sql = new Sql();
        if (scope.shape() == AllegationScope.Shape.STATE && order == Order.RECEIVED_ON) {
            // the state's index in order; the case row only where a filter needs it
            sql.append("SELECT st.allegation_id, st.received_on FROM allegation_state st"
                    + (needsCase(f) ? " STRAIGHT_JOIN allegation a ON a.id = st.allegation_id" : "")
                    + " WHERE st.state_code = ?", scope.shapeValue());
            filters(sql, f, "st");
            keyset(sql, after, "st.received_on", "st.allegation_id");
            sql.append(" ORDER BY st.received_on" + dir + ", st.allegation_id" + dir);
        } else {
            sql.append("SELECT a.id, a.received_on FROM allegation a WHERE " + scope.sqlPredicate(),
                    scope.sqlParameters().toArray());
            filters(sql, f, "a");
            keyset(sql, after, "a.received_on", "a.id");
            sql.append(" ORDER BY a." + order.column + dir + ", a.id" + dir);
        }
        sql.append(" LIMIT ? OFFSET ?", size, after == null ? Math.max(0, offset) : 0L);
        List<Long> ids = new ArrayList<>();
        Cursor last = null;
        for (Object row : sql.query(em).getResultList()) {
            Object[] r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            ids.add(id);
            last = new Cursor(date(r[1]), id);
        }
        return new Ids(ids, last);
    }

    /** The given columns of these cases, keyed by id (the caller restores the page's order). */
    public Map<Long, Object[]> rows(List<Long> ids, String jpqlColumns) {
        Map<Long, Object[]> rows = new HashMap<>();
        if (ids.isEmpty()) {
            return rows;
        }
        for (Object[] r : em.createQuery("SELECT a.id, " + jpqlColumns + " FROM Allegation a WHERE a.id IN :ids",
                Object[].class).setParameter("ids", ids).getResultList()) {
            Object[] columns = new Object[r.length - 1];
            System.arraycopy(r, 1, columns, 0, columns.length);
            rows.put((Long) r[0], columns);
        }
        return rows;
    }

    private static boolean needsCase(Filters f) {
        return f.mission() != null || f.status() != null || f.kind() != null || f.referenceLike() != null
                || f.textLike() != null;
    }

    /** The filters; dates on {@code dateAlias}'s {@code received_on} (the state's copy drives a liaison's list). */
    private static void filters(Sql sql, Filters f, String dateAlias) {
        sql.appendIf(f.mission(), " AND a.mission_code = ?").appendIf(f.status(), " AND a.status = ?")
                .appendIf(f.kind(), " AND a.kind = ?")
                .appendIf(f.receivedFrom(), " AND " + dateAlias + ".received_on >= ?")
                .appendIf(f.receivedTo(), " AND " + dateAlias + ".received_on <= ?")
                .appendIf(f.referenceLike(), " AND a.reference LIKE ?");
        if (f.textLike() != null) {
            sql.append(" AND (a.summary LIKE ? OR a.location LIKE ? OR a.reference LIKE ?)", f.textLike(), f.textLike(),
                    f.textLike());
        }
    }

    private static void keyset(Sql sql, Cursor after, String date, String id) {
        if (after != null) {
            sql.append(" AND (" + date + " < ? OR (" + date + " = ? AND " + id + " < ?))", after.receivedOn(),
                    after.receivedOn(), after.id());
        }
    }

    static LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        return value == null ? null : ((java.sql.Date) value).toLocalDate();
    }

    /** SQL text with its positional parameters, appended together. */
    private static final class Sql {
        private final StringBuilder text = new StringBuilder();
        private final List<Object> params = new ArrayList<>();

        Sql append(String sql, Object... values) {
            text.append(sql);
            params.addAll(List.of(values));
            return this;
        }

        Sql appendIf(Object value, String sql) {
            return value == null ? this : append(sql, value);
        }

        Query query(EntityManager em) {
            Query q = em.createNativeQuery(text.toString());
            for (int i = 0; i < params.size(); i++) {
                q.setParameter(i + 1, params.get(i));
            }
            return q;
        }
    }
}
