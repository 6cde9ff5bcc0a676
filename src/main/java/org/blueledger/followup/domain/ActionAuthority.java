package org.blueledger.followup.domain;

/** Who took the action. */
public enum ActionAuthority {
    UN, MEMBER_STATE
}
