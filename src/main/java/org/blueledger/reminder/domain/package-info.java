/** The outbox row and the rules about what a reminder says and when it is sent again. */
package org.blueledger.reminder.domain;
