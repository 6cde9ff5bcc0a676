/**
 * The Secretariat's statistics (issue #12, domain.md "Counting rules", "Quarterly statistics"):
 * the quarterly update, the annual views and their public variant with small-cell suppression,
 * exported as JSON, CSV, XLSX and PDF.
 * <p>
 * Read-only: every figure is an aggregate SQL query over the case tables (native MariaDB SQL in
 * {@code persistence}); no case is loaded into Java and nothing is changed, except the audit
 * entry each read or export writes.
 * <p>
 * Roles: STATISTICIAN and HQ_CONDUCT (every mission), MEMBER_STATE_LIAISON (only the units of
 * its own uniformed nationals). Any other role gets 403, audited.
 * <p>
 * Calls: reference (missions and countries, to refuse unknown codes), security (the caller),
 * audit; refers to allegation's and victimsupport's domain enums by value (its SQL reads the
 * case, follow-up and paternity-claim tables). No feature calls it.
 */
package org.blueledger.statistics;
