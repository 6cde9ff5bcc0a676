package org.blueledger.followup.service;

import java.time.LocalDate;

/** A referral for criminal accountability as the case's GET lists it. */
public record CriminalReferralView(long id, long version, long subjectId, String referredTo, LocalDate referredOn,
                                   String outcome, LocalDate outcomeOn) implements java.io.Serializable {
}
