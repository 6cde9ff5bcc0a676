package org.blueledger.victimsupport.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.platform.error.BusinessException;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.platform.faces.Messages;
import org.blueledger.victimsupport.domain.ChildSex;
import org.blueledger.victimsupport.domain.ClaimStep;
import org.blueledger.victimsupport.domain.Claimant;
import org.blueledger.victimsupport.domain.Party;
import org.blueledger.victimsupport.service.ClaimView;
import org.blueledger.victimsupport.service.OpenClaim;
import org.blueledger.victimsupport.service.PaternityClaimService;
import org.blueledger.victimsupport.service.RecordStep;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The claim forms of victims/victim.xhtml: open a paternity claim for the victim, and record a step of one. */
@Named
@RequestScoped
public class ClaimFormBacking {

    @Inject
    PaternityClaimService claims;

    @Inject
    VictimPageBacking page;

    private Long subjectId;
    private LocalDate receivedOn;
    private Claimant claimant = Claimant.VICTIM;
    private String childName;
    private LocalDate childDateOfBirth;
    private ChildSex childSex;
    private Long claimId;
    private ClaimStep step;
    private LocalDate on;
    private Party by;
    private String result;
    private BigDecimal amount;
    private String currency;

    public String open() {
        try {
            claims.openClaim(page.getRef(), new OpenClaim(page.getVictim(), subjectId, receivedOn, claimant, childName,
                    childDateOfBirth, childSex));
            Messages.info("victims.claim.opened");
            return page.reloadOutcome();
        } catch (ValidationFailedException e) {
            SupportForms.show("claimForm", e.errors());
            return null;
        } catch (BusinessException e) {
            Messages.errorText(null, e.getMessage());
            return null;
        }
    }

    public String record() {
        ClaimView c = page.getFile() == null || claimId == null ? null : page.getFile().claims().stream()
                .filter(x -> x.id() == claimId).findFirst().orElse(null);
        if (c == null) {
            Messages.error("stepForm:claimId", "victims.field.invalid", Messages.text("victims.field.claimId"),
                    Messages.text("validation.required"));
            return null;
        }
        try {
            claims.recordStep(c.id(), new RecordStep(step, on, c.version(), by, result, amount, currency));
            Messages.info("victims.claim.stepRecorded");
            return page.reloadOutcome();
        } catch (ValidationFailedException e) {
            SupportForms.show("stepForm", e.errors());
            return null;
        } catch (BusinessException e) {
            Messages.errorText(null, e.getMessage());
            return null;
        }
    }

    public Claimant[] getClaimants() {
        return Claimant.values();
    }

    public ChildSex[] getSexes() {
        return ChildSex.values();
    }

    public ClaimStep[] getSteps() {
        return ClaimStep.values();
    }

    public Party[] getParties() {
        return Party.values();
    }

    public Long getSubjectId() { return subjectId; }
    public void setSubjectId(Long v) { subjectId = v; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate v) { receivedOn = v; }
    public Claimant getClaimant() { return claimant; }
    public void setClaimant(Claimant v) { claimant = v; }
    public String getChildName() { return childName; }
    public void setChildName(String v) { childName = v; }
    public LocalDate getChildDateOfBirth() { return childDateOfBirth; }
    public void setChildDateOfBirth(LocalDate v) { childDateOfBirth = v; }
    public ChildSex getChildSex() { return childSex; }
    public void setChildSex(ChildSex v) { childSex = v; }
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
