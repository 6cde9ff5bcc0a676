package org.blueledger.allegation.service;

import java.util.List;

/** A page of the case list with the total number of matching cases the caller may see. */
public record AllegationPage(List<AllegationRow> items, long total, int page, int size) {
}
