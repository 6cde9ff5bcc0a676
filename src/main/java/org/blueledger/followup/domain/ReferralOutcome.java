package org.blueledger.followup.domain;

/** What the state of nationality did with a referral for criminal accountability (codes as in api.md). */
public enum ReferralOutcome {
    PENDING, PROSECUTED, CONVICTED, ACQUITTED, NO_ACTION, UNKNOWN
}
