/**
 * REST plumbing shared by every feature's {@code api} package: the JAX-RS application at
 * {@code /api/v1}, the RFC 9457 problem body and the exception mappers. Depends on no feature.
 */
package org.blueledger.platform.rest;
