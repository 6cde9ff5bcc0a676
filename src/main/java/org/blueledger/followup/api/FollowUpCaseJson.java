package org.blueledger.followup.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.blueledger.allegation.service.AllegationDetails;
import org.blueledger.allegation.service.CaseJsonPart;
import org.blueledger.followup.service.CriminalReferralService;

/**
 * The follow-up's side of the kernel's port {@link CaseJsonPart}: its parts of the case's JSON
 * answer, as its own answer records ({@link FollowUpJson}); the GET of the case also lists the
 * case's criminal referrals the caller may see.
 */
@ApplicationScoped
public class FollowUpCaseJson implements CaseJsonPart {

    @Inject
    CriminalReferralService criminalReferrals;

    @Override
    public Parts parts(AllegationDetails d, boolean read) {
        return new Parts(d.investigations().stream().map(FollowUpJson::investigation).toList(),
                d.notifications().stream().map(FollowUpJson::notification).toList(),
                d.actions().stream().map(FollowUpJson::action).toList(),
                read ? criminalReferrals.ofCase(d.reference()).stream().map(FollowUpJson::referral).toList() : null);
    }
}
