package org.blueledger.allegation.domain;

/** Seriousness; SEA is always serious (codes as in api.md). */
public enum Seriousness {
    SERIOUS, NON_SERIOUS
}
