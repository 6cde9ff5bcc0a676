package org.blueledger.victimsupport.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.victimsupport.service.SupportSummary;
import org.blueledger.victimsupport.service.VictimRow;
import org.blueledger.victimsupport.service.VictimSupportQueries;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** victims/list.xhtml: the officer's open work in numbers, and the victims in its scope, a page at a time. */
@Named
@ViewScoped
public class VictimsListBacking implements Serializable {

    @Inject
    transient VictimSupportQueries queries;

    private SupportSummary summary;
    private final LazyDataModel<VictimRow> victims = new VictimLazyModel();

    public SupportSummary getSummary() {
        if (summary == null) {
            summary = queries.summary();
        }
        return summary;
    }

    public LazyDataModel<VictimRow> getVictims() {
        return victims;
    }

    /** Pages through {@link VictimSupportQueries#victims} in SQL (newest case first; no sort or filter). */
    private final class VictimLazyModel extends LazyDataModel<VictimRow> {

        private static final long serialVersionUID = 1L;

        /** Serialized without the current page's rows (they are loaded again on the next render). */
        private Object writeReplace() {
            return new VictimLazyModel();
        }

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) Math.min(Integer.MAX_VALUE, queries.countVictims());
        }

        @Override
        public List<VictimRow> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return queries.victims(first, pageSize);
        }

        @Override
        public String getRowKey(VictimRow row) {
            return Long.toString(row.victimId());
        }

        @Override
        public VictimRow getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(r -> Long.toString(r.victimId()).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
