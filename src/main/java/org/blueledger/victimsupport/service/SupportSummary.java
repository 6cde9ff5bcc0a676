package org.blueledger.victimsupport.service;

/** The victims' rights officer's dashboard section: open referrals and claims, and claims whose state notification is overdue. */
public record SupportSummary(long openReferrals, long openClaims, long notificationsOverdue) implements java.io.Serializable {
}
