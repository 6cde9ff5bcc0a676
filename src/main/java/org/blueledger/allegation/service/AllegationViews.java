package org.blueledger.allegation.service;

import jakarta.enterprise.inject.Instance;
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

    static AllegationDetails.AttachmentView view(org.blueledger.allegation.domain.Attachment t) {
        return new AllegationDetails.AttachmentView(t.getId(), t.getKind(), t.getClassification(), t.getSubjectId(),
                t.getFileName(), t.getMediaType(), t.getSizeBytes(), t.getUploadedAt(), t.getUploadedBy());
    }

    /** The follow-up port, if the follow-up is deployed. */
    static CaseFollowUp followUp(Instance<CaseFollowUp> port) {
        return port != null && port.isResolvable() ? port.get() : null;
    }

    /** The findings of the case's completed investigations (none without a follow-up). */
    static Set<org.blueledger.allegation.domain.InvestigationFinding> completedFindings(Instance<CaseFollowUp> port,
                                                                                        long allegationId) {
        CaseFollowUp f = followUp(port);
        return f == null ? Set.of() : f.completedFindings(allegationId);
    }

    /** The subjects the case's follow-up names (none without a follow-up). */
    static Set<Long> subjectsInFollowUp(Instance<CaseFollowUp> port, long allegationId) {
        CaseFollowUp f = followUp(port);
        return f == null ? Set.of() : f.subjectsNamed(allegationId);
    }

    static AllegationDetails details(Allegation a, CallerScope caller, AllegationRepository repository,
                                     IdentityCipher identities, Instance<CaseFollowUp> followUpPort) {
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
        CaseFollowUp followUp = followUp(followUpPort);
        CaseFollowUp.Part part = followUp == null ? CaseFollowUp.Part.NONE
                : followUp.part(a, caller, may, shownSubjects, assignments);
        Set<org.blueledger.allegation.domain.InvestigationFinding> findings = part.findings();
        List<Long> findingInvestigations = part.findingInvestigations();
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
                may.edit() && followUp != null ? followUp.subjectsNamed(a.getId()).stream().sorted().toList() : List.of());
        return new AllegationDetails(a.getReference(), a.getVersion(), a.getMissionCode(), a.getReceivedOn(),
                a.getIncidentDate(), a.getKind(), a.getSeaType(), a.getSeaSubtype(), a.getSeriousness(),
                a.getThematicArea(), a.getSource(), a.getSummary(), a.getLocation(), a.getStatus(),
                a.isReferredToMemberState(), a.getCreatedAt(), a.getCreatedBy(), a.getModifiedAt(), a.getModifiedBy(),
                subjects, victims, history, assignments, attachments, part.investigations(), part.notifications(),
                part.actions(), permissions);
    }
}
