package org.blueledger.allegation.domain;

/** Finding of a completed investigation (codes as in api.md). */
public enum InvestigationFinding {
    SUBSTANTIATED, NOT_SUBSTANTIATED, CLOSED_OTHER
}
