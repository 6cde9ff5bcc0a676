package org.blueledger.audit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.blueledger.audit.domain.AuditAction;
import org.blueledger.audit.domain.AuditOutcome;
import org.blueledger.platform.error.AccessDenied;

/** Records in the trail every refusal the platform reports (403 from the container or a role check). */
@ApplicationScoped
public class AccessDeniedObserver {

    @Inject
    AuditLog log;

    void onDenied(@Observes AccessDenied denied) {
        log.recordIndependentlyAs(denied.username(), AuditAction.ACCESS_DENIED, denied.target(), AuditOutcome.DENIED,
                denied.status() + " " + (denied.detail() == null ? "" : denied.detail()));
    }
}
