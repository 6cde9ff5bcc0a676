package org.blueledger.allegation.domain;

/** SEA type (codes as in api.md). */
public enum SeaType {
    SEXUAL_EXPLOITATION, SEXUAL_ABUSE, OTHER, UNKNOWN
}
