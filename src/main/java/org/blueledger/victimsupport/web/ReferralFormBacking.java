package org.blueledger.victimsupport.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.platform.faces.Messages;
import org.blueledger.victimsupport.domain.ReferralStatus;
import org.blueledger.victimsupport.domain.ReferralType;
import org.blueledger.victimsupport.service.NewReferral;
import org.blueledger.victimsupport.service.ProjectView;
import org.blueledger.victimsupport.service.ReferralService;
import org.blueledger.victimsupport.service.ReferralView;
import org.blueledger.victimsupport.service.UpdateReferral;

import java.time.LocalDate;
import java.util.List;

/** The referral forms of victims/victim.xhtml: refer the victim (with consent), and move a referral along. */
@Named
@RequestScoped
public class ReferralFormBacking {

    @Inject
    ReferralService referrals;

    @Inject
    VictimPageBacking page;

    private ReferralType type;
    private String provider;
    private String project;
    private LocalDate referredOn;
    private LocalDate consentOn;
    private Long referralId;
    private ReferralStatus status;
    private LocalDate startedOn;
    private LocalDate closedOn;
    private String notes;
    private List<ProjectView> projects;

    public String refer() {
        String p = type == ReferralType.TRUST_FUND ? project : provider;
        return SupportForms.submit(
                () -> referrals.refer(page.getRef(), page.getVictim(), new NewReferral(type, referredOn, p, consentOn)),
                "victims.referral.made", page::reloadOutcome,
                errors -> SupportForms.show("referralForm", errors.stream().map(f -> type == ReferralType.TRUST_FUND
                        && f.field().equals("provider") ? new org.blueledger.platform.error.FieldError("project", f.message(),
                        f.code()) : f).toList()));
    }

    public String update() {
        ReferralView r = page.getFile() == null || referralId == null ? null : page.getFile().referrals().stream()
                .filter(x -> x.id() == referralId).findFirst().orElse(null);
        if (r == null) {
            Messages.error("referralUpdateForm:referralId", "victims.field.invalid", Messages.text("victims.field.referralId"),
                    Messages.text("validation.required"));
            return null;
        }
        return SupportForms.submit("referralUpdateForm",
                () -> referrals.update(r.id(), new UpdateReferral(status, startedOn, closedOn, notes, r.version())),
                "victims.referral.updated", page::reloadOutcome);
    }

    public List<ProjectView> getProjects() {
        if (projects == null) {
            projects = referrals.activeProjects();
        }
        return projects;
    }

    public ReferralType[] getTypes() {
        return ReferralType.values();
    }

    public ReferralStatus[] getStatuses() {
        return ReferralStatus.values();
    }

    public ReferralType getType() { return type; }
    public void setType(ReferralType v) { type = v; }
    public String getProvider() { return provider; }
    public void setProvider(String v) { provider = v; }
    public String getProject() { return project; }
    public void setProject(String v) { project = v; }
    public LocalDate getReferredOn() { return referredOn; }
    public void setReferredOn(LocalDate v) { referredOn = v; }
    public LocalDate getConsentOn() { return consentOn; }
    public void setConsentOn(LocalDate v) { consentOn = v; }
    public Long getReferralId() { return referralId; }
    public void setReferralId(Long v) { referralId = v; }
    public ReferralStatus getStatus() { return status; }
    public void setStatus(ReferralStatus v) { status = v; }
    public LocalDate getStartedOn() { return startedOn; }
    public void setStartedOn(LocalDate v) { startedOn = v; }
    public LocalDate getClosedOn() { return closedOn; }
    public void setClosedOn(LocalDate v) { closedOn = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { notes = v; }
}
