/** The action-type API's bodies and answers as records (bound by {@code JsonRecords}, written by JSON-B), which are also its OpenAPI schemas. */
package org.blueledger.reference.api.schema;
