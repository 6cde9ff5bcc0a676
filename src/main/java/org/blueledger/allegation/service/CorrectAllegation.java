package org.blueledger.allegation.service;

/**
 * Correct a case's record (never its status) from the {@code version} the caller read;
 * subjects and victims sent back with their id are kept. Checked by
 * {@link AllegationService#correctAllegation}.
 */
public record CorrectAllegation(String reference, AllegationInput input, Long version) {
}
