package org.blueledger.victimsupport.service;

import org.blueledger.allegation.domain.Victim;
import org.blueledger.allegation.service.IdentityCipher;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.CallerScope;
import org.blueledger.victimsupport.domain.ClaimStatus;
import org.blueledger.victimsupport.domain.ClaimStep;
import org.blueledger.victimsupport.domain.Claimant;
import org.blueledger.victimsupport.domain.PaternityClaim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds a caller's {@link ClaimView}: identities decrypted only for an entitled caller, and the steps it may record. */
final class ClaimViews {

    private ClaimViews() {
    }

    /** Victim and child identity: a victims' rights officer whose scope covers the claim's mission. */
    static boolean entitledToIdentity(CallerScope caller, PaternityClaim c) {
        return caller.has(Role.VICTIMS_RIGHTS) && (caller.mission() == null || caller.mission().equals(c.getMissionCode()));
    }

    /** The steps this caller could record now (for the pages); none for HQ. */
    static List<ClaimStep> allowedSteps(CallerScope caller, PaternityClaim c) {
        boolean all = entitledToIdentity(caller, c);
        boolean state = caller.has(Role.MEMBER_STATE_LIAISON) && c.getMemberState().equals(caller.memberState());
        List<ClaimStep> out = new ArrayList<>();
        for (ClaimStep s : ClaimStep.values()) {
            if ((all || (state && ClaimStep.MEMBER_STATE_STEPS.contains(s))) && c.refusal(s, null).isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    static ClaimView view(PaternityClaim c, CallerScope caller, Victim victim, LocalDate today, IdentityCipher identities,
                          ChildIdentityCipher children) {
        boolean identity = entitledToIdentity(caller, c);
        String claimantName = identity && victim != null && c.getClaimant() == Claimant.VICTIM
                ? identities.victimName(victim) : null;
        ClaimView.Child child = new ClaimView.Child(identity ? children.name(c) : null,
                identity ? children.dateOfBirth(c) : null, c.getChildSex());
        List<ClaimView.Step> steps = c.getSteps().stream().map(s -> new ClaimView.Step(s.getId(), s.getStep(), s.getOn(),
                s.getBy(), s.getResult(), s.getAmount(), s.getCurrency(), s.getRecordedAt(), s.getRecordedBy())).toList();
        boolean overdue = c.getMemberStateNotifiedOn() == null && c.getStatus() != ClaimStatus.CLOSED
                && c.getNotificationDueOn().isBefore(today);
        return new ClaimView(c.getId(), c.getVersion(), c.getCaseReference(), c.getMissionCode(), c.getVictimId(),
                c.getSubjectId(), c.getMemberState(), c.getReceivedOn(), c.getClaimant(), claimantName, child, !identity,
                c.getStatus(), c.getNotificationDueOn(), overdue, c.getMemberStateNotifiedOn(), c.getFocalPoint(),
                c.getDnaSampleCollectedBy(), c.getPaternityOutcome(), c.getClosedOn(), allowedSteps(caller, c), steps);
    }
}
