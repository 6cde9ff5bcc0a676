/** The OpenAPI schemas of the action-type API, kept in step with {@code ActionTypesResource}'s hand-written reader and writer. */
package org.blueledger.reference.api.schema;
