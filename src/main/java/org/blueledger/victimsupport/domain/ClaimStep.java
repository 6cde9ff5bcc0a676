package org.blueledger.victimsupport.domain;

import java.util.EnumSet;
import java.util.Set;

/** The steps of a paternity and child-support claim (api.md "Victim support"). */
public enum ClaimStep {
    MEMBER_STATE_NOTIFIED,
    FOCAL_POINT_NAMED,
    DNA_SAMPLE_COLLECTED,
    DNA_TEST_RESULT,
    PATERNITY_ESTABLISHED,
    PATERNITY_NOT_ESTABLISHED,
    CHILD_SUPPORT_ARRANGED,
    SUPPORT_PAYMENT,
    PAUSED_AT_CLAIMANT_REQUEST,
    RESUMED,
    CLOSED;

    /** The steps the alleged father's state records itself (through its liaison). */
    public static final Set<ClaimStep> MEMBER_STATE_STEPS = EnumSet.of(FOCAL_POINT_NAMED, DNA_SAMPLE_COLLECTED,
            DNA_TEST_RESULT, PATERNITY_ESTABLISHED, PATERNITY_NOT_ESTABLISHED, CHILD_SUPPORT_ARRANGED, SUPPORT_PAYMENT);
}
