/**
 * The OpenAPI schemas of the allegation API's bodies and answers: records that only document
 * the contract. The resources read bodies by hand ({@code JsonInput}, {@code JsonFields}) and
 * write answers with {@code AllegationJson}; each record names the code it mirrors and must be
 * kept in step with it (field names, types, enums, required fields and limits).
 */
package org.blueledger.allegation.api.schema;
