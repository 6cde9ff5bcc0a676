package org.blueledger.victimsupport.domain;

/** Where a paternity and child-support claim stands; it follows the claim's steps. */
public enum ClaimStatus {
    RECEIVED,
    MEMBER_STATE_NOTIFIED,
    DNA_TESTING,
    PATERNITY_ESTABLISHED,
    PATERNITY_NOT_ESTABLISHED,
    CHILD_SUPPORT_ARRANGED,
    PAUSED,
    CLOSED;

    public boolean isOpen() {
        return this != CLOSED;
    }
}
