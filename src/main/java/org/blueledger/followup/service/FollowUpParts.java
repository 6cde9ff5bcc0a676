package org.blueledger.followup.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.blueledger.allegation.domain.Allegation;
import org.blueledger.allegation.domain.InvestigationFinding;
import org.blueledger.allegation.service.AllegationDetails;
import org.blueledger.allegation.service.CaseEntitlements;
import org.blueledger.allegation.service.CaseFollowUp;
import org.blueledger.followup.domain.InvestigatingEntity;
import org.blueledger.followup.domain.Investigation;
import org.blueledger.followup.persistence.FollowUpRepository;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.CallerScope;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * The follow-up's side of the kernel's port {@link CaseFollowUp}: the findings a status change
 * needs, the subjects a correction must keep, and the follow-up part of the case's view. Joins
 * the caller's transaction; the caller has passed the case gate.
 */
@ApplicationScoped
public class FollowUpParts implements CaseFollowUp {

    @Inject
    FollowUpRepository repository;

    @Override
    public Set<InvestigationFinding> completedFindings(long allegationId) {
        return FollowUpViews.findings(repository.investigations(allegationId));
    }

    @Override
    public Set<Long> subjectsNamed(long allegationId) {
        return repository.subjectsInFollowUp(allegationId);
    }

    @Override
    public Part part(Allegation a, CallerScope caller, CaseEntitlements may, Set<Long> shownSubjects,
                     List<AllegationDetails.AssignmentView> assignments) {
        // An investigator (without a wider role) sees only the investigations assigned to them.
        boolean onlyAssigned = caller.has(Role.INVESTIGATOR) && !caller.hasAny(Role.CONDUCT_OFFICER,
                Role.CHIEF_OF_CONDUCT, Role.HQ_CONDUCT, Role.VICTIMS_RIGHTS, Role.MEMBER_STATE_LIAISON);
        List<Investigation> investigationList = onlyAssigned
                ? repository.investigationsAssignedTo(a.getId(), caller.username())
                : repository.investigations(a.getId());
        Set<InvestigationFinding> findings = FollowUpViews.findings(investigationList);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<AllegationDetails.InvestigationView> investigations = investigationList.stream()
                .map(i -> FollowUpViews.view(i, i.getSubjectIds().stream().filter(shownSubjects::contains).sorted().toList()))
                .toList();
        List<AllegationDetails.NotificationView> notifications = repository.notifications(a.getId()).stream()
                .filter(n -> !may.onlyOwnNationals() || n.getMemberState().equals(caller.memberState()))
                .map(n -> FollowUpViews.view(n, today))
                .toList();
        List<AllegationDetails.ActionView> actions = repository.actions(a.getId()).stream()
                .filter(x -> shownSubjects.contains(x.getSubjectId()))
                .map(FollowUpViews::view)
                .toList();
        List<Long> findingInvestigations = investigationList.stream()
                .filter(i -> i.getCompletedOn() == null && may.recordsFinding(
                        i.getEntity() == InvestigatingEntity.MEMBER_STATE_NIO,
                        caller.has(Role.INVESTIGATOR)
                                && assignments.stream().anyMatch(x -> x.username().equals(caller.username())
                                && "INVESTIGATOR".equals(x.role())
                                && (x.investigationId() == null || x.investigationId() == i.getId().longValue())),
                        FollowUpViews.investigatedNationalities(a, i)))
                .map(Investigation::getId).toList();
        return new Part(investigations, notifications, actions, findings, findingInvestigations);
    }
}
