package org.blueledger.allegation.service;

/**
 * Assign an account to a case, as a page or the API received it: {@code role} (CONDUCT_OFFICER
 * or INVESTIGATOR) and, for an investigator, the {@code investigationId} (none: every
 * investigation of the case). Checked by {@link CaseAssignmentService#assign}, which names every bad field.
 */
public record AssignToCase(String reference, String username, String role, Long investigationId) {
}
