package org.blueledger.victimsupport.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.blueledger.allegation.domain.VictimIdentityErased;
import org.blueledger.victimsupport.domain.PaternityClaim;
import org.blueledger.victimsupport.persistence.ClaimRepository;

/**
 * Erases the identity of the children in a victim's claims, and the notes of the victim's contact
 * log (they may name people), when the victim's identity is erased, in the same transaction (a
 * synchronous observer): all go, or none.
 */
@ApplicationScoped
public class VictimErasureObserver {

    @Inject
    ClaimRepository claims;

    @Inject
    org.blueledger.victimsupport.persistence.ReferralRepository referrals;

    void onErased(@Observes VictimIdentityErased erased) {
        claims.ofVictim(erased.allegationId(), erased.victimId()).forEach(PaternityClaim::eraseChildIdentity);
        referrals.contacts(erased.allegationId(), erased.victimId()).forEach(org.blueledger.victimsupport.domain.VictimContact::eraseNote);
        claims.flush();
    }
}
