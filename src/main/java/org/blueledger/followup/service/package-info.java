/** The follow-up's use cases (FollowUpService, CriminalReferralService), its side of the kernel's port CaseFollowUp (FollowUpParts) and its views (FollowUpViews, CriminalReferralView). */
package org.blueledger.followup.service;
