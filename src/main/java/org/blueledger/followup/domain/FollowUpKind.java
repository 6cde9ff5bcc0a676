package org.blueledger.followup.domain;

/** A follow-up note verbale: a reminder to answer, or a request for the investigation's outcome or the action taken. */
public enum FollowUpKind { REMINDER, OUTCOME_REQUEST, ACTION_REQUEST }
