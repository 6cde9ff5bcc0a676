/**
 * The audit trail: append-only (database triggers refuse UPDATE and DELETE), hash-chained,
 * written by every feature through AuditLog, read only by the AUDITOR. Depends on no feature.
 */
package org.blueledger.audit;
