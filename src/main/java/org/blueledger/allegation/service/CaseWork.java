package org.blueledger.allegation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.blueledger.allegation.domain.Allegation;
import org.blueledger.audit.domain.AuditAction;
import org.blueledger.audit.domain.AuditOutcome;
import org.blueledger.audit.service.AuditLog;
import org.blueledger.platform.error.ForbiddenException;
import org.blueledger.security.service.CallerScope;
import org.blueledger.security.service.CurrentUser;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What every use case on a case starts from, in one collaborator: who calls (their scope), what
 * time it is (the application's clock), the gate that opens the case ({@link CaseAccess}) and the
 * audit trail. The kernel's services, the follow-up's and victim support's take it instead of
 * injecting the same four beans each; it adds no rule of its own, each method hands over to the
 * bean named, and it joins the caller's transaction.
 */
@ApplicationScoped
public class CaseWork {

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    CaseAccess access;

    @Inject
    AuditLog audit;

    /** The caller's scope (user, roles, mission, member state). */
    public CallerScope caller() {
        return currentUser.scope();
    }

    /** Now, by the application's clock. */
    public Instant now() {
        return clock.instant();
    }

    /** Today (UTC), by the application's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** {@link CaseAccess#open}: the case through the gate, with the caller's entitlements. */
    public OpenedCase open(String reference, CallerScope caller, AuditAction action) {
        return access.open(reference, caller, action);
    }

    /** {@link CaseAccess#opened}: a case the caller has already passed the gate for (or filed). */
    OpenedCase opened(Allegation a, CallerScope caller) {
        return access.opened(a, caller);
    }

    /** {@link CaseAccess#visible}: the case through the gate (404 for one outside the caller's scope, audited). */
    public Allegation visible(String reference, CallerScope caller, AuditAction action) {
        return access.visible(reference, caller, action);
    }

    /** {@link CaseAccess#forbidden}: the audited 403 for an action the caller's role or assignment does not allow. */
    public ForbiddenException forbidden(AuditAction action, String reference, String message) {
        return access.forbidden(action, reference, message);
    }

    /** {@link AuditLog#record}: an entry in the caller's transaction. */
    public void record(AuditAction action, String reference, AuditOutcome outcome, String detail) {
        audit.record(action, reference, outcome, detail);
    }

    /** {@link AuditLog#recordIndependently}: an entry in its own transaction, kept when the caller's rolls back. */
    public void recordIndependently(AuditAction action, String reference, AuditOutcome outcome, String detail) {
        audit.recordIndependently(action, reference, outcome, detail);
    }
}
