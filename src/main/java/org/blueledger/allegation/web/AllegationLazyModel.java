package org.blueledger.allegation.web;

import org.blueledger.allegation.service.AllegationCriteria;
import org.blueledger.allegation.service.AllegationPage;
import org.blueledger.allegation.service.AllegationQueries;
import org.blueledger.allegation.service.AllegationRow;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The case list a page at a time: filters, sort and paging are done in SQL by {@link AllegationQueries}. */
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
        AllegationCriteria.Sort sort = AllegationCriteria.Sort.RECEIVED_ON;
        boolean ascending = false;
        for (SortMeta meta : sortBy.values()) {
            sort = switch (meta.getField()) {
                case "reference" -> AllegationCriteria.Sort.REFERENCE;
                case "status" -> AllegationCriteria.Sort.STATUS;
                case "mission" -> AllegationCriteria.Sort.MISSION;
                default -> AllegationCriteria.Sort.RECEIVED_ON;
            };
            ascending = meta.getOrder() == SortOrder.ASCENDING;
        }
        int size = Math.min(AllegationCriteria.MAX_SIZE, Math.max(1, pageSize));
        AllegationPage page = queries.page(new AllegationCriteria(c.mission(), c.status(), c.kind(), c.receivedFrom(),
                c.receivedTo(), c.referenceContains(), sort, ascending, first / size, size));
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(AllegationRow row) {
        return row.reference();
    }
}
