package org.blueledger.platform.error;

/**
 * CDI event fired when the container or a mapper refuses a request for lack of a role (403), so
 * that the audit trail records it without the platform depending on the audit feature.
 */
public record AccessDenied(String username, String target, int status, String detail) {
}
