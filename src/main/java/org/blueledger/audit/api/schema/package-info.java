/** The OpenAPI schemas of the audit API's answers, as {@code AuditResource} writes them by hand. */
package org.blueledger.audit.api.schema;
