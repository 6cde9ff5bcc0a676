/** {@code /api/v1/admin/reminders}: the outbox's state and a manual run, for administrators. */
package org.blueledger.reminder.api;
