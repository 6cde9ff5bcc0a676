package org.blueledger.allegation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.allegation.service.CaseTab;

import java.util.Comparator;
import java.util.List;

/**
 * The tabs other features contribute to allegation/view.xhtml through the kernel's port
 * {@link CaseTab}: the page includes their files, in order, before and after its own "correct
 * the record" tab, and imports no feature.
 */
@Named
@RequestScoped
public class CaseTabsBacking {

    @Inject
    Instance<CaseTab> tabs;

    /** The contributed tabs shown before the record's edit tab (their files). */
    public List<String> getBeforeEdit() {
        return pages(true);
    }

    /** The contributed tabs shown after it. */
    public List<String> getAfterEdit() {
        return pages(false);
    }

    private List<String> pages(boolean before) {
        return tabs.stream().filter(t -> (t.order() < CaseTab.EDIT) == before)
                .sorted(Comparator.comparingInt(CaseTab::order)).map(CaseTab::page).toList();
    }
}
