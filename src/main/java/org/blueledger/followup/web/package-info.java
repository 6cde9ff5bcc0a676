/** The follow-up's tabs on the case page ({@code allegation/view.xhtml}): AllegationFollowUpBacking and AllegationCriminalReferralsBacking (bean names kept). */
package org.blueledger.followup.web;
