/** The OpenAPI schemas of the reminder administration's answers, the records {@code RemindersResource} returns (written by JSON-B). */
package org.blueledger.reminder.api.schema;
