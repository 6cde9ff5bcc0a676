package org.blueledger.victimsupport.service;

import java.util.List;

/** One page of referrals in the caller's scope. */
public record ReferralPage(List<ReferralView> items, long total, int page, int size) {
}
