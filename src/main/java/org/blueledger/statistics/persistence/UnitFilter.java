package org.blueledger.statistics.persistence;

import java.time.LocalDate;

/**
 * What a statistics query counts: SEA (or other misconduct) reports received between two dates,
 * optionally of one mission, and optionally only the units of one personnel category and/or of
 * uniformed personnel of one nationality (a liaison's own nationals, or a nationality filter).
 *
 * @param receivedFrom first day received (inclusive)
 * @param receivedTo   last day received (inclusive)
 * @param mission      mission code, or null for every mission
 * @param category     personnel category code, or null
 * @param nationality  ISO alpha-3 of uniformed personnel, or null
 */
public record UnitFilter(LocalDate receivedFrom, LocalDate receivedTo, String mission, String category,
                         String nationality) {

    /** Whether the filter narrows the units (and so the victims and perpetrators) to some subjects. */
    public boolean narrowsSubjects() {
        return category != null || nationality != null;
    }
}
