package org.blueledger.security.web;

import org.blueledger.security.service.AccountQueries;
import org.blueledger.security.service.AccountView;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/** Accounts a page at a time, paged in SQL by {@link AccountQueries}. */
public class AccountLazyModel extends LazyDataModel<AccountView> {

    private static final long serialVersionUID = 1L;

    private final AccountQueries queries;

    AccountLazyModel(AccountQueries queries) {
        this.queries = queries;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) queries.summary().accounts();
    }

    @Override
    public List<AccountView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        AccountQueries.Page page = queries.page(first / Math.max(1, pageSize), pageSize);
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(AccountView account) {
        return account.username();
    }

    @Override
    public AccountView getRowData(String rowKey) {
        return queries.find(rowKey).orElse(null);
    }

    /** Serialized without the current page's rows (they are loaded again on the next render). */
    private Object writeReplace() {
        return new AccountLazyModel(queries);
    }
}
