package org.blueledger.followup.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.allegation.service.OpenCase;
import org.blueledger.platform.faces.FormErrors;
import org.blueledger.followup.service.CriminalReferralService;
import org.blueledger.followup.service.CriminalReferralView;
import org.blueledger.platform.error.BusinessException;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.platform.faces.Messages;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.CurrentUser;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The case page's referrals for criminal accountability (WEB-INF/includes/case-criminal-referrals.xhtml):
 * the list as the caller may see it, a referral by the chief of conduct or HQ, and an outcome
 * (also by the liaison of the state referred to). One service call each, then back to the case.
 */
@Named
@ViewScoped
public class AllegationCriminalReferralsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CriminalReferralService service;

    @Inject
    OpenCase view;

    @Inject
    CurrentUser user;

    private List<CriminalReferralView> referrals;
    private Long subjectId;
    private String referredTo;
    private LocalDate referredOn;
    private Long referralId;
    private String outcome;
    private LocalDate outcomeOn;

    public List<CriminalReferralView> getReferrals() {
        if (referrals == null) {
            referrals = view.getRef() == null ? List.of() : service.ofCase(view.getRef());
        }
        return referrals;
    }

    public boolean isCanRefer() {
        return user.hasRole(Role.CHIEF_OF_CONDUCT) || user.hasRole(Role.HQ_CONDUCT);
    }

    public boolean isCanRecordOutcome() {
        return (isCanRefer() || user.hasRole(Role.MEMBER_STATE_LIAISON)) && !getReferrals().isEmpty();
    }

    public List<String> getOutcomes() {
        return java.util.Arrays.stream(org.blueledger.followup.domain.ReferralOutcome.values()).map(Enum::name).toList();
    }

    public void refer() throws IOException {
        run(() -> service.refer(view.getRef(), new CriminalReferralService.Refer(subjectId, referredTo,
                referredOn == null ? null : referredOn.toString())), "followup.criminalReferral.saved");
    }

    public void recordOutcome() throws IOException {
        CriminalReferralView r = getReferrals().stream().filter(x -> x.id() == (referralId == null ? -1 : referralId))
                .findFirst().orElse(null);
        run(() -> service.recordOutcome(view.getRef(), referralId == null ? -1 : referralId,
                new CriminalReferralService.RecordOutcome(outcome, outcomeOn == null ? null : outcomeOn.toString(),
                        r == null ? null : r.version())), "followup.criminalReferral.outcomeSaved");
    }

    /** A submit of the tab's form: back to this tab (PRG), or each refused field's message next to it, on this tab. */
    private void run(Runnable action, String doneKey) throws IOException {
        view.showTab(TAB);
        try {
            action.run();
            Messages.info(doneKey, view.getRef());
            view.reload(TAB);
        } catch (ValidationFailedException e) {
            FormErrors.show("criminalReferralForm", e.errors(), java.util.Map.of(),
                    field -> Messages.text("followup.criminalReferral." + field));
        } catch (BusinessException e) {
            Messages.errorText(null, e.getMessage());
        }
    }

    private static final String TAB = "criminalReferrals";

    public Long getSubjectId() { return subjectId; }
    public void setSubjectId(Long v) { subjectId = v; }
    public String getReferredTo() { return referredTo; }
    public void setReferredTo(String v) { referredTo = v; }
    public LocalDate getReferredOn() { return referredOn; }
    public void setReferredOn(LocalDate v) { referredOn = v; }
    public Long getReferralId() { return referralId; }
    public void setReferralId(Long v) { referralId = v; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String v) { outcome = v; }
    public LocalDate getOutcomeOn() { return outcomeOn; }
    public void setOutcomeOn(LocalDate v) { outcomeOn = v; }
}
