/**
 * The audit trail's entries, the actions they record ({@code AuditAction}, stored by name) and
 * the hash chain that makes tampering evident.
 */
package org.blueledger.audit.domain;
