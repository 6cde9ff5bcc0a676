/**
 * Reminder e-mails for due and overdue items (issue #6, domain.md "Deadlines"), through a
 * transactional outbox: a scan writes one row per item, stage and recipient in its transaction;
 * after it commits, a dispatcher sends the rows through Jakarta Mail and marks them sent.
 */
package org.blueledger.reminder;
