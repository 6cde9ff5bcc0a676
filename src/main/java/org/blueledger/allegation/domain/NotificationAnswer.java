package org.blueledger.allegation.domain;

/** A member state's answer to a note verbale. */
public enum NotificationAnswer {
    WILL_INVESTIGATE, DECLINES, NO_ANSWER
}
