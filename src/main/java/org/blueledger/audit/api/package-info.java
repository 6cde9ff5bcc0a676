/** REST face of the audit trail: {@code GET /api/v1/audit}, {@code GET /api/v1/audit/verification}. */
package org.blueledger.audit.api;
