package org.blueledger.audit.domain;

/** Whether the audited access or change was allowed or denied. */
public enum AuditOutcome {
    ALLOWED, DENIED
}
