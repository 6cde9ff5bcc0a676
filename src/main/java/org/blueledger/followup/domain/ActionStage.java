package org.blueledger.followup.domain;

/** Interim (from referral on) or final action. */
public enum ActionStage {
    INTERIM, FINAL
}
