package org.blueledger.victimsupport.service;

import org.blueledger.victimsupport.domain.ReferralStatus;

import java.time.LocalDate;

/** Command: move a referral along, with the version read. */
public record UpdateReferral(ReferralStatus status, LocalDate startedOn, LocalDate closedOn, String notes, Long version) {
}
