package org.blueledger.allegation.domain;

/** Sexual exploitation and abuse, or other misconduct (codes as in api.md). */
public enum MisconductKind {
    SEA, OTHER_MISCONDUCT
}
