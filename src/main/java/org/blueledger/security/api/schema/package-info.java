/**
 * The OpenAPI schemas of the account API: records that only document the contract that
 * {@code AccountsResource} reads by hand ({@code JsonFields}) and writes with {@code AccountsResource.json}.
 */
package org.blueledger.security.api.schema;
