package org.blueledger.allegation.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AllegationTest {

    static final Instant FILED = Instant.parse("2018-05-14T09:30:00Z");
    static final Instant LATER = Instant.parse("2018-06-02T14:00:00Z");

    static AllegationFacts seaReport() {
        return new AllegationFacts(LocalDate.of(2018, 5, 14), LocalDate.of(2018, 4, 30), MisconductKind.SEA,
                SeaType.SEXUAL_EXPLOITATION, SeaSubtype.TRANSACTIONAL_SEX, Seriousness.SERIOUS, null,
                AllegationSource.HOTLINE, "Reported through the hotline.", "Juba, UN House");
    }

    static AllegationFacts otherMisconductReport() {
        return new AllegationFacts(LocalDate.of(2018, 5, 10), null, MisconductKind.OTHER_MISCONDUCT, null, null,
                Seriousness.NON_SERIOUS, ThematicArea.FRAUD_AND_THEFT, AllegationSource.EMAIL,
                "Fuel coupons sold on.", "Bor");
    }

    static Allegation filed(AllegationFacts facts) {
        return new Allegation("UNMISS", 2018, 7, facts, FILED, "officer.juba");
    }

    @Test
    void anUnnumberedCaseGetsItsReferenceOnceWhenNumbered() {
        Allegation cut = Allegation.unnumbered("UNMISS", 2018, seaReport(), FILED, "officer.juba");
        assertNull(cut.getReference());
        cut.number(12);
        assertEquals("UNMISS-2018-0012", cut.getReference());
        assertThrows(IllegalStateException.class, () -> cut.number(13));
        assertEquals("UNMISS-2018-0012", cut.getReference());
        assertThrows(IllegalStateException.class, () -> filed(seaReport()).number(8), "a numbered case keeps its number");
    }

    @Test
    void aNewAllegationStartsInPreliminaryAssessment() {
        Allegation cut = filed(seaReport());
        assertEquals(AllegationStatus.PRELIMINARY_ASSESSMENT, cut.getStatus());
    }

    @Test
    void aNewAllegationHasOneHistoryEntryFromNothingToPreliminaryAssessment() {
        Allegation cut = filed(seaReport());

        List<StatusChange> history = cut.getStatusHistory();
        assertEquals(1, history.size());
        StatusChange first = history.get(0);
        assertNull(first.getFromStatus());
        assertEquals(AllegationStatus.PRELIMINARY_ASSESSMENT, first.getToStatus());
        assertEquals(FILED, first.getChangedAt());
        assertEquals("officer.juba", first.getChangedBy());
        assertNull(first.getReason());
    }

    @Test
    void aNewAllegationRecordsWhoFiledItAndWhen() {
        Allegation cut = filed(seaReport());
        assertEquals(FILED, cut.getCreatedAt());
        assertEquals("officer.juba", cut.getCreatedBy());
        assertEquals(FILED, cut.getModifiedAt());
        assertEquals("officer.juba", cut.getModifiedBy());
    }

    @Test
    void aReferenceIsMissionYearAndFourDigitNumber() {
        assertEquals("UNMISS-2018-0007", Allegation.reference("UNMISS", 2018, 7));
        assertEquals("MINUSCA-2021-1234", Allegation.reference("MINUSCA", 2021, 1234));
    }

    @Test
    void aNewAllegationCarriesItsReference() {
        Allegation cut = filed(seaReport());
        assertEquals("UNMISS-2018-0007", cut.getReference());
        assertEquals("UNMISS", cut.getMissionCode());
    }

    @Test
    void aNewAllegationKeepsTheReportedFacts() {
        Allegation cut = filed(otherMisconductReport());
        assertEquals(LocalDate.of(2018, 5, 10), cut.getReceivedOn());
        assertNull(cut.getIncidentDate());
        assertEquals(MisconductKind.OTHER_MISCONDUCT, cut.getKind());
        assertEquals(Seriousness.NON_SERIOUS, cut.getSeriousness());
        assertEquals(ThematicArea.FRAUD_AND_THEFT, cut.getThematicArea());
        assertEquals(AllegationSource.EMAIL, cut.getSource());
        assertEquals("Fuel coupons sold on.", cut.getSummary());
        assertEquals("Bor", cut.getLocation());
    }

    @Test
    void changingTheStatusRecordsWhoWhenFromToAndWhy() {
        Allegation cut = filed(seaReport());

        cut.changeStatus(AllegationStatus.CLOSED_OTHER, "Complainant withdrew; no other source.", Set.of(), LATER,
                "chief.juba");

        assertEquals(AllegationStatus.CLOSED_OTHER, cut.getStatus());
        assertEquals(2, cut.getStatusHistory().size());
        StatusChange change = cut.getStatusHistory().get(1);
        assertEquals(LATER, change.getChangedAt());
        assertEquals("chief.juba", change.getChangedBy());
        assertEquals(AllegationStatus.PRELIMINARY_ASSESSMENT, change.getFromStatus());
        assertEquals(AllegationStatus.CLOSED_OTHER, change.getToStatus());
        assertEquals("Complainant withdrew; no other source.", change.getReason());
    }

    @Test
    void changingTheStatusMarksTheCaseModified() {
        Allegation cut = filed(seaReport());
        cut.changeStatus(AllegationStatus.UNDER_INVESTIGATION, null, Set.of(), LATER, "chief.juba");
        assertEquals(LATER, cut.getModifiedAt());
        assertEquals("chief.juba", cut.getModifiedBy());
    }

    @Test
    void successiveStatusChangesKeepTheWholeHistoryInOrder() {
        Allegation cut = filed(seaReport());
        cut.changeStatus(AllegationStatus.UNDER_REVIEW_LIMITED_INFORMATION, null, Set.of(), LATER, "officer.juba");
        cut.changeStatus(AllegationStatus.UNDER_INVESTIGATION, null, Set.of(), LATER.plusSeconds(60), "officer.juba");
        cut.changeStatus(AllegationStatus.SUBSTANTIATED, null, Set.of(InvestigationFinding.SUBSTANTIATED),
                LATER.plusSeconds(120), "officer.juba");

        assertEquals(List.of(AllegationStatus.PRELIMINARY_ASSESSMENT, AllegationStatus.UNDER_REVIEW_LIMITED_INFORMATION,
                        AllegationStatus.UNDER_INVESTIGATION, AllegationStatus.SUBSTANTIATED),
                cut.getStatusHistory().stream().map(StatusChange::getToStatus).toList());
        assertEquals(AllegationStatus.UNDER_INVESTIGATION, cut.getStatusHistory().get(3).getFromStatus());
    }

    @Test
    void aRefusedStatusChangeIsRejectedAndLeavesStatusAndHistoryUntouched() {
        Allegation cut = filed(seaReport());

        assertThrows(InvalidStatusTransitionException.class, () -> cut.changeStatus(AllegationStatus.SUBSTANTIATED,
                null, EnumSet.allOf(InvestigationFinding.class), LATER, "officer.juba"));

        assertEquals(AllegationStatus.PRELIMINARY_ASSESSMENT, cut.getStatus());
        assertEquals(1, cut.getStatusHistory().size());
        assertEquals(FILED, cut.getModifiedAt());
        assertEquals("officer.juba", cut.getModifiedBy());
    }

    @Test
    void aClosedCaseCannotBeReopened() {
        Allegation cut = filed(seaReport());
        cut.changeStatus(AllegationStatus.CLOSED_OTHER, "Duplicate of UNMISS-2018-0003.", Set.of(), LATER, "chief.juba");

        assertThrows(InvalidStatusTransitionException.class, () -> cut.changeStatus(
                AllegationStatus.PRELIMINARY_ASSESSMENT, null, Set.of(), LATER.plusSeconds(60), "chief.juba"));

        assertEquals(AllegationStatus.CLOSED_OTHER, cut.getStatus());
        assertEquals(2, cut.getStatusHistory().size());
    }

    @Test
    void correctingTheFactsNeverChangesTheStatus() {
        Allegation cut = filed(seaReport());
        cut.changeStatus(AllegationStatus.UNDER_INVESTIGATION, null, Set.of(), LATER, "chief.juba");

        cut.correct(otherMisconductReport(), LATER.plusSeconds(60), "officer.juba");

        assertEquals(AllegationStatus.UNDER_INVESTIGATION, cut.getStatus());
        assertEquals(2, cut.getStatusHistory().size());
    }

    @Test
    void correctingTheFactsReplacesThemAndMarksTheCaseModified() {
        Allegation cut = filed(seaReport());

        cut.correct(otherMisconductReport(), LATER, "officer.bor");

        assertEquals(MisconductKind.OTHER_MISCONDUCT, cut.getKind());
        assertNull(cut.getSeaType());
        assertNull(cut.getSeaSubtype());
        assertEquals(ThematicArea.FRAUD_AND_THEFT, cut.getThematicArea());
        assertEquals(LocalDate.of(2018, 5, 10), cut.getReceivedOn());
        assertEquals(LATER, cut.getModifiedAt());
        assertEquals("officer.bor", cut.getModifiedBy());
        assertEquals("officer.juba", cut.getCreatedBy());
        assertEquals(FILED, cut.getCreatedAt());
    }

    @Test
    void anSeaReportWithoutSeriousnessIsFiledAsSerious() {
        AllegationFacts f = seaReport();
        AllegationFacts withoutSeriousness = new AllegationFacts(f.receivedOn(), f.incidentDate(), f.kind(),
                f.seaType(), f.seaSubtype(), null, null, f.source(), f.summary(), f.location());

        Allegation cut = filed(withoutSeriousness);

        assertEquals(Seriousness.SERIOUS, cut.getSeriousness());
    }

    @Test
    void anSeaCorrectionWithoutSeriousnessKeepsTheCaseSerious() {
        Allegation cut = filed(otherMisconductReport());
        AllegationFacts f = seaReport();

        cut.correct(new AllegationFacts(f.receivedOn(), f.incidentDate(), f.kind(), f.seaType(), f.seaSubtype(), null,
                null, f.source(), f.summary(), f.location()), LATER, "officer.juba");

        assertEquals(Seriousness.SERIOUS, cut.getSeriousness());
    }
}
