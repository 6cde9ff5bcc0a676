package org.blueledger.followup.domain;

/** A member state's answer to a note verbale. */
public enum NotificationAnswer {
    WILL_INVESTIGATE, DECLINES, NO_ANSWER
}
