/** The follow-up's rows (FollowUpRepository, CriminalReferralRepository); joins the caller's transaction. */
package org.blueledger.followup.persistence;
