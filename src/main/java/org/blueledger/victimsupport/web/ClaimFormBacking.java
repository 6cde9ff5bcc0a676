package org.blueledger.victimsupport.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.victimsupport.domain.ChildSex;
import org.blueledger.victimsupport.domain.ClaimStep;
import org.blueledger.victimsupport.domain.Claimant;
import org.blueledger.victimsupport.service.OpenClaim;
import org.blueledger.victimsupport.service.PaternityClaimService;

import java.time.LocalDate;
import java.util.List;

/** The claim forms of victims/victim.xhtml: open a paternity claim for the victim, and record a step of one ({@link ClaimStepForm}). */
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
    private final ClaimStepForm stepForm = new ClaimStepForm();

    public String open() {
        return SupportForms.submit("claimForm", () -> claims.openClaim(page.getRef(), new OpenClaim(page.getVictim(),
                subjectId, receivedOn, claimant, childName, childDateOfBirth, childSex)),
                "victims.claim.opened", page::reloadOutcome);
    }

    public String record() {
        return stepForm.record(claims, page.getFile() == null ? List.of() : page.getFile().claims(), "stepForm",
                page::reloadOutcome);
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

    public ClaimStepForm getStepForm() {
        return stepForm;
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
}
