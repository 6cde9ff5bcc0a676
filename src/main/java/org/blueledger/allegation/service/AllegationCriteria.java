package org.blueledger.allegation.service;

import org.blueledger.allegation.domain.AllegationStatus;
import org.blueledger.allegation.domain.MisconductKind;

import java.time.LocalDate;

/**
 * Filters, sort and page of the case list; sort fields come from a whitelist. {@code text} is a
 * free-text search over the summary, the location and the reference only (never an identity:
 * those live in their own, encrypted tables).
 */
public record AllegationCriteria(String mission, AllegationStatus status, MisconductKind kind, LocalDate receivedFrom,
                                 LocalDate receivedTo, String referenceContains, Sort sort, boolean ascending,
                                 int page, int size, String text) {

    public static final int MAX_SIZE = 200;

    /** The longest free-text search accepted (longer input is cut). */
    public static final int MAX_TEXT = 200;

    /** Without a free-text search (the REST list's filters). */
    public AllegationCriteria(String mission, AllegationStatus status, MisconductKind kind, LocalDate receivedFrom,
                              LocalDate receivedTo, String referenceContains, Sort sort, boolean ascending, int page, int size) {
        this(mission, status, kind, receivedFrom, receivedTo, referenceContains, sort, ascending, page, size, null);
    }

    /** The same filters and sort on another page. */
    public AllegationCriteria onPage(Sort newSort, boolean newAscending, int newPage, int newSize) {
        return new AllegationCriteria(mission, status, kind, receivedFrom, receivedTo, referenceContains, newSort,
                newAscending, newPage, newSize, text);
    }

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
