package org.blueledger.allegation.service;

import java.util.List;

/**
 * A page of the case list with the total number of matching cases the caller may see, and
 * {@code next}: the cursor that asks for the page after this one (keyset paging), or null when
 * this page is the last one or is not in the newest-first order.
 */
public record AllegationPage(List<AllegationRow> items, long total, int page, int size, String next) {

    public AllegationPage(List<AllegationRow> items, long total, int page, int size) {
        this(items, total, page, size, null);
    }
}
