package org.blueledger.statistics.persistence;

/** A count of persons (victims, perpetrators, findings, referrals) by one or two codes. */
public record PersonGroup(String first, String second, long persons) {
}
