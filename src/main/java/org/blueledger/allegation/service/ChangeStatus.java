package org.blueledger.allegation.service;

/**
 * Move a case along its lifecycle, as a page or the API received it: {@code status} (an
 * {@code AllegationStatus} code), the {@code reason} (required to close a case under other
 * circumstances, at most 2,000 characters) and the {@code version} the caller read. Checked by
 * {@link CaseStatusService#changeStatus}, which names every bad field.
 */
public record ChangeStatus(String reference, String status, String reason, Long version) {
}
