package org.blueledger.allegation.service;

import jakarta.enterprise.inject.Instance;
import org.blueledger.allegation.domain.Allegation;
import org.blueledger.allegation.domain.AllegationStatus;
import org.blueledger.allegation.domain.InvestigationFinding;
import org.blueledger.allegation.persistence.AllegationRepository;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.CallerScope;

import java.util.EnumSet;
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

    /** The case as the caller who opened it may see it, with the entitlements computed when it was opened. */
    static AllegationDetails details(OpenedCase opened, AllegationRepository repository,
                                     IdentityCipher identities, Instance<CaseFollowUp> followUpPort) {
        Allegation a = opened.allegation();
        CaseEntitlements may = opened.may();
        CallerScope caller = may.caller();
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
        Set<InvestigationFinding> findings = part.findings();
        List<Long> findingInvestigations = part.findingInvestigations();
        AllegationDetails.Permissions permissions = new AllegationDetails.Permissions(
                rights(a, may, findings, !findingInvestigations.isEmpty()), may.nextStatuses(a.getStatus(), findings),
                caller.has(Role.MEMBER_STATE_LIAISON) ? caller.memberState() : null,
                findingInvestigations,
                may.edit() && followUp != null ? followUp.subjectsNamed(a.getId()).stream().sorted().toList() : List.of());
        return new AllegationDetails(a.getReference(), a.getVersion(), a.getMissionCode(), a.getReceivedOn(),
                a.getIncidentDate(), a.getKind(), a.getSeaType(), a.getSeaSubtype(), a.getSeriousness(),
                a.getThematicArea(), a.getSource(), a.getSummary(), a.getLocation(), a.getStatus(),
                a.isReferredToMemberState(), a.getCreatedAt(), a.getCreatedBy(), a.getModifiedAt(), a.getModifiedBy(),
                subjects, victims, history, assignments, attachments, part.investigations(), part.notifications(),
                part.actions(), permissions);
    }

    /** The caller's rights on the case, each from its rule in {@link CaseEntitlements}. */
    static Set<CaseRight> rights(Allegation a, CaseEntitlements may, Set<InvestigationFinding> findings,
                                 boolean recordsSomeFinding) {
        Set<CaseRight> rights = EnumSet.noneOf(CaseRight.class);
        add(rights, CaseRight.EDIT, may.edit());
        add(rights, CaseRight.CHANGE_STATUS, !may.nextStatuses(a.getStatus(), findings).isEmpty());
        add(rights, CaseRight.CLOSE, may.changeStatusTo(AllegationStatus.CLOSED_OTHER) && !a.getStatus().isFinal());
        add(rights, CaseRight.ASSIGN, may.assign());
        add(rights, CaseRight.ATTACH, may.attach());
        add(rights, CaseRight.VICTIM_IDENTITY, may.victimIdentity());
        add(rights, CaseRight.VIEWERS, may.assign());
        add(rights, CaseRight.ERASE_VICTIM_IDENTITY, may.erasesVictimIdentity());
        add(rights, CaseRight.OPEN_INVESTIGATION, may.opensInvestigation());
        add(rights, CaseRight.COMPLETE_INVESTIGATION, recordsSomeFinding);
        add(rights, CaseRight.NOTIFY_MEMBER_STATE, may.notifiesMemberState());
        add(rights, CaseRight.RECORD_ACTION, may.recordsAction());
        return rights;
    }

    private static void add(Set<CaseRight> rights, CaseRight right, boolean granted) {
        if (granted) {
            rights.add(right);
        }
    }
}
