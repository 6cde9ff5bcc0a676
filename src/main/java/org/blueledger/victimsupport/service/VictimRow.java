package org.blueledger.victimsupport.service;

/** A victim in the victims' rights officer's list: the case, the victim's case data and the support under way (no identity). */
public record VictimRow(long victimId, String reference, String mission, String sex, String ageGroup, String caseStatus,
                        long openReferrals, long openClaims, boolean identityErased) implements java.io.Serializable {

    /** CLAIM when a paternity claim is open, ASSISTANCE when only referrals are, NONE otherwise. */
    public String supportStatus() {
        return openClaims > 0 ? "CLAIM" : openReferrals > 0 ? "ASSISTANCE" : "NONE";
    }
}
