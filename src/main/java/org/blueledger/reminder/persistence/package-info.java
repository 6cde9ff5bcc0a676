/** The outbox table: idempotent insert, leased claim, sent/failed marks, all in SQL. */
package org.blueledger.reminder.persistence;
