package org.blueledger.victimsupport.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of a claim's lifecycle: which step each status allows, and the status a step leads
 * to. A claim proceeds only as the claimant wishes: a paused claim takes no step but
 * {@code RESUMED} or {@code CLOSED}; a closed claim takes none. The UN notifies the member state
 * first; DNA testing, the finding on paternity and child support follow in that order; the
 * focal point may be named at any time after the notification. A claim never depends on its
 * case's status: it stays open when the case closes and after the father leaves service.
 */
public final class ClaimLifecycle {

    private static final Set<ClaimStatus> BEFORE_FINDING = EnumSet.of(ClaimStatus.MEMBER_STATE_NOTIFIED,
            ClaimStatus.DNA_TESTING);

    private ClaimLifecycle() {
    }

    /**
     * Why {@code step} is refused from {@code status}, or empty when it is allowed.
     * {@code dnaResultRecorded} and {@code byDna} matter only for {@code PATERNITY_ESTABLISHED}:
     * paternity established by DNA needs a DNA test result first.
     */
    public static Optional<String> refusal(ClaimStatus status, ClaimStep step, boolean dnaResultRecorded, boolean byDna) {
        if (status == ClaimStatus.CLOSED) {
            return Optional.of("the claim is closed");
        }
        if (status == ClaimStatus.PAUSED && step != ClaimStep.RESUMED && step != ClaimStep.CLOSED) {
            return Optional.of("a claim paused at the claimant's request takes only RESUMED or CLOSED");
        }
        return switch (step) {
            case RESUMED -> status == ClaimStatus.PAUSED ? Optional.empty() : Optional.of("only a paused claim resumes");
            case PAUSED_AT_CLAIMANT_REQUEST, CLOSED -> Optional.empty();
            case MEMBER_STATE_NOTIFIED -> status == ClaimStatus.RECEIVED ? Optional.empty()
                    : Optional.of("the member state was notified already");
            case FOCAL_POINT_NAMED -> status == ClaimStatus.RECEIVED
                    ? Optional.of("the member state must be notified first") : Optional.empty();
            case DNA_SAMPLE_COLLECTED, PATERNITY_NOT_ESTABLISHED -> BEFORE_FINDING.contains(status) ? Optional.empty()
                    : Optional.of(status == ClaimStatus.RECEIVED ? "the member state must be notified first"
                    : "paternity has been decided already");
            case DNA_TEST_RESULT -> status == ClaimStatus.DNA_TESTING ? Optional.empty()
                    : Optional.of("a DNA test result needs a DNA sample collected first, before paternity is decided");
            case PATERNITY_ESTABLISHED -> {
                if (!BEFORE_FINDING.contains(status)) {
                    yield Optional.of(status == ClaimStatus.RECEIVED ? "the member state must be notified first"
                            : "paternity has been decided already");
                }
                yield byDna && !dnaResultRecorded ? Optional.of("paternity established by DNA needs a DNA test result first")
                        : Optional.empty();
            }
            case CHILD_SUPPORT_ARRANGED -> status == ClaimStatus.PATERNITY_ESTABLISHED ? Optional.empty()
                    : Optional.of("child support follows the establishment of paternity");
            case SUPPORT_PAYMENT -> status == ClaimStatus.CHILD_SUPPORT_ARRANGED ? Optional.empty()
                    : Optional.of("payments follow the arrangement of child support");
        };
    }

    /** The status after an allowed step; {@code beforePause} is the status a resumed claim returns to. */
    public static ClaimStatus after(ClaimStatus status, ClaimStep step, ClaimStatus beforePause) {
        return switch (step) {
            case MEMBER_STATE_NOTIFIED -> ClaimStatus.MEMBER_STATE_NOTIFIED;
            case DNA_SAMPLE_COLLECTED, DNA_TEST_RESULT -> ClaimStatus.DNA_TESTING;
            case PATERNITY_ESTABLISHED -> ClaimStatus.PATERNITY_ESTABLISHED;
            case PATERNITY_NOT_ESTABLISHED -> ClaimStatus.PATERNITY_NOT_ESTABLISHED;
            case CHILD_SUPPORT_ARRANGED -> ClaimStatus.CHILD_SUPPORT_ARRANGED;
            case PAUSED_AT_CLAIMANT_REQUEST -> ClaimStatus.PAUSED;
            case RESUMED -> beforePause == null ? ClaimStatus.RECEIVED : beforePause;
            case CLOSED -> ClaimStatus.CLOSED;
            case FOCAL_POINT_NAMED, SUPPORT_PAYMENT -> status;
        };
    }
}
