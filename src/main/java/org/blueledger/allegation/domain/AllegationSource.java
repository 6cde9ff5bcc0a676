package org.blueledger.allegation.domain;

/** How the report reached the mission (codes as in api.md). */
public enum AllegationSource {
    HOTLINE, EMAIL, COMPLAINT_BOX, IN_PERSON, COMMUNITY_NETWORK, OIOS, OTHER
}
