package org.blueledger.reference.service;

import java.time.LocalDate;

/** A mission as the reference-data page lists it. */
public record MissionRow(String code, String name, org.blueledger.reference.domain.Mission.Kind kind, LocalDate establishedOn, LocalDate closedOn) {
}
