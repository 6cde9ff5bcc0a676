/**
 * Reminder e-mails for the items of the deadline clocks that are due soon or overdue (issue #6,
 * domain.md "Deadlines"), through a transactional outbox: a scan writes one row per item, stage
 * and recipient in its transaction; after it commits, a dispatcher sends the rows through
 * Jakarta Mail and marks them sent. A mail is never lost and, but for one narrow window
 * documented in ADR 0009, never sent twice.
 * <p>
 * Roles: no user calls it directly. The scheduler runs it as the system; an ADMIN sees the
 * outbox and runs it on demand ({@code /api/v1/admin/reminders}). Mail goes to conduct
 * officers, chiefs of conduct, investigators and member-state liaisons who have an address.
 * <p>
 * Calls: deadline (every clock, through its registry), allegation (who on a case answers for an item, CaseClocks), security (accounts and their
 * addresses), audit. No feature calls it.
 */
package org.blueledger.reminder;
