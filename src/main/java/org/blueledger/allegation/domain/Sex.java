package org.blueledger.allegation.domain;

/** Sex of a subject or victim (codes as in api.md). */
public enum Sex {
    MALE, FEMALE, UNKNOWN
}
