package org.blueledger.allegation.domain;

/** Age group of a victim (minor: under 18) (codes as in api.md). */
public enum AgeGroup {
    ADULT, MINOR, UNKNOWN
}
