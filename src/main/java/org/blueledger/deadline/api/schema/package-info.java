/** The OpenAPI schemas of the deadline registry's answers, the records {@code DeadlinesResource} returns (written by JSON-B). */
package org.blueledger.deadline.api.schema;
