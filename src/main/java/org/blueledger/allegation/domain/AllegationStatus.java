package org.blueledger.allegation.domain;

import java.util.Set;

/**
 * The UN's published case statuses and the transitions api.md allows: assessment ⇄ limited
 * information; either → under investigation; under investigation → substantiated / not
 * substantiated only once an investigation of the case completed with that finding; any
 * non-final status → closed under other circumstances.
 */
public enum AllegationStatus {
    PRELIMINARY_ASSESSMENT,
    UNDER_REVIEW_LIMITED_INFORMATION,
    UNDER_INVESTIGATION,
    SUBSTANTIATED,
    NOT_SUBSTANTIATED,
    CLOSED_OTHER;

    public boolean isFinal() {
        return this == SUBSTANTIATED || this == NOT_SUBSTANTIATED || this == CLOSED_OTHER;
    }

    /** Whether this status may move to {@code target}, given the findings of completed investigations. */
    public boolean canMoveTo(AllegationStatus target, Set<InvestigationFinding> completedFindings) {
        if (target == null || target == this || isFinal()) {
            return false;
        }
        return switch (target) {
            case PRELIMINARY_ASSESSMENT -> this == UNDER_REVIEW_LIMITED_INFORMATION;
            case UNDER_REVIEW_LIMITED_INFORMATION -> this == PRELIMINARY_ASSESSMENT;
            case UNDER_INVESTIGATION -> this == PRELIMINARY_ASSESSMENT || this == UNDER_REVIEW_LIMITED_INFORMATION;
            case SUBSTANTIATED -> this == UNDER_INVESTIGATION
                    && completedFindings.contains(InvestigationFinding.SUBSTANTIATED);
            case NOT_SUBSTANTIATED -> this == UNDER_INVESTIGATION
                    && completedFindings.contains(InvestigationFinding.NOT_SUBSTANTIATED);
            case CLOSED_OTHER -> true;
        };
    }

    /** Closing under other circumstances needs a reason. */
    public boolean requiresReason() {
        return this == CLOSED_OTHER;
    }
}
