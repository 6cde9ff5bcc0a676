package org.blueledger.allegation.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.allegation.service.AllegationDetails;
import org.blueledger.allegation.service.AllegationQueries;
import org.blueledger.allegation.service.OpenCase;
import org.blueledger.audit.service.AuditRow;
import org.blueledger.platform.error.NotFoundException;
import org.blueledger.platform.faces.Tabs;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * allegation/view.xhtml?ref=…&amp;tab=…: the case page with its tabs. This bean holds the open
 * case (loaded once for the view) and the open tab, and publishes them to every tab through the
 * kernel's port {@link OpenCase}; each form has its own bean ({@link CaseStatusBacking},
 * {@link CaseEditBacking}, {@link CaseAssignmentsBacking}, {@link CaseAttachmentsBacking}), and
 * other features' tabs come in through {@link CaseTabsBacking}. Every submit comes back to the
 * tab it was made on ({@code tab} names it, as {@link Tabs} reads it).
 */
@Named
@ViewScoped
public class AllegationViewBacking implements OpenCase, Serializable {

    private static final long serialVersionUID = 1L;

    /** The case page's tab view: its id in view.xhtml. */
    static final String TABS = "tabs";

    @Inject
    AllegationQueries queries;

    private String ref;
    private String tab;
    private AllegationDetails details;
    private transient List<AuditRow> viewers;

    /** f:viewAction: loads the case, or answers the same 404 for a missing and an out-of-scope case. */
    public void load() throws IOException {
        if (details != null) {
            return;
        }
        try {
            details = queries.details(ref);
        } catch (NotFoundException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
        }
    }

    /** After a successful submit: the case page again (PRG), on the tab the submit was made on. */
    @Override
    public void reload(String onTab) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/allegation/view.xhtml?ref="
                + URLEncoder.encode(ref, StandardCharsets.UTF_8) + "&tab=" + onTab);
    }

    /** A form was submitted: the page shows its tab again (a refused submit stays there). */
    @Override
    public void showTab(String name) {
        tab = name;
    }

    /** The open tab, by position, for p:tabView's activeIndex; from {@code tab}. */
    public int getActiveIndex() {
        return Tabs.indexOf(TABS, tab);
    }

    public void setActiveIndex(int index) {
        String name = Tabs.nameAt(TABS, index);
        if (name != null) {
            tab = name;
        }
    }

    public String getTab() {
        return tab;
    }

    /** From the address; only a tab's name (letters), anything else opens the summary. */
    public void setTab(String tab) {
        this.tab = tab != null && tab.matches("[A-Za-z]{1,40}") ? tab : null;
    }

    /** "Who viewed this case", for the chief of conduct of the mission (read when the tab is shown). */
    public List<AuditRow> getViewers() {
        if (viewers == null) {
            viewers = details != null && details.permissions().viewers() ? queries.viewers(ref) : List.of();
        }
        return viewers;
    }

    @Override
    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    @Override
    public AllegationDetails getDetails() {
        return details;
    }
}
