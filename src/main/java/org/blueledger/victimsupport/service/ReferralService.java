package org.blueledger.victimsupport.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.blueledger.allegation.domain.Allegation;
import org.blueledger.allegation.service.CaseWork;
import org.blueledger.audit.domain.AuditAction;
import org.blueledger.audit.domain.AuditOutcome;
import org.blueledger.platform.error.ConflictException;
import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.error.NotFoundException;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.CallerScope;
import org.blueledger.victimsupport.domain.AssistanceReferral;
import org.blueledger.victimsupport.domain.ReferralStatus;
import org.blueledger.victimsupport.domain.ReferralType;
import org.blueledger.victimsupport.domain.TrustFundProject;
import org.blueledger.victimsupport.persistence.ReferralRepository;
import org.blueledger.victimsupport.persistence.SupportScope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Assistance referrals per victim (api.md "Victim support"): made by a victims' rights officer
 * or the conduct officer assigned to the case, only with the victim's consent; moved along by
 * a victims' rights officer; listed in the caller's scope (victims' rights officers, HQ and
 * chiefs of conduct of the mission, assigned conduct officers; anyone else: 404).
 */
@Stateless
@PermitAll
public class ReferralService {

    public static final int MAX_SIZE = 200;

    @Inject
    CaseWork work;

    @Inject
    ReferralRepository referrals;

    @RolesAllowed({Role.Names.VICTIMS_RIGHTS, Role.Names.CONDUCT_OFFICER})
    public ReferralView refer(String reference, long victimId, NewReferral cmd) {
        CallerScope caller = work.caller();
        Allegation a = work.visible(reference, caller, AuditAction.REFERRAL_MADE);
        if (!caller.has(Role.VICTIMS_RIGHTS) && !referrals.isAssignedOfficer(a.getId(), caller.username())) {
            throw work.forbidden(AuditAction.REFERRAL_MADE, reference, "Only a victims' rights officer or a conduct officer "
                    + "assigned to " + reference + " refers its victims to assistance.");
        }
        if (a.getVictims().stream().noneMatch(v -> v.getId() == victimId)) {
            work.recordIndependently(AuditAction.REFERRAL_MADE, reference, AuditOutcome.DENIED, "no victim " + victimId + " (404)");
            throw new NotFoundException("No victim " + victimId + " in " + reference + ".");
        }
        LocalDate today = work.today();
        List<FieldError> errors = new ArrayList<>();
        Checks.required(cmd.type(), "type", errors);
        Checks.required(cmd.referredOn(), "referredOn", errors);
        Checks.pastDate(cmd.referredOn(), "referredOn", today, errors);
        Checks.required(cmd.consentOn(), "consentOn", errors);
        Checks.pastDate(cmd.consentOn(), "consentOn", today, errors);
        if (cmd.consentOn() != null && cmd.referredOn() != null && cmd.consentOn().isAfter(cmd.referredOn())) {
            errors.add(new FieldError("consentOn", "the victim must agree before the referral is made (on or before "
                    + cmd.referredOn() + ")", "referral.consentAfterReferral"));
        }
        String provider = Checks.strip(cmd.provider());
        Checks.required(provider, "provider", errors);
        Checks.maxLength(provider, 200, "provider", errors);
        Long projectId = null;
        if (cmd.type() == ReferralType.TRUST_FUND && provider != null) {
            Optional<TrustFundProject> p = referrals.projectByCode(provider).filter(TrustFundProject::isActive);
            if (p.isEmpty()) {
                errors.add(new FieldError("provider", "must be the code of an active Trust Fund project",
                        "referral.unknownProject"));
            } else {
                projectId = p.get().getId();
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        AssistanceReferral r = new AssistanceReferral(a.getId(), a.getReference(), a.getMissionCode(), victimId, cmd.type(),
                provider, projectId, cmd.referredOn(), cmd.consentOn(), work.now(), caller.username());
        referrals.add(r);
        work.record(AuditAction.REFERRAL_MADE, reference, AuditOutcome.ALLOWED, "referral " + r.getId() + ": victim " + victimId
                + " to " + cmd.type() + " (consent " + cmd.consentOn() + ")");
        return view(r, caller, projectNames());
    }

    @RolesAllowed(Role.Names.VICTIMS_RIGHTS)
    public ReferralView update(long id, UpdateReferral cmd) {
        CallerScope caller = work.caller();
        AssistanceReferral r = visible(id, caller, AuditAction.REFERRAL_UPDATED);
        LocalDate today = work.today();
        List<FieldError> errors = new ArrayList<>();
        Checks.required(cmd.status(), "status", errors);
        Checks.required(cmd.version(), "version", errors);
        Checks.pastDate(cmd.startedOn(), "startedOn", today, errors);
        Checks.pastDate(cmd.closedOn(), "closedOn", today, errors);
        Checks.maxLength(cmd.notes(), 2000, "notes", errors);
        LocalDate started = cmd.startedOn() != null ? cmd.startedOn() : r.getStartedOn();
        LocalDate closed = cmd.closedOn() != null ? cmd.closedOn() : r.getClosedOn();
        if (cmd.startedOn() != null && cmd.startedOn().isBefore(r.getReferredOn())) {
            errors.add(new FieldError("startedOn", "cannot precede the referral (" + r.getReferredOn() + ")", "referral.order"));
        }
        if (cmd.closedOn() != null && (cmd.closedOn().isBefore(r.getReferredOn())
                || (started != null && cmd.closedOn().isBefore(started)))) {
            errors.add(new FieldError("closedOn", "cannot precede the referral or its start", "referral.order"));
        }
        if (cmd.status() == ReferralStatus.IN_PROGRESS && started == null) {
            errors.add(new FieldError("startedOn", "is required when the assistance is in progress", "required"));
        }
        if (cmd.status() != null && cmd.status().ends() && closed == null) {
            errors.add(new FieldError("closedOn", "is required when the referral ends", "required"));
        }
        if (cmd.status() != null && cmd.status().isOpen() && cmd.closedOn() != null) {
            errors.add(new FieldError("closedOn", "an open referral has no closing date", "referral.openClosed"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        if (r.getVersion() != cmd.version()) {
            throw new ConflictException("The referral was changed by " + r.getModifiedBy() + " at " + r.getModifiedAt()
                    + " (version " + r.getVersion() + ", yours " + cmd.version() + "); reload it and apply your change again.");
        }
        if (!r.getStatus().canMoveTo(cmd.status())) {
            throw new ConflictException("A referral in status " + r.getStatus() + " cannot move to " + cmd.status() + ".");
        }
        r.update(cmd.status(), started, cmd.status().isOpen() ? null : closed, Checks.strip(cmd.notes()), work.now(),
                caller.username());
        referrals.flush();
        work.record(AuditAction.REFERRAL_UPDATED, r.getCaseReference(), AuditOutcome.ALLOWED, "referral " + id + ": " + cmd.status());
        return view(r, caller, projectNames());
    }

    /** The referrals in the caller's scope, newest first; a role with no referral scope gets a 404. */
    public ReferralPage referrals(ReferralStatus status, ReferralType type, String mission, int page, int size) {
        CallerScope caller = work.caller();
        SupportScope scope = SupportScope.referrals(caller, "r");
        if (scope.isNothing()) {
            work.recordIndependently(AuditAction.REFERRALS_LISTED, "referrals", AuditOutcome.DENIED,
                    "no referral in the caller's scope (answered 404)");
            throw new NotFoundException("No referrals.");
        }
        int s = Math.max(1, Math.min(MAX_SIZE, size));
        Map<Long, String> names = projectNames();
        List<ReferralView> items = referrals.page(scope, status, type, mission, Math.max(0, page), s).stream()
                .map(r -> view(r, caller, names)).toList();
        return new ReferralPage(items, referrals.count(scope, status, type, mission), Math.max(0, page), s);
    }

    /** One referral in the caller's scope. */
    public ReferralView referral(long id) {
        CallerScope caller = work.caller();
        return view(visible(id, caller, AuditAction.REFERRAL_READ), caller, projectNames());
    }

    /** The active Trust Fund projects, for the referral forms (any signed-in caller). */
    public List<ProjectView> activeProjects() {
        return referrals.projects(true).stream().map(TrustFundAdministration::view).toList();
    }

    private AssistanceReferral visible(long id, CallerScope caller, AuditAction action) {
        return referrals.findVisible(id, SupportScope.referrals(caller, "r")).orElseThrow(() -> {
            Optional<String> ref = referrals.caseReferenceOf(id);
            work.recordIndependently(action, ref.orElse("referrals/" + id), AuditOutcome.DENIED, "referral " + id
                    + (ref.isPresent() ? ": outside the caller's scope (answered 404)" : ": no such referral (404)"));
            return new NotFoundException("No referral " + id + ".");
        });
    }

    private Map<Long, String> projectNames() {
        return referrals.projects(false).stream().collect(Collectors.toMap(TrustFundProject::getId, TrustFundProject::getName,
                (x, y) -> x));
    }

    /** Outcome notes: a victims' rights officer of the referral's mission (or all missions), or a conduct officer (its scope holds only its assigned cases). */
    static boolean entitledToNotes(CallerScope caller, AssistanceReferral r) {
        return (caller.has(Role.VICTIMS_RIGHTS) && (caller.mission() == null || caller.mission().equals(r.getMissionCode())))
                || (caller.has(Role.CONDUCT_OFFICER) && r.getMissionCode().equals(caller.mission())
                && !caller.hasAny(Role.HQ_CONDUCT, Role.CHIEF_OF_CONDUCT));
    }

    static ReferralView view(AssistanceReferral r, CallerScope caller, Map<Long, String> projectNames) {
        boolean notes = entitledToNotes(caller, r);
        return new ReferralView(r.getId(), r.getVersion(), r.getCaseReference(), r.getMissionCode(), r.getVictimId(),
                r.getType(), r.getProvider(), r.getTrustFundProjectId() == null ? null : projectNames.get(r.getTrustFundProjectId()),
                r.getReferredOn(), r.getConsentOn(), r.getStatus(), r.getStartedOn(), r.getClosedOn(),
                notes ? r.getNotes() : null, !notes);
    }

}
