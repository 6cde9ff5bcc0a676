package org.blueledger.victimsupport.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.platform.error.BusinessException;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.platform.faces.Messages;
import org.blueledger.victimsupport.domain.ClaimStep;
import org.blueledger.victimsupport.domain.Party;
import org.blueledger.victimsupport.service.ClaimPage;
import org.blueledger.victimsupport.service.ClaimView;
import org.blueledger.victimsupport.service.PaternityClaimService;
import org.blueledger.victimsupport.service.RecordStep;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
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
    private Long claimId;
    private ClaimStep step;
    private LocalDate on;
    private Party by;
    private String result;
    private BigDecimal amount;
    private String currency;

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
        ClaimView c = claimId == null ? null : getPage().items().stream().filter(x -> x.id() == claimId).findFirst().orElse(null);
        if (c == null) {
            Messages.error("claimStepForm:claimId", "victims.field.invalid", Messages.text("victims.field.claimId"),
                    Messages.text("validation.required"));
            return null;
        }
        try {
            claims.recordStep(c.id(), new RecordStep(step, on, c.version(), by, result, amount, currency));
            Messages.info("victims.claim.stepRecorded");
            return "/paternity/claims?faces-redirect=true";
        } catch (ValidationFailedException e) {
            SupportForms.show("claimStepForm", e.errors());
            return null;
        } catch (BusinessException e) {
            Messages.errorText(null, e.getMessage());
            return null;
        }
    }

    public Party[] getParties() {
        return Party.values();
    }

    public Long getClaimId() { return claimId; }
    public void setClaimId(Long v) { claimId = v; }
    public ClaimStep getStep() { return step; }
    public void setStep(ClaimStep v) { step = v; }
    public LocalDate getOn() { return on; }
    public void setOn(LocalDate v) { on = v; }
    public Party getBy() { return by; }
    public void setBy(Party v) { by = v; }
    public String getResult() { return result; }
    public void setResult(String v) { result = v; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal v) { amount = v; }
    public String getCurrency() { return currency; }
    public void setCurrency(String v) { currency = v; }
}
