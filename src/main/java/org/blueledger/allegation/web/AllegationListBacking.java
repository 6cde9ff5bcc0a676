package org.blueledger.allegation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.allegation.domain.AllegationStatus;
import org.blueledger.allegation.domain.MisconductKind;
import org.blueledger.allegation.service.AllegationQueries;
import org.blueledger.allegation.service.CaseListCsv;
import org.blueledger.platform.faces.LocalePreferences;
import org.blueledger.reference.service.ReferenceData;
import org.blueledger.reference.service.ReferenceOption;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.CurrentUser;
import org.primefaces.event.data.PageEvent;
import org.primefaces.event.data.SortEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * allegation/list.xhtml: the cases the caller may see, filtered, searched, sorted and paged in SQL
 * by {@link AllegationQueries}. The list's state lives in the address ({@link CaseListState}):
 * filtering, sorting and paging redirect to the address of the new state, so a list can be
 * bookmarked and Back returns to the previous one. The CSV export takes the same filters.
 */
@Named
@ViewScoped
public class AllegationListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AllegationQueries queries;

    @Inject
    ReferenceData reference;

    @Inject
    LocalePreferences locale;

    @Inject
    CurrentUser user;

    private final CaseListState state = new CaseListState();
    private AllegationLazyModel cases;
    private List<ReferenceOption> missions;

    @PostConstruct
    void init() {
        cases = new AllegationLazyModel(queries, state);
        missions = reference.missions(locale.getLocale());
    }

    /** The filter button: the first page of the new filters, at their own address. */
    public void search() {
        state.page = null;
        redirect();
    }

    /** A click on a column header: that sort, at its own address. */
    public void sorted(SortEvent event) {
        for (SortMeta meta : event.getSortBy().values()) {
            if (!meta.isActive()) {
                continue;
            }
            state.sort = CaseListState.Column.of(meta.getField()).name();
            state.order = meta.getOrder() == SortOrder.ASCENDING ? "asc" : "desc";
        }
        state.page = null;
        redirect();
    }

    /** The paginator: that page, at its own address. */
    public void paged(PageEvent event) {
        state.page = event.getPage() + 1;
        redirect();
    }

    private void redirect() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(state.address(external.getRequestContextPath()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The export button: the list's filters as CSV (the service scopes it and audits the export). */
    public StreamedContent getExport() {
        return DefaultStreamedContent.builder().name(CaseListCsv.FILE_NAME).contentType(CaseListCsv.MEDIA_TYPE)
                .writer(out -> {
                    var criteria = state.criteria();
                    queries.exportStart(criteria);
                    try {
                        CaseListCsv.write(queries, criteria, out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).build();
    }

    /** The table's sort as the address gives it, so the header shows it. */
    public SortMeta getSortMeta() {
        return SortMeta.builder().field(state.column().name())
                .order(state.ascending() ? SortOrder.ASCENDING : SortOrder.DESCENDING).build();
    }

    public int getFirst() {
        return state.pageIndex() * CaseListState.ROWS;
    }

    public int getRows() {
        return CaseListState.ROWS;
    }

    public CaseListState getState() {
        return state;
    }

    public AllegationLazyModel getCases() {
        return cases;
    }

    public List<ReferenceOption> getMissions() {
        return missions;
    }

    public boolean isCanFile() {
        return user.hasRole(Role.CONDUCT_OFFICER) || user.hasRole(Role.CHIEF_OF_CONDUCT);
    }

    public AllegationStatus[] getStatuses() {
        return AllegationStatus.values();
    }

    public MisconductKind[] getKinds() {
        return MisconductKind.values();
    }
}
