package org.blueledger.allegation.service;

import org.blueledger.allegation.domain.Allegation;
import org.blueledger.allegation.domain.InvestigationFinding;
import org.blueledger.security.service.CallerScope;

import java.util.List;
import java.util.Set;

/**
 * The port through which the case kernel asks the follow-up (implemented by
 * {@code followup.service.FollowUpParts}, a CDI bean) what it needs of it, without depending on
 * it: the status change asks "is there a completed investigation with this finding?", a
 * correction which subjects the follow-up names, and the case's view its follow-up part. Without
 * an implementation the case has no follow-up ({@link Part#NONE}).
 */
public interface CaseFollowUp {

    /** The findings of the case's completed investigations: what unlocks the final statuses. */
    Set<InvestigationFinding> completedFindings(long allegationId);

    /** The subjects the case's follow-up names (an investigation, an action, a criminal referral): a correction may not remove them. */
    Set<Long> subjectsNamed(long allegationId);

    /**
     * The follow-up part of the case as the caller may see it: of the subjects shown
     * ({@code shownSubjects}), with the assignments that say which findings the caller may record.
     */
    Part part(Allegation a, CallerScope caller, CaseEntitlements may, Set<Long> shownSubjects,
              List<AllegationDetails.AssignmentView> assignments);

    /**
     * The follow-up part of a case's view: its investigations, notes verbales and actions, the
     * findings the caller's view shows (what its next statuses depend on) and the investigations
     * whose finding the caller may record.
     */
    record Part(List<AllegationDetails.InvestigationView> investigations, List<AllegationDetails.NotificationView> notifications,
                List<AllegationDetails.ActionView> actions, Set<InvestigationFinding> findings, List<Long> findingInvestigations) {

        public static final Part NONE = new Part(List.of(), List.of(), List.of(), Set.of(), List.of());
    }
}
