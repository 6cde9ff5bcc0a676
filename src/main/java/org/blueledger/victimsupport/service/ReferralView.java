package org.blueledger.victimsupport.service;

import org.blueledger.victimsupport.domain.ReferralStatus;
import org.blueledger.victimsupport.domain.ReferralType;

import java.time.LocalDate;

/**
 * An assistance referral as a caller may see it. The outcome {@code notes} may tell of the
 * victim: they are absent, with {@code identityRestricted: true}, for callers not entitled to
 * victim identity.
 */
public record ReferralView(long id, long version, String reference, String mission, long victimId, ReferralType type,
                           String provider, String providerName, LocalDate referredOn, LocalDate consentOn,
                           ReferralStatus status, LocalDate startedOn, LocalDate closedOn, String notes,
                           boolean identityRestricted) implements java.io.Serializable {
}
