package org.blueledger.allegation.service;

import org.blueledger.allegation.domain.Allegation;
import org.blueledger.allegation.domain.CaseAssignment;
import org.blueledger.allegation.persistence.AllegationRepository;
import org.blueledger.security.service.CallerScope;

import java.util.List;
import java.util.Set;

/** Builds the caller-specific view of a case: need-to-know applied field by field; identities are decrypted only when shown. */
final class AllegationViews {

    private AllegationViews() {
    }

    static AllegationDetails.InvestigationView view(org.blueledger.allegation.domain.Investigation i) {
        return new AllegationDetails.InvestigationView(i.getId(), i.getVersion(), i.getEntity().name(), i.getStartedOn(),
                i.getDueOn(), i.getCompletedOn(), i.getFinding() == null ? null : i.getFinding().name(), i.durationDays(),
                i.getSubjectIds().stream().sorted().toList());
    }

    /** The nationalities of the case's subjects that an investigation covers. */
    static Set<String> investigatedNationalities(org.blueledger.allegation.domain.Allegation a,
                                                 org.blueledger.allegation.domain.Investigation i) {
        return a.getSubjects().stream().filter(s -> i.getSubjectIds().contains(s.getId()))
                .map(org.blueledger.allegation.domain.Subject::getNationality).collect(java.util.stream.Collectors.toSet());
    }

    static AllegationDetails.NotificationView view(org.blueledger.allegation.domain.Notification n, java.time.LocalDate today) {
        return new AllegationDetails.NotificationView(n.getId(), n.getVersion(), n.getMemberState(), n.getSentOn(),
                n.isRequestsNio(), n.getResponseDueOn(), n.getAnswer() == null ? null : n.getAnswer().name(),
                n.getRespondedOn(), n.getNioName(), n.unMustInvestigate(today), n.getNioAppointedOn(),
                n.getFollowUps().stream().map(f -> new AllegationDetails.FollowUpView(f.getId(), f.getKind().name(),
                        f.getSentOn(), f.getNote(), f.getCreatedBy())).toList());
    }

    static AllegationDetails.ActionView view(org.blueledger.allegation.domain.CaseAction x) {
        return new AllegationDetails.ActionView(x.getId(), x.getVersion(), x.getSubjectId(), x.getStage().name(),
                x.getAuthority().name(), x.getType(), x.getDecidedOn(), x.getDetails());
    }

    static AllegationDetails.AttachmentView view(org.blueledger.allegation.domain.Attachment t) {
        return new AllegationDetails.AttachmentView(t.getId(), t.getKind(), t.getClassification(), t.getSubjectId(),
                t.getFileName(), t.getMediaType(), t.getSizeBytes(), t.getUploadedAt(), t.getUploadedBy());
    }

    /** The findings of the completed investigations of a case: what unlocks substantiated / not substantiated. */
    static Set<org.blueledger.allegation.domain.InvestigationFinding> findings(
            List<org.blueledger.allegation.domain.Investigation> investigations) {
        Set<org.blueledger.allegation.domain.InvestigationFinding> found =
                java.util.EnumSet.noneOf(org.blueledger.allegation.domain.InvestigationFinding.class);
        investigations.stream().filter(i -> i.getFinding() != null).forEach(i -> found.add(i.getFinding()));
        return found;
    }

    static AllegationDetails details(Allegation a, CallerScope caller, AllegationRepository repository,
                                     IdentityCipher identities) {
        boolean assigned = repository.isAssigned(a.getId(), caller.username(), CaseAssignment.Role.CONDUCT_OFFICER);
        CaseEntitlements may = new CaseEntitlements(caller, a.getMissionCode(), assigned);
        boolean subjectIdentity = may.subjectIdentity();
        boolean victimIdentity = may.victimIdentity();
        List<AllegationDetails.SubjectView> subjects = a.getSubjects().stream()
                .filter(s -> !may.onlyOwnNationals() || caller.memberState().equals(s.getNationality()))
                .map(s -> new AllegationDetails.SubjectView(s.getId(), s.getPersonnelCategory(), s.getNationality(),
                        s.getSex(), s.getRank(), s.getUnit(), subjectIdentity ? identities.subjectName(s) : null,
                        subjectIdentity ? identities.subjectServiceNumber(s) : null, !subjectIdentity))
                .toList();
        List<AllegationDetails.VictimView> victims = a.getVictims().stream()
                .map(v -> new AllegationDetails.VictimView(v.getId(), v.getSex(), v.getAgeGroup(),
                        victimIdentity ? identities.victimName(v) : null,
                        victimIdentity ? identities.victimDateOfBirth(v) : null,
                        victimIdentity ? identities.victimContact(v) : null, !victimIdentity))
                .toList();
        List<AllegationDetails.StatusChangeView> history = a.getStatusHistory().stream()
                .map(h -> new AllegationDetails.StatusChangeView(h.getChangedAt(), h.getChangedBy(), h.getFromStatus(),
                        h.getToStatus(), h.getReason()))
                .toList();
        List<AllegationDetails.AssignmentView> assignments = repository.assignments(a.getId()).stream()
                .map(x -> new AllegationDetails.AssignmentView(x.getUsername(), x.getRole().name(), x.getInvestigationId(),
                        x.getAssignedAt(), x.getAssignedBy()))
                .toList();
        // Only the files the caller may see leave the database (their names are identity data too).
        List<AllegationDetails.AttachmentView> attachments = repository.attachments(a.getId(), may.attachments()).stream()
                .map(AllegationViews::view)
                .toList();
        java.util.Set<Long> shownSubjects = new java.util.HashSet<>();
        subjects.forEach(x -> shownSubjects.add(x.id()));
        // An investigator (without a wider role) sees only the investigations assigned to them.
        boolean onlyAssigned = caller.has(org.blueledger.security.domain.Role.INVESTIGATOR)
                && !caller.hasAny(org.blueledger.security.domain.Role.CONDUCT_OFFICER,
                org.blueledger.security.domain.Role.CHIEF_OF_CONDUCT, org.blueledger.security.domain.Role.HQ_CONDUCT,
                org.blueledger.security.domain.Role.VICTIMS_RIGHTS, org.blueledger.security.domain.Role.MEMBER_STATE_LIAISON);
        var investigationList = onlyAssigned ? repository.investigationsAssignedTo(a.getId(), caller.username())
                : repository.investigations(a.getId());
        Set<org.blueledger.allegation.domain.InvestigationFinding> findings = findings(investigationList);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        List<AllegationDetails.InvestigationView> investigations = investigationList.stream()
                .map(i -> new AllegationDetails.InvestigationView(i.getId(), i.getVersion(), i.getEntity().name(),
                        i.getStartedOn(), i.getDueOn(), i.getCompletedOn(), i.getFinding() == null ? null : i.getFinding().name(),
                        i.durationDays(), i.getSubjectIds().stream().filter(shownSubjects::contains).sorted().toList()))
                .toList();
        List<AllegationDetails.NotificationView> notifications = repository.notifications(a.getId()).stream()
                .filter(n -> !may.onlyOwnNationals() || n.getMemberState().equals(caller.memberState()))
                .map(n -> view(n, today))
                .toList();
        List<AllegationDetails.ActionView> actions = repository.actions(a.getId()).stream()
                .filter(x -> shownSubjects.contains(x.getSubjectId()))
                .map(x -> new AllegationDetails.ActionView(x.getId(), x.getVersion(), x.getSubjectId(), x.getStage().name(),
                        x.getAuthority().name(), x.getType(), x.getDecidedOn(), x.getDetails()))
                .toList();
        List<Long> findingInvestigations = investigationList.stream()
                .filter(i -> i.getCompletedOn() == null && may.recordsFinding(i.getEntity(),
                        caller.has(org.blueledger.security.domain.Role.INVESTIGATOR)
                                && assignments.stream().anyMatch(x -> x.username().equals(caller.username())
                                && "INVESTIGATOR".equals(x.role())
                                && (x.investigationId() == null || x.investigationId() == i.getId().longValue())),
                        investigatedNationalities(a, i)))
                .map(org.blueledger.allegation.domain.Investigation::getId).toList();
        AllegationDetails.Permissions permissions = new AllegationDetails.Permissions(may.edit(),
                !may.nextStatuses(a.getStatus(), findings).isEmpty(),
                may.changeStatusTo(org.blueledger.allegation.domain.AllegationStatus.CLOSED_OTHER) && !a.getStatus().isFinal(),
                may.assign(), may.attach(), victimIdentity, may.assign(),
                may.assign() || caller.has(org.blueledger.security.domain.Role.VICTIMS_RIGHTS),
                may.nextStatuses(a.getStatus(), findings), may.edit(),
                !findingInvestigations.isEmpty(),
                may.edit() || caller.has(org.blueledger.security.domain.Role.HQ_CONDUCT),
                may.edit() || caller.has(org.blueledger.security.domain.Role.HQ_CONDUCT)
                        || caller.has(org.blueledger.security.domain.Role.MEMBER_STATE_LIAISON),
                caller.has(org.blueledger.security.domain.Role.MEMBER_STATE_LIAISON) ? caller.memberState() : null,
                findingInvestigations,
                may.edit() ? repository.subjectsInFollowUp(a.getId()).stream().sorted().toList() : List.of());
        return new AllegationDetails(a.getReference(), a.getVersion(), a.getMissionCode(), a.getReceivedOn(),
                a.getIncidentDate(), a.getKind(), a.getSeaType(), a.getSeaSubtype(), a.getSeriousness(),
                a.getThematicArea(), a.getSource(), a.getSummary(), a.getLocation(), a.getStatus(),
                a.isReferredToMemberState(), a.getCreatedAt(), a.getCreatedBy(), a.getModifiedAt(), a.getModifiedBy(),
                subjects, victims, history, assignments, attachments, investigations, notifications, actions, permissions);
    }
}
