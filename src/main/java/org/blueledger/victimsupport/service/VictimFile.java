package org.blueledger.victimsupport.service;

import java.time.LocalDate;
import java.util.List;

/**
 * The victim's page: identity (decrypted for the victims' rights officer, audited), the case in
 * summary, the victim's referrals, claims and contact log, and the case's subjects (for a claim's
 * alleged father).
 */
public record VictimFile(String reference, String mission, String caseStatus, LocalDate receivedOn, String kind,
                         String seaType, long victimId, String sex, String ageGroup, String name, LocalDate dateOfBirth,
                         String contact, boolean identityErased, List<ReferralView> referrals, List<ClaimView> claims,
                         List<ContactView> contacts, List<SubjectOption> subjects) implements java.io.Serializable {

    /** A subject of the case as a choice of alleged father: id, category and nationality (no identity). */
    public record SubjectOption(long id, String personnelCategory, String nationality) implements java.io.Serializable {
    }
}
