/**
 * The account API's bodies and answers as records, which are also its OpenAPI schemas:
 * {@code AccountsResource} returns {@code Account} and {@code Page} (JSON-B leaves unknown
 * optional fields out) and binds {@code EmailChange}; a new account's body is read field by
 * field ({@code JsonFields}) so that an unknown role is reported with every other bad field.
 */
package org.blueledger.security.api.schema;
