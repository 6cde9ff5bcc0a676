/**
 * The allegation API's bodies and answers as records: the resources bind request bodies to the
 * request records ({@code JsonRecords}) and return the answer records ({@code CaseResponses},
 * filled by {@code CaseJson}), which JSON-B writes; their annotations are the OpenAPI schemas.
 */
package org.blueledger.allegation.api.schema;
