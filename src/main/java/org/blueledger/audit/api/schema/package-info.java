/** The OpenAPI schemas of the audit API's answers, the records {@code AuditResource} returns (written by JSON-B). */
package org.blueledger.audit.api.schema;
