/** The scan that decides which reminders are due, the dispatcher that sends them, and the schedule. */
package org.blueledger.reminder.service;
