package org.blueledger.allegation.service;

import org.blueledger.allegation.domain.AllegationStatus;
import org.blueledger.allegation.domain.MisconductKind;

import java.time.LocalDate;

/** Filters, sort and page of the case list; sort fields come from a whitelist. */
public record AllegationCriteria(String mission, AllegationStatus status, MisconductKind kind, LocalDate receivedFrom,
                                 LocalDate receivedTo, String referenceContains, Sort sort, boolean ascending,
                                 int page, int size) {

    public static final int MAX_SIZE = 200;

    public enum Sort {
        RECEIVED_ON("a.receivedOn"), REFERENCE("a.reference"), STATUS("a.status"), MISSION("a.missionCode");

        final String path;

        Sort(String path) {
            this.path = path;
        }
    }

    public static AllegationCriteria firstPage(int size) {
        return new AllegationCriteria(null, null, null, null, null, null, Sort.RECEIVED_ON, false, 0, size);
    }
}
