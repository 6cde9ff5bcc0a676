package org.blueledger.victimsupport.web;

import org.blueledger.platform.faces.Messages;
import org.blueledger.victimsupport.domain.ClaimStep;
import org.blueledger.victimsupport.domain.Party;
import org.blueledger.victimsupport.service.ClaimView;
import org.blueledger.victimsupport.service.PaternityClaimService;
import org.blueledger.victimsupport.service.RecordStep;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * The "record a step of a claim" form that victims/victim.xhtml ({@link ClaimFormBacking}) and
 * paternity/claims.xhtml ({@link PaternityClaimsBacking}) share: its fields, and the one call that
 * records the step through {@link PaternityClaimService}.
 */
public class ClaimStepForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long claimId;
    private ClaimStep step;
    private LocalDate on;
    private Party by;
    private String result;
    private BigDecimal amount;
    private String currency;

    /**
     * Records the step on the chosen claim, one of {@code candidates}: {@code success}'s outcome,
     * or null with the errors shown next to the fields of {@code form}.
     */
    String record(PaternityClaimService claims, List<ClaimView> candidates, String form, Supplier<String> success) {
        ClaimView c = claimId == null ? null : candidates.stream().filter(x -> x.id() == claimId).findFirst().orElse(null);
        if (c == null) {
            Messages.error(form + ":claimId", "victims.field.invalid", Messages.text("victims.field.claimId"),
                    Messages.text("validation.required"));
            return null;
        }
        return SupportForms.submit(form,
                () -> claims.recordStep(c.id(), new RecordStep(step, on, c.version(), by, result, amount, currency)),
                "victims.claim.stepRecorded", success);
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
