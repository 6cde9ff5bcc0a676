/**
 * The follow-up's tabs on the case page, contributed through the kernel's CaseTab (FollowUpTab:
 * WEB-INF/includes/case-follow-up.xhtml; CriminalReferralsTab: case-criminal-referrals.xhtml):
 * AllegationFollowUpBacking (investigations, actions), CaseNotesVerbalesBacking (notes verbales),
 * AllegationCriminalReferralsBacking, with FollowUpForms (one submit) and FollowUpOptions (reference
 * data in the page's language). The case comes through the kernel's OpenCase.
 */
package org.blueledger.followup.web;
