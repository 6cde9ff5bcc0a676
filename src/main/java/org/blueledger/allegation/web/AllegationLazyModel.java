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
import java.util.function.Supplier;

/**
 * The case list a page at a time: filters, sort and paging are done in SQL by {@link AllegationQueries}.
 * Filters and sort come from the list's state (its address, {@link CaseListState}), not from the
 * table, whose header clicks redirect to the address of the new sort.
 */
public class AllegationLazyModel extends LazyDataModel<AllegationRow> {

    private static final long serialVersionUID = 1L;

    private final AllegationQueries queries;
    private final Supplier<AllegationCriteria> filters;

    AllegationLazyModel(AllegationQueries queries, Supplier<AllegationCriteria> filters) {
        this.queries = queries;
        this.filters = filters;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) queries.count(filters.get());
    }

    @Override
    public List<AllegationRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        AllegationCriteria c = filters.get();
        int size = Math.min(AllegationCriteria.MAX_SIZE, Math.max(1, pageSize));
        AllegationPage page = queries.page(c.onPage(c.sort(), c.ascending(), first / size, size));
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(AllegationRow row) {
        return row.reference();
    }
}
