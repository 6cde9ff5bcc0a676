package org.blueledger.victimsupport.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.platform.error.BusinessException;
import org.blueledger.victimsupport.domain.ClaimStep;
import org.blueledger.victimsupport.service.ClaimPage;
import org.blueledger.victimsupport.service.ClaimView;
import org.blueledger.victimsupport.service.PaternityClaimService;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * paternity/claims.xhtml: the claims in the caller's scope (a liaison's inbox: the claims against
 * its nationals, without identities; HQ's overview), the newest 200, and the form to record a
 * step the caller may record.
 */
@Named
@ViewScoped
public class PaternityClaimsBacking implements Serializable {

    @Inject
    transient PaternityClaimService claims;

    private ClaimPage page;
    private final ClaimStepForm stepForm = new ClaimStepForm();

    public ClaimPage getPage() {
        if (page == null) {
            try {
                page = claims.claims(null, null, null, 0, PaternityClaimService.MAX_SIZE);
            } catch (BusinessException e) {
                page = new ClaimPage(List.of(), 0, 0, PaternityClaimService.MAX_SIZE);
            }
        }
        return page;
    }

    /** The steps the caller may record on at least one listed claim. */
    public List<ClaimStep> getSteps() {
        Set<ClaimStep> steps = new LinkedHashSet<>();
        getPage().items().forEach(c -> steps.addAll(c.allowedSteps()));
        return List.copyOf(steps);
    }

    public List<ClaimView> getRecordable() {
        return getPage().items().stream().filter(c -> !c.allowedSteps().isEmpty()).toList();
    }

    public String record() {
        return stepForm.record(claims, getPage().items(), "claimStepForm", () -> "/paternity/claims?faces-redirect=true");
    }

    public ClaimStepForm getStepForm() {
        return stepForm;
    }
}
