/** The OpenAPI schemas of the reminder administration's answers, as {@code RemindersResource} writes them by hand. */
package org.blueledger.reminder.api.schema;
