package org.blueledger.allegation.domain;

/** Who took the action. */
public enum ActionAuthority {
    UN, MEMBER_STATE
}
