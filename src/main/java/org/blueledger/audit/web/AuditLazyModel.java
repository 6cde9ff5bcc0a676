package org.blueledger.audit.web;

import org.blueledger.audit.service.AuditQueries;
import org.blueledger.audit.service.AuditRow;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;
import java.io.Serializable;
import java.util.function.Supplier;

/**
 * The audit trail a page at a time, filtered and paged in SQL. It travels with the session in a
 * cluster: its filters are a {@link Filters} (serializable), the rows are not serialized.
 */
public class AuditLazyModel extends LazyDataModel<AuditRow> {

    private static final long serialVersionUID = 1L;

    /** The page's current filters; serializable, so a method reference to the backing bean is too. */
    @FunctionalInterface
    interface Filters extends Supplier<AuditQueries.Criteria>, Serializable {
    }

    private final AuditQueries queries;
    private final Filters filters;

    AuditLazyModel(AuditQueries queries, Filters filters) {
        this.queries = queries;
        this.filters = filters;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) queries.count(filters.get());
    }

    @Override
    public List<AuditRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        AuditQueries.Criteria c = filters.get();
        int size = Math.min(AuditQueries.MAX_SIZE, Math.max(1, pageSize));
        AuditQueries.Page page = queries.page(new AuditQueries.Criteria(c.user(), c.reference(), c.action(), c.outcome(),
                c.from(), c.to(), first / size, size));
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(AuditRow row) {
        return Long.toString(row.id());
    }

    /** Serialized without the current page's rows (they are loaded again on the next render). */
    private Object writeReplace() {
        return new AuditLazyModel(queries, filters);
    }
}
