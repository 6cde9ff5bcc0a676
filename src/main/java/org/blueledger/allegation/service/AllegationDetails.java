package org.blueledger.allegation.service;

import org.blueledger.allegation.domain.AgeGroup;
import org.blueledger.allegation.domain.AllegationSource;
import org.blueledger.allegation.domain.AllegationStatus;
import org.blueledger.allegation.domain.AttachmentClassification;
import org.blueledger.allegation.domain.AttachmentKind;
import org.blueledger.allegation.domain.MisconductKind;
import org.blueledger.allegation.domain.PersonnelCategory;
import org.blueledger.allegation.domain.SeaSubtype;
import org.blueledger.allegation.domain.SeaType;
import org.blueledger.allegation.domain.Seriousness;
import org.blueledger.allegation.domain.Sex;
import org.blueledger.allegation.domain.ThematicArea;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as one caller may see it: identities are null (and flagged restricted) for callers not
 * entitled to them; a liaison gets only the subjects of its own nationality. The permissions
 * say which actions this caller may take, for pages to offer only those.
 */
public record AllegationDetails(String reference, long version, String mission, LocalDate receivedOn,
                                LocalDate incidentDate, MisconductKind kind, SeaType seaType, SeaSubtype seaSubtype,
                                Seriousness seriousness, ThematicArea thematicArea, AllegationSource source,
                                String summary, String location, AllegationStatus status,
                                boolean referredToMemberState, Instant createdAt, String createdBy,
                                Instant modifiedAt, String modifiedBy,
                                List<SubjectView> subjects, List<VictimView> victims,
                                List<StatusChangeView> statusHistory, List<AssignmentView> assignments,
                                List<AttachmentView> attachments, List<InvestigationView> investigations,
                                List<NotificationView> notifications, List<ActionView> actions, Permissions permissions) implements java.io.Serializable {

    /**
     * The same details under the case's reference: an intake builds its answer before it numbers
     * the case, the last step of its transaction (V021).
     */
    public AllegationDetails withReference(String reference) {
        return new AllegationDetails(reference, version, mission, receivedOn, incidentDate, kind, seaType, seaSubtype,
                seriousness, thematicArea, source, summary, location, status, referredToMemberState, createdAt, createdBy,
                modifiedAt, modifiedBy, subjects, victims, statusHistory, assignments, attachments, investigations,
                notifications, actions, permissions);
    }

    public record InvestigationView(long id, long version, String entity, LocalDate startedOn, LocalDate dueOn,
                                    LocalDate completedOn, String finding, Long durationDays, List<Long> subjectIds) implements java.io.Serializable {
    }

    public record NotificationView(long id, long version, String memberState, LocalDate sentOn, boolean requestsNio,
                                   LocalDate responseDueOn, String answer, LocalDate respondedOn, String nioName,
                                   boolean unMustInvestigate, LocalDate nioAppointedOn, List<FollowUpView> followUps) implements java.io.Serializable {
    }

    public record FollowUpView(long id, String kind, LocalDate sentOn, String note, String by) implements java.io.Serializable {
    }

    public record ActionView(long id, long version, long subjectId, String stage, String authority, String type,
                             LocalDate decidedOn, String details) implements java.io.Serializable {
    }

    public record SubjectView(long id, PersonnelCategory personnelCategory, String nationality, Sex sex, String rank,
                              String unit, String name, String serviceNumber, boolean identityRestricted) implements java.io.Serializable {
    }

    public record VictimView(long id, Sex sex, AgeGroup ageGroup, String name, LocalDate dateOfBirth, String contact,
                             boolean identityRestricted) implements java.io.Serializable {
    }

    public record StatusChangeView(Instant at, String by, AllegationStatus from, AllegationStatus to, String reason) implements java.io.Serializable {
    }

    public record AssignmentView(String username, String role, Long investigationId, Instant assignedAt,
                                 String assignedBy) implements java.io.Serializable {
    }

    /** A file the caller may see; {@code subjectId} names the subject it is about, or is null. */
    public record AttachmentView(long id, AttachmentKind kind, AttachmentClassification classification, Long subjectId,
                                 String fileName, String mediaType, long sizeBytes,
                                 Instant uploadedAt, String uploadedBy) implements java.io.Serializable {
    }

    /**
     * What the caller may do with this case: its {@link CaseRight}s, the statuses it may move the
     * case to, the member state whose notes verbales it answers (a liaison), the open
     * investigations whose finding it may record and the subjects a correction must keep.
     */
    public record Permissions(java.util.Set<CaseRight> rights, List<AllegationStatus> nextStatuses, String answersForState,
                              List<Long> findingInvestigations, List<Long> subjectsInFollowUp)
            implements java.io.Serializable {

        public Permissions {
            rights = rights.isEmpty() ? java.util.Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(rights));
        }

        public boolean has(CaseRight right) {
            return rights.contains(right);
        }

        public boolean edit() {
            return has(CaseRight.EDIT);
        }

        public boolean changeStatus() {
            return has(CaseRight.CHANGE_STATUS);
        }

        public boolean close() {
            return has(CaseRight.CLOSE);
        }

        public boolean assign() {
            return has(CaseRight.ASSIGN);
        }

        public boolean attach() {
            return has(CaseRight.ATTACH);
        }

        public boolean victimIdentity() {
            return has(CaseRight.VICTIM_IDENTITY);
        }

        public boolean viewers() {
            return has(CaseRight.VIEWERS);
        }

        public boolean eraseVictimIdentity() {
            return has(CaseRight.ERASE_VICTIM_IDENTITY);
        }

        public boolean openInvestigation() {
            return has(CaseRight.OPEN_INVESTIGATION);
        }

        public boolean completeInvestigation() {
            return has(CaseRight.COMPLETE_INVESTIGATION);
        }

        public boolean notifyMemberState() {
            return has(CaseRight.NOTIFY_MEMBER_STATE);
        }

        public boolean recordAction() {
            return has(CaseRight.RECORD_ACTION);
        }

        /** The open investigations whose finding the caller may record (the finding form offers only these). */
        public boolean recordsFindingOf(long investigationId) {
            return findingInvestigations.contains(investigationId);
        }

        /**
         * Whether a correction may drop this subject (a form row without an id is new and may always
         * go): not when an investigation, an action or a criminal referral names it. Known to
         * callers who may correct the case; for others, every subject counts as named.
         */
        public boolean removesSubject(Long subjectId) {
            return subjectId == null || (edit() && !subjectsInFollowUp.contains(subjectId));
        }
    }
}
