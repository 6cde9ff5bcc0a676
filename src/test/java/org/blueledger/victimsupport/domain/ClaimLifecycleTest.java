package org.blueledger.victimsupport.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The claim lifecycle of api.md ("Victim support"): every status against every step. */
class ClaimLifecycleTest {

    /** status->step pairs allowed (paternity by admission where it matters); every other pair is refused. */
    static final Set<String> ALLOWED = Set.of(
            "RECEIVED->MEMBER_STATE_NOTIFIED", "RECEIVED->PAUSED_AT_CLAIMANT_REQUEST", "RECEIVED->CLOSED",
            "MEMBER_STATE_NOTIFIED->FOCAL_POINT_NAMED", "MEMBER_STATE_NOTIFIED->DNA_SAMPLE_COLLECTED",
            "MEMBER_STATE_NOTIFIED->PATERNITY_ESTABLISHED", "MEMBER_STATE_NOTIFIED->PATERNITY_NOT_ESTABLISHED",
            "MEMBER_STATE_NOTIFIED->PAUSED_AT_CLAIMANT_REQUEST", "MEMBER_STATE_NOTIFIED->CLOSED",
            "DNA_TESTING->FOCAL_POINT_NAMED", "DNA_TESTING->DNA_SAMPLE_COLLECTED", "DNA_TESTING->DNA_TEST_RESULT",
            "DNA_TESTING->PATERNITY_ESTABLISHED", "DNA_TESTING->PATERNITY_NOT_ESTABLISHED",
            "DNA_TESTING->PAUSED_AT_CLAIMANT_REQUEST", "DNA_TESTING->CLOSED",
            "PATERNITY_ESTABLISHED->FOCAL_POINT_NAMED", "PATERNITY_ESTABLISHED->CHILD_SUPPORT_ARRANGED",
            "PATERNITY_ESTABLISHED->PAUSED_AT_CLAIMANT_REQUEST", "PATERNITY_ESTABLISHED->CLOSED",
            "PATERNITY_NOT_ESTABLISHED->FOCAL_POINT_NAMED", "PATERNITY_NOT_ESTABLISHED->PAUSED_AT_CLAIMANT_REQUEST",
            "PATERNITY_NOT_ESTABLISHED->CLOSED",
            "CHILD_SUPPORT_ARRANGED->FOCAL_POINT_NAMED", "CHILD_SUPPORT_ARRANGED->SUPPORT_PAYMENT",
            "CHILD_SUPPORT_ARRANGED->PAUSED_AT_CLAIMANT_REQUEST", "CHILD_SUPPORT_ARRANGED->CLOSED",
            "PAUSED->RESUMED", "PAUSED->CLOSED");

    static Stream<Arguments> everyStatusAndStep() {
        return Arrays.stream(ClaimStatus.values())
                .flatMap(s -> Arrays.stream(ClaimStep.values()).map(t -> Arguments.of(s, t)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyStatusAndStep")
    void eachStepIsAllowedExactlyFromTheStatusesOfTheLifecycle(ClaimStatus status, ClaimStep step) {
        boolean allowed = ClaimLifecycle.refusal(status, step, false, false).isEmpty();
        assertEquals(ALLOWED.contains(status + "->" + step), allowed, status + " -> " + step);
    }

    @Test
    void aPausedClaimTakesOnlyResumedOrClosed() {
        for (ClaimStep step : ClaimStep.values()) {
            boolean allowed = ClaimLifecycle.refusal(ClaimStatus.PAUSED, step, true, true).isEmpty();
            assertEquals(step == ClaimStep.RESUMED || step == ClaimStep.CLOSED, allowed, step.name());
        }
    }

    @Test
    void aClosedClaimTakesNoStep() {
        for (ClaimStep step : ClaimStep.values()) {
            assertTrue(ClaimLifecycle.refusal(ClaimStatus.CLOSED, step, true, true).isPresent(), step.name());
        }
    }

    @Test
    void paternityByDnaNeedsADnaResultFirst() {
        assertTrue(ClaimLifecycle.refusal(ClaimStatus.DNA_TESTING, ClaimStep.PATERNITY_ESTABLISHED, false, true).isPresent());
        assertTrue(ClaimLifecycle.refusal(ClaimStatus.DNA_TESTING, ClaimStep.PATERNITY_ESTABLISHED, true, true).isEmpty());
        assertTrue(ClaimLifecycle.refusal(ClaimStatus.MEMBER_STATE_NOTIFIED, ClaimStep.PATERNITY_ESTABLISHED, false, false)
                .isEmpty(), "by admission, no test is needed");
    }

    @Test
    void theStatusFollowsTheStepsAndAResumedClaimReturnsToWhereItWas() {
        PaternityClaim c = claim();
        record(c, ClaimStep.MEMBER_STATE_NOTIFIED, null, null);
        assertEquals(ClaimStatus.MEMBER_STATE_NOTIFIED, c.getStatus());
        assertEquals(LocalDate.of(2020, 1, 3), c.getMemberStateNotifiedOn());
        record(c, ClaimStep.FOCAL_POINT_NAMED, null, "Col. Focal");
        assertEquals(ClaimStatus.MEMBER_STATE_NOTIFIED, c.getStatus(), "naming the focal point moves nothing");
        assertEquals("Col. Focal", c.getFocalPoint());
        record(c, ClaimStep.DNA_SAMPLE_COLLECTED, Party.MEMBER_STATE, null);
        assertEquals(ClaimStatus.DNA_TESTING, c.getStatus());
        assertEquals(Party.MEMBER_STATE, c.getDnaSampleCollectedBy());
        record(c, ClaimStep.PAUSED_AT_CLAIMANT_REQUEST, null, null);
        assertEquals(ClaimStatus.PAUSED, c.getStatus());
        record(c, ClaimStep.RESUMED, null, null);
        assertEquals(ClaimStatus.DNA_TESTING, c.getStatus(), "resumed where it was paused");
        record(c, ClaimStep.DNA_TEST_RESULT, null, "match 99.99%");
        record(c, ClaimStep.PATERNITY_ESTABLISHED, null, "DNA");
        assertEquals(ClaimStatus.PATERNITY_ESTABLISHED, c.getStatus());
        assertEquals(PaternityOutcome.ESTABLISHED_BY_DNA, c.getPaternityOutcome());
        record(c, ClaimStep.CHILD_SUPPORT_ARRANGED, null, null);
        c.record(ClaimStep.SUPPORT_PAYMENT, LocalDate.of(2020, 2, 1), null, null, new BigDecimal("150.00"), "USD",
                Instant.EPOCH, "vro");
        assertEquals(ClaimStatus.CHILD_SUPPORT_ARRANGED, c.getStatus());
        record(c, ClaimStep.CLOSED, null, null);
        assertEquals(ClaimStatus.CLOSED, c.getStatus());
        assertEquals(10, c.getSteps().size());
    }

    @Test
    void aRefusedStepChangesNothing() {
        PaternityClaim c = claim();
        record(c, ClaimStep.MEMBER_STATE_NOTIFIED, null, null);
        record(c, ClaimStep.PAUSED_AT_CLAIMANT_REQUEST, null, null);
        assertThrows(StepNotAllowedException.class, () -> c.record(ClaimStep.SUPPORT_PAYMENT, LocalDate.of(2020, 2, 1),
                null, null, BigDecimal.TEN, "USD", Instant.EPOCH, "vro"));
        assertEquals(ClaimStatus.PAUSED, c.getStatus());
        assertEquals(2, c.getSteps().size());
    }

    @Test
    void erasingTheChildsIdentityKeepsTheClaim() {
        PaternityClaim c = claim();
        c.eraseChildIdentity();
        assertEquals(null, c.getChildName());
        assertEquals(null, c.getChildDateOfBirth());
        assertEquals(ChildSex.FEMALE, c.getChildSex());
        assertFalse(c.getStatus() == ClaimStatus.CLOSED);
    }

    private static PaternityClaim claim() {
        return new PaternityClaim(new CaseLink(1L, "UNMISS-2020-0001", "UNMISS", 2L, 3L, "NPL"),
                LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 9), Claimant.VICTIM, ChildSex.FEMALE, "enc-name", "enc-dob",
                Instant.EPOCH, "vro");
    }

    private static void record(PaternityClaim c, ClaimStep step, Party by, String result) {
        c.record(step, LocalDate.of(2020, 1, 3), by, result, null, null, Instant.EPOCH, "vro");
    }
}
