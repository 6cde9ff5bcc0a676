package org.blueledger.victimsupport.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an assistance referral stands. {@code REFERRED} and {@code IN_PROGRESS} are open; the
 * others end the referral, and an ended referral changes no more (a new referral is made instead).
 */
public enum ReferralStatus {
    REFERRED, IN_PROGRESS, COMPLETED, DECLINED_BY_VICTIM, CLOSED;

    public static final Set<ReferralStatus> OPEN = EnumSet.of(REFERRED, IN_PROGRESS);

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /** Open referrals may move to any status but back to REFERRED from IN_PROGRESS; ended ones to none but themselves. */
    public boolean canMoveTo(ReferralStatus target) {
        if (target == this) {
            return true;
        }
        if (!isOpen()) {
            return false;
        }
        return !(this == IN_PROGRESS && target == REFERRED);
    }

    public boolean ends() {
        return !isOpen();
    }
}
