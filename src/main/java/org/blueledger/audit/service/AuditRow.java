package org.blueledger.audit.service;

import org.blueledger.audit.domain.AuditOutcome;

import java.time.Instant;

/** One line of the audit trail as the auditor sees it. */
public record AuditRow(long id, Instant at, String user, String action, String reference, AuditOutcome outcome,
                       String detail, String clientAddress) {
}
