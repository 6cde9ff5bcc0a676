package org.blueledger.allegation.web;

import org.blueledger.allegation.domain.AllegationStatus;
import org.blueledger.allegation.service.AllegationCriteria;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseListStateTest {

    CaseListState cut = new CaseListState();

    @Test
    void theDefaultListHasAnEmptyAddressAndSortsNewestReceivedFirst() {
        assertEquals("", cut.queryString());
        AllegationCriteria c = cut.criteria();
        assertEquals(AllegationCriteria.Sort.RECEIVED_ON, c.sort());
        assertFalse(c.ascending());
        assertEquals(0, c.page());
        assertNull(c.text());
    }

    @Test
    void everyFilterSortAndPageGoesIntoTheAddressEncoded() {
        cut.setQ("  market & camp ");
        cut.setMission("UNMISS");
        cut.setStatus(AllegationStatus.UNDER_INVESTIGATION);
        cut.setReceivedFrom(LocalDate.of(2021, 3, 15));
        cut.setSort("reference");
        cut.setOrder("asc");
        cut.setPage(3);
        assertEquals("q=market+%26+camp&mission=UNMISS&status=UNDER_INVESTIGATION&receivedFrom=2021-03-15"
                + "&sort=reference&order=asc&page=3", cut.queryString());
        AllegationCriteria c = cut.criteria();
        assertEquals("market & camp", c.text());
        assertEquals(AllegationCriteria.Sort.REFERENCE, c.sort());
        assertTrue(c.ascending());
        assertEquals(2, c.page());
    }

    @Test
    void aSortFieldOutsideTheWhitelistFallsBackToTheDefault() {
        cut.setSort("a.summary; DROP TABLE allegation");
        cut.setOrder("asc");
        assertEquals(AllegationCriteria.Sort.RECEIVED_ON, cut.criteria().sort());
        assertFalse(cut.criteria().ascending());
        assertEquals("", cut.queryString());
    }

    @Test
    void aPageBelowOneIsTheFirstPage() {
        cut.setPage(-4);
        assertEquals(0, cut.criteria().page());
        assertEquals("", cut.queryString());
    }
}
