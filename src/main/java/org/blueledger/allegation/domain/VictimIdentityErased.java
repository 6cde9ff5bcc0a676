package org.blueledger.allegation.domain;

/**
 * Domain event: a victim's identity was erased on request. Fired inside the erasing
 * transaction, so that other features holding identities tied to the victim (victim support's
 * child identities) erase them in the same unit of work.
 */
public record VictimIdentityErased(long allegationId, String reference, long victimId) {
}
