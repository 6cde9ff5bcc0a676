package org.blueledger.victimsupport.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.blueledger.allegation.domain.VictimIdentityErased;
import org.blueledger.victimsupport.domain.PaternityClaim;
import org.blueledger.victimsupport.persistence.ClaimRepository;

/**
 * Erases the identity of the children in a victim's claims when the victim's identity is erased,
 * in the same transaction (a synchronous observer): both go, or neither.
 */
@ApplicationScoped
public class VictimErasureObserver {

    @Inject
    ClaimRepository claims;

    void onErased(@Observes VictimIdentityErased erased) {
        claims.ofVictim(erased.allegationId(), erased.victimId()).forEach(PaternityClaim::eraseChildIdentity);
        claims.flush();
    }
}
