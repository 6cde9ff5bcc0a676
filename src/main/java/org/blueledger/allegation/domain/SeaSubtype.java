package org.blueledger.allegation.domain;

/** SEA sub-type (codes as in api.md). */
public enum SeaSubtype {
    EXPLOITATIVE_RELATIONSHIP, TRANSACTIONAL_SEX, SOLICITATION_OF_TRANSACTIONAL_SEX, RAPE, SEXUAL_ASSAULT, SEXUAL_ACTIVITY_WITH_MINOR
}
