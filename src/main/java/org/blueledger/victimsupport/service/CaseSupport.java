package org.blueledger.victimsupport.service;

import java.util.List;

/** The victim-support tab of a case: its referrals and claims as the caller may see them. */
public record CaseSupport(List<ReferralView> referrals, List<ClaimView> claims) {
}
