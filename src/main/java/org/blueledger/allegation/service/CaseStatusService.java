package org.blueledger.allegation.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.blueledger.allegation.domain.Allegation;
import org.blueledger.allegation.domain.AllegationStatus;
import org.blueledger.allegation.persistence.AllegationRepository;
import org.blueledger.audit.domain.AuditAction;
import org.blueledger.audit.domain.AuditOutcome;
import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.CallerScope;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * A case's status change, one transaction: moves the case along its lifecycle when the caller's
 * entitlements and the follow-up's findings (asked through {@link CaseFollowUp}) allow it.
 */
@Stateless
@RolesAllowed({Role.Names.CONDUCT_OFFICER, Role.Names.CHIEF_OF_CONDUCT, Role.Names.HQ_CONDUCT, Role.Names.VICTIMS_RIGHTS})
public class CaseStatusService {

    private static final Logger LOG = Logger.getLogger(CaseStatusService.class.getName());

    @Inject
    AllegationRepository repository;

    @Inject
    CaseWork work;

    @Inject
    IdentityCipher identities;

    /** The follow-up, asked through the kernel's port: the findings that unlock the final statuses. */
    @Inject
    jakarta.enterprise.inject.Instance<CaseFollowUp> followUp;


    /** Moves the case along its lifecycle (409 when the transition is not allowed from the current status). */
    @RolesAllowed({Role.Names.CONDUCT_OFFICER, Role.Names.CHIEF_OF_CONDUCT, Role.Names.HQ_CONDUCT})
    public AllegationDetails changeStatus(ChangeStatus command) {
        String reference = command.reference();
        String status = command.status();
        String reason = command.reason();
        Long version = command.version();
        CallerScope caller = work.caller();
        OpenedCase opened = work.open(reference, caller, AuditAction.STATUS_CHANGED);
        Allegation a = opened.allegation();
        List<FieldError> errors = new ArrayList<>();
        AllegationStatus target = null;
        try {
            target = status == null ? null : AllegationStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("status", "unknown status '" + status + "'", "code.unknown"));
        }
        if (status == null) {
            errors.add(new FieldError("status", "is required", "required"));
        }
        if (version == null) {
            errors.add(new FieldError("version", "is required", "required"));
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (target != null && target.requiresReason() && why == null) {
            errors.add(new FieldError("reason", "is required to close a case under other circumstances", "reason.required"));
        }
        if (why != null && why.length() > 2000) {
            errors.add(new FieldError("reason", "must be at most 2000 characters", "tooLong"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        if (!opened.may().changeStatusTo(target)) {
            throw work.forbidden(AuditAction.STATUS_CHANGED, reference, target == AllegationStatus.CLOSED_OTHER
                    ? "Only the chief of conduct or HQ may close a case under other circumstances."
                    : "Only the chief of conduct or an officer assigned to " + reference + " may change its status.");
        }
        opened.requireVersion(version);
        AllegationStatus from = a.getStatus();
        a.changeStatus(target, why, AllegationViews.completedFindings(followUp, a.getId()), work.now(),
                caller.username());
        repository.add(a);
        work.record(AuditAction.STATUS_CHANGED, reference, AuditOutcome.ALLOWED, from + " -> " + target);
        AllegationStatus to = target;
        LOG.info(() -> caller.username() + " moved " + reference + " to " + to);
        return AllegationViews.details(opened, repository, identities, followUp);
    }
}
