package org.blueledger.allegation.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import static org.blueledger.allegation.domain.AllegationStatus.CLOSED_OTHER;
import static org.blueledger.allegation.domain.AllegationStatus.NOT_SUBSTANTIATED;
import static org.blueledger.allegation.domain.AllegationStatus.PRELIMINARY_ASSESSMENT;
import static org.blueledger.allegation.domain.AllegationStatus.SUBSTANTIATED;
import static org.blueledger.allegation.domain.AllegationStatus.UNDER_INVESTIGATION;
import static org.blueledger.allegation.domain.AllegationStatus.UNDER_REVIEW_LIMITED_INFORMATION;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lifecycle of api.md, section "Allegations". */
class AllegationStatusTest {

    static final Set<InvestigationFinding> NO_FINDINGS = Set.of();
    static final Set<InvestigationFinding> EVERY_FINDING = EnumSet.allOf(InvestigationFinding.class);

    /** The moves api.md allows (given the matching finding where one is needed); everything else is refused. */
    static final Set<String> ALLOWED = Set.of(
            "PRELIMINARY_ASSESSMENT->UNDER_REVIEW_LIMITED_INFORMATION",
            "UNDER_REVIEW_LIMITED_INFORMATION->PRELIMINARY_ASSESSMENT",
            "PRELIMINARY_ASSESSMENT->UNDER_INVESTIGATION",
            "UNDER_REVIEW_LIMITED_INFORMATION->UNDER_INVESTIGATION",
            "UNDER_INVESTIGATION->SUBSTANTIATED",
            "UNDER_INVESTIGATION->NOT_SUBSTANTIATED",
            "PRELIMINARY_ASSESSMENT->CLOSED_OTHER",
            "UNDER_REVIEW_LIMITED_INFORMATION->CLOSED_OTHER",
            "UNDER_INVESTIGATION->CLOSED_OTHER");

    @Test
    void aCaseUnderAssessmentCanBeMarkedAsHavingLimitedInformation() {
        AllegationStatus cut = PRELIMINARY_ASSESSMENT;
        assertTrue(cut.canMoveTo(UNDER_REVIEW_LIMITED_INFORMATION, NO_FINDINGS));
    }

    @Test
    void aCaseWithLimitedInformationCanGoBackToAssessment() {
        AllegationStatus cut = UNDER_REVIEW_LIMITED_INFORMATION;
        assertTrue(cut.canMoveTo(PRELIMINARY_ASSESSMENT, NO_FINDINGS));
    }

    @Test
    void aCaseUnderAssessmentCanBeReferredForInvestigation() {
        AllegationStatus cut = PRELIMINARY_ASSESSMENT;
        assertTrue(cut.canMoveTo(UNDER_INVESTIGATION, NO_FINDINGS));
    }

    @Test
    void aCaseWithLimitedInformationCanBeReferredForInvestigation() {
        AllegationStatus cut = UNDER_REVIEW_LIMITED_INFORMATION;
        assertTrue(cut.canMoveTo(UNDER_INVESTIGATION, NO_FINDINGS));
    }

    @Test
    void aCaseUnderInvestigationIsSubstantiatedOnceAnInvestigationFoundItSubstantiated() {
        AllegationStatus cut = UNDER_INVESTIGATION;
        assertTrue(cut.canMoveTo(SUBSTANTIATED, Set.of(InvestigationFinding.SUBSTANTIATED)));
    }

    @Test
    void aCaseUnderInvestigationIsNotSubstantiatedOnceAnInvestigationFoundItNotSubstantiated() {
        AllegationStatus cut = UNDER_INVESTIGATION;
        assertTrue(cut.canMoveTo(NOT_SUBSTANTIATED, Set.of(InvestigationFinding.NOT_SUBSTANTIATED)));
    }

    @Test
    void aCaseUnderInvestigationCannotBeSubstantiatedWithoutACompletedInvestigation() {
        AllegationStatus cut = UNDER_INVESTIGATION;
        assertFalse(cut.canMoveTo(SUBSTANTIATED, NO_FINDINGS));
    }

    @Test
    void aCaseUnderInvestigationCannotBeSubstantiatedOnAnotherFinding() {
        AllegationStatus cut = UNDER_INVESTIGATION;
        assertFalse(cut.canMoveTo(SUBSTANTIATED,
                Set.of(InvestigationFinding.NOT_SUBSTANTIATED, InvestigationFinding.CLOSED_OTHER)));
    }

    @Test
    void aCaseUnderInvestigationCannotBeNotSubstantiatedWithoutACompletedInvestigation() {
        AllegationStatus cut = UNDER_INVESTIGATION;
        assertFalse(cut.canMoveTo(NOT_SUBSTANTIATED, NO_FINDINGS));
    }

    @Test
    void aCaseUnderInvestigationCannotBeNotSubstantiatedOnAnotherFinding() {
        AllegationStatus cut = UNDER_INVESTIGATION;
        assertFalse(cut.canMoveTo(NOT_SUBSTANTIATED,
                Set.of(InvestigationFinding.SUBSTANTIATED, InvestigationFinding.CLOSED_OTHER)));
    }

    @ParameterizedTest
    @EnumSource(value = AllegationStatus.class, names = {"PRELIMINARY_ASSESSMENT", "UNDER_REVIEW_LIMITED_INFORMATION",
            "UNDER_INVESTIGATION"})
    void everyOpenCaseCanBeClosedUnderOtherCircumstances(AllegationStatus cut) {
        assertTrue(cut.canMoveTo(CLOSED_OTHER, NO_FINDINGS));
    }

    static Stream<Arguments> refusedMoves() {
        Stream.Builder<Arguments> refused = Stream.builder();
        for (AllegationStatus from : AllegationStatus.values()) {
            for (AllegationStatus to : AllegationStatus.values()) {
                if (!ALLOWED.contains(from + "->" + to)) {
                    refused.add(Arguments.of(from, to));
                }
            }
        }
        return refused.build();
    }

    @ParameterizedTest(name = "{0} -> {1} is refused")
    @MethodSource("refusedMoves")
    void everyOtherMoveIsRefusedWhateverTheFindings(AllegationStatus from, AllegationStatus to) {
        AllegationStatus cut = from;
        assertFalse(cut.canMoveTo(to, EVERY_FINDING));
    }

    @ParameterizedTest
    @EnumSource(AllegationStatus.class)
    void noStatusMovesToNothing(AllegationStatus cut) {
        assertFalse(cut.canMoveTo(null, EVERY_FINDING));
    }

    @ParameterizedTest
    @EnumSource(value = AllegationStatus.class, names = {"SUBSTANTIATED", "NOT_SUBSTANTIATED", "CLOSED_OTHER"})
    void substantiatedNotSubstantiatedAndClosedAreFinal(AllegationStatus cut) {
        assertTrue(cut.isFinal());
    }

    @ParameterizedTest
    @EnumSource(value = AllegationStatus.class, names = {"PRELIMINARY_ASSESSMENT", "UNDER_REVIEW_LIMITED_INFORMATION",
            "UNDER_INVESTIGATION"})
    void assessmentLimitedInformationAndInvestigationAreNotFinal(AllegationStatus cut) {
        assertFalse(cut.isFinal());
    }

    @Test
    void closingUnderOtherCircumstancesRequiresAReason() {
        AllegationStatus cut = CLOSED_OTHER;
        assertTrue(cut.requiresReason());
    }

    @ParameterizedTest
    @EnumSource(value = AllegationStatus.class, names = "CLOSED_OTHER", mode = EnumSource.Mode.EXCLUDE)
    void noOtherStatusRequiresAReason(AllegationStatus cut) {
        assertFalse(cut.requiresReason());
    }
}
