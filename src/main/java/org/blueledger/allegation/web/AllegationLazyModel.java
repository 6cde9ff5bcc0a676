package org.blueledger.allegation.web;

import org.blueledger.allegation.service.AllegationCriteria;
import org.blueledger.allegation.service.AllegationPage;
import org.blueledger.allegation.service.AllegationQueries;
import org.blueledger.allegation.service.AllegationRow;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/**
 * The case list a page at a time: filters, sort and paging are done in SQL by {@link AllegationQueries}.
 * Filters and sort come from the list's state (its address, {@link CaseListState}), not from the
 * table, whose header clicks redirect to the address of the new sort.
 *
 * <p>It lives in a view-scoped bean, so in a cluster it travels with the session: it holds the
 * list's (serializable) state and the query service's proxy, never a lambda; the rows of the
 * current page are kept only by {@code ListDataModel}, whose fields are not serialized, and are
 * loaded again after a fail-over.
 */
public class AllegationLazyModel extends LazyDataModel<AllegationRow> {

    private static final long serialVersionUID = 1L;

    private final AllegationQueries queries;
    private final CaseListState state;

    AllegationLazyModel(AllegationQueries queries, CaseListState state) {
        this.queries = queries;
        this.state = state;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) queries.count(state.criteria());
    }

    @Override
    public List<AllegationRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        AllegationCriteria c = state.criteria();
        int size = Math.min(AllegationCriteria.MAX_SIZE, Math.max(1, pageSize));
        AllegationPage page = queries.page(c.onPage(c.sort(), c.ascending(), first / size, size));
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(AllegationRow row) {
        return row.reference();
    }

    /** Serialized without the current page's rows (they are loaded again on the next render). */
    private Object writeReplace() {
        return new AllegationLazyModel(queries, state);
    }
}
