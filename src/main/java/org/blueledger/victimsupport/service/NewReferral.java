package org.blueledger.victimsupport.service;

import org.blueledger.victimsupport.domain.ReferralType;

import java.time.LocalDate;

/** Command: refer a victim to assistance; {@code consentOn} is the day the victim agreed (required). For TRUST_FUND the provider is a project's code. */
public record NewReferral(ReferralType type, LocalDate referredOn, String provider, LocalDate consentOn) {
}
