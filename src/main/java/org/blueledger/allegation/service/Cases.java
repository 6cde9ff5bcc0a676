package org.blueledger.allegation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.blueledger.allegation.domain.Allegation;
import org.blueledger.allegation.domain.CaseAssignment;
import org.blueledger.allegation.persistence.AllegationRepository;
import org.blueledger.audit.domain.AuditAction;
import org.blueledger.security.service.CallerScope;

import java.time.Instant;

/**
 * The case kernel's published entry points for the features that hang off a case (the
 * follow-up): the caller's entitlements on a case, its assignments, and the one change another
 * feature makes to the case itself, its referral to a member state. Together with the gate
 * {@link CaseAccess}, this is all such a feature may ask of the case file; it joins the
 * caller's transaction.
 */
@ApplicationScoped
public class Cases {

    @Inject
    AllegationRepository repository;

    @Inject
    CaseAccess access;

    /**
     * The one call that opens a case for a caller: the case through the gate (404 for one outside
     * the caller's scope, audited as {@code action}), with the caller's entitlements computed once.
     */
    public OpenedCase open(String reference, CallerScope caller, AuditAction action) {
        return access.open(reference, caller, action);
    }

    /** What the caller may do with and see in this (visible) case. */
    public CaseEntitlements entitlements(Allegation a, CallerScope caller) {
        return new CaseEntitlements(caller, a.getMissionCode(),
                repository.isAssigned(a.getId(), caller.username(), CaseAssignment.Role.CONDUCT_OFFICER));
    }

    /** An investigator assigned to the case for this investigation (or for all its investigations). */
    public boolean isAssignedInvestigator(Long allegationId, String username, Long investigationId) {
        return repository.isAssignedInvestigator(allegationId, username, investigationId);
    }

    /** The case by id (the follow-up keeps its case by id); the caller must have passed the gate or own the row. */
    public Allegation byId(Long allegationId) {
        return repository.byId(allegationId);
    }

    /** The UN informed a member state by note verbale: the case is referred to it, and its states are recomputed. */
    public void referToMemberState(Allegation a, Instant at, String by) {
        a.markReferredToMemberState(at, by);
        repository.add(a);
        repository.refreshMemberStates(a.getId());
    }
}
