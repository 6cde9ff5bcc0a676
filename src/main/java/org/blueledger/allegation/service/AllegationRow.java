package org.blueledger.allegation.service;

import org.blueledger.allegation.domain.AllegationStatus;
import org.blueledger.allegation.domain.MisconductKind;
import org.blueledger.allegation.domain.SeaType;

import java.time.LocalDate;

/** One line of the case list (no confidential fields). */
public record AllegationRow(String reference, String mission, LocalDate receivedOn, LocalDate incidentDate,
                            MisconductKind kind, SeaType seaType, AllegationStatus status,
                            boolean referredToMemberState, long version) {
}
