package org.blueledger.allegation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.blueledger.allegation.domain.Allegation;
import org.blueledger.allegation.domain.CaseAssignment;
import org.blueledger.allegation.persistence.AllegationRepository;
import org.blueledger.deadline.service.CaseVisibility;
import org.blueledger.audit.domain.AuditAction;
import org.blueledger.audit.domain.AuditOutcome;
import org.blueledger.audit.service.AuditLog;
import org.blueledger.platform.error.ForbiddenException;
import org.blueledger.platform.error.NotFoundException;
import org.blueledger.security.service.CallerScope;

/**
 * The gate of every case operation: the case is fetched through the caller's scope; a case
 * outside it answers exactly like a missing one (404), and both are written to the audit
 * trail as DENIED, in their own transaction so the entry survives the rollback.
 */
@ApplicationScoped
public class CaseAccess implements CaseVisibility {

    @Inject
    AllegationRepository repository;

    @Inject
    AuditLog audit;

    @Override
    public void requireVisible(String reference, CallerScope caller) {
        visible(reference, caller, AuditAction.DEADLINES_READ);
    }

    public Allegation visible(String reference, CallerScope caller, AuditAction action) {
        return repository.findVisible(reference, caller).orElseThrow(() -> {
            audit.recordIndependently(action, reference, AuditOutcome.DENIED,
                    repository.exists(reference) ? "outside the caller's scope (answered 404)" : "no such case (404)");
            return new NotFoundException("No case " + reference + ".");
        });
    }

    /**
     * The one call that opens a case for a caller: the case through the gate (404 as above) with
     * the caller's entitlements on it, computed once for the request; every use case and the
     * case's view take them from here instead of asking again.
     */
    public OpenedCase open(String reference, CallerScope caller, AuditAction action) {
        return opened(visible(reference, caller, action), caller);
    }

    /** A case the caller has already passed the gate for (or filed), with the caller's entitlements. */
    OpenedCase opened(Allegation a, CallerScope caller) {
        return new OpenedCase(a, new CaseEntitlements(caller, a.getMissionCode(),
                repository.isAssigned(a.getId(), caller.username(), CaseAssignment.Role.CONDUCT_OFFICER)));
    }

    /** Refuses an action on a visible case that the caller's role or assignment does not allow (403), audited. */
    public ForbiddenException forbidden(AuditAction action, String reference, String message) {
        audit.recordIndependently(action, reference, AuditOutcome.DENIED, message);
        return new ForbiddenException(message);
    }
}
