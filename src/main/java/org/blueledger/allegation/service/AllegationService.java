package org.blueledger.allegation.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.blueledger.allegation.domain.Allegation;
import org.blueledger.allegation.domain.AllegationStatus;
import org.blueledger.allegation.domain.Attachment;
import org.blueledger.allegation.domain.AttachmentClassification;
import org.blueledger.allegation.domain.AttachmentKind;
import org.blueledger.allegation.domain.AttachmentPolicy;
import org.blueledger.allegation.domain.CaseAssignment;
import org.blueledger.allegation.domain.Subject;
import org.blueledger.allegation.domain.Victim;
import org.blueledger.allegation.persistence.AllegationRepository;
import org.blueledger.audit.domain.AuditAction;
import org.blueledger.audit.domain.AuditOutcome;
import org.blueledger.audit.service.AuditLog;
import org.blueledger.platform.error.ConflictException;
import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.error.ForbiddenException;
import org.blueledger.platform.error.NotFoundException;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.AccountDirectory;
import org.blueledger.security.service.CallerScope;
import org.blueledger.security.service.CurrentUser;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The case file's use cases: intake, correction, status changes, assignments and attachments.
 * Each method is one transaction; visibility comes from the scoped query, the rest of the
 * authorisation from {@link CaseEntitlements}, checked before any change.
 */
@Stateless
@RolesAllowed({Role.Names.CONDUCT_OFFICER, Role.Names.CHIEF_OF_CONDUCT, Role.Names.HQ_CONDUCT, Role.Names.VICTIMS_RIGHTS})
public class AllegationService {

    private static final Logger LOG = Logger.getLogger(AllegationService.class.getName());

    @Inject
    AllegationRepository repository;

    /** The follow-up, asked through the kernel's port: the findings a status change needs, the subjects a correction keeps. */
    @Inject
    jakarta.enterprise.inject.Instance<CaseFollowUp> followUp;

    @Inject
    AllegationValidator validator;

    @Inject
    AccountDirectory directory;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    CaseAccess access;

    @Inject
    AuditLog audit;

    @Inject
    IdentityCipher identities;

    @Inject
    jakarta.enterprise.event.Event<org.blueledger.allegation.domain.VictimIdentityErased> identityErased;

    @Inject
    @ConfigProperty(name = "blueledger.attachments.max-bytes", defaultValue = "10485760")
    long maxAttachmentBytes;

    /** Files a new report for the caller's own mission; the filer is assigned to it. */
    @RolesAllowed({Role.Names.CONDUCT_OFFICER, Role.Names.CHIEF_OF_CONDUCT})
    public AllegationDetails fileAllegation(AllegationInput input) {
        CallerScope caller = currentUser.scope();
        Instant now = clock.instant();
        ValidAllegation valid = validator.validate(input, LocalDate.now(clock));
        if (!valid.mission().equals(caller.mission())) {
            throw access.forbidden(AuditAction.CASE_FILED, valid.mission(),
                    "You can file cases only for your own mission (" + caller.mission() + ").");
        }
        int year = valid.facts().receivedOn().getYear();
        int number = repository.nextNumber(valid.mission(), year);
        Allegation a = new Allegation(valid.mission(), year, number, valid.facts(), now, caller.username());
        applySubjects(a, valid.subjects());
        applyVictims(a, valid.victims());
        repository.add(a);
        repository.refreshMemberStates(a.getId());
        repository.add(new CaseAssignment(a.getId(), caller.username(), CaseAssignment.Role.CONDUCT_OFFICER, null, now,
                caller.username()));
        audit.record(AuditAction.CASE_FILED, a.getReference(), AuditOutcome.ALLOWED,
                a.getSubjects().size() + " subjects, " + a.getVictims().size() + " victims");
        LOG.info(() -> caller.username() + " filed " + a.getReference());
        return AllegationViews.details(a, caller, repository, identities, followUp);
    }

    /** Corrects the record (never its status); subjects and victims sent back with their id are kept. */
    @RolesAllowed({Role.Names.CONDUCT_OFFICER, Role.Names.CHIEF_OF_CONDUCT})
    public AllegationDetails correctAllegation(String reference, AllegationInput input, Long version) {
        CallerScope caller = currentUser.scope();
        Allegation a = access.visible(reference, caller, AuditAction.CASE_CORRECTED);
        CaseEntitlements may = entitlements(a, caller);
        if (!may.edit()) {
            throw access.forbidden(AuditAction.CASE_CORRECTED, reference, "Only the chief of conduct or an officer assigned to "
                    + reference + " may correct it.");
        }
        requireVersion(a, version);
        ValidAllegation valid = validator.validate(input, LocalDate.now(clock));
        List<FieldError> errors = new ArrayList<>();
        if (!valid.mission().equals(a.getMissionCode())) {
            errors.add(new FieldError("mission", "the mission of a case cannot change", "mission.fixed"));
        }
        Map<Long, Subject> subjects = a.getSubjects().stream().collect(Collectors.toMap(Subject::getId, Function.identity()));
        Map<Long, Victim> victims = a.getVictims().stream().collect(Collectors.toMap(Victim::getId, Function.identity()));
        for (int i = 0; i < valid.subjects().size(); i++) {
            Long id = valid.subjects().get(i).id();
            if (id != null && !subjects.containsKey(id)) {
                errors.add(new FieldError("subjects[" + i + "].id", "no subject " + id + " in this case", "id.unknown"));
            }
        }
        for (int i = 0; i < valid.victims().size(); i++) {
            Long id = valid.victims().get(i).id();
            if (id != null && !victims.containsKey(id)) {
                errors.add(new FieldError("victims[" + i + "].id", "no victim " + id + " in this case", "id.unknown"));
            }
        }
        refuseRemovingSubjectsInFollowUp(a, valid, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        Instant now = clock.instant();
        a.correct(valid.facts(), now, caller.username());
        List<Subject> keptSubjects = new ArrayList<>();
        for (ValidAllegation.ValidSubject s : valid.subjects()) {
            Subject subject = s.id() == null ? a.addSubject() : subjects.get(s.id());
            identities.setSubject(subject, s);
            keptSubjects.add(subject);
        }
        a.retainSubjects(keptSubjects);
        List<Victim> keptVictims = new ArrayList<>();
        for (ValidAllegation.ValidVictim v : valid.victims()) {
            Victim victim = v.id() == null ? a.addVictim() : victims.get(v.id());
            identities.setVictim(victim, v);
            keptVictims.add(victim);
        }
        a.retainVictims(keptVictims);
        repository.add(a);
        repository.refreshMemberStates(a.getId());
        audit.record(AuditAction.CASE_CORRECTED, reference, AuditOutcome.ALLOWED, "version " + version + " corrected"
                + changes("subject", subjects.keySet(), keptSubjects.stream().map(Subject::getId).toList())
                + changes("victim", victims.keySet(), keptVictims.stream().map(Victim::getId).toList()));
        LOG.info(() -> caller.username() + " corrected " + reference);
        return AllegationViews.details(a, caller, repository, identities, followUp);
    }

    /** ", subjects added: 1, removed: 2 (ids 7, 9)" (ids only, never identities), or nothing when none changed. */
    static String changes(String what, java.util.Collection<Long> before, List<Long> after) {
        long added = after.stream().filter(id -> !before.contains(id)).count();
        List<Long> removed = before.stream().filter(id -> !after.contains(id)).sorted().toList();
        if (added == 0 && removed.isEmpty()) {
            return "";
        }
        return ", " + what + "s added: " + added + ", removed: " + removed.size()
                + (removed.isEmpty() ? "" : " (ids " + removed.stream().map(String::valueOf)
                .collect(Collectors.joining(", ")) + ")");
    }

    /**
     * A correction may add and drop subjects and victims, but not drop a subject the follow-up
     * names (an investigation, an action, a criminal referral): the finding or the measure would
     * lose the person it is about. Such a subject stays and is corrected instead. A file about a
     * dropped subject stays on the case, about no subject (and so withheld from liaisons);
     * victim support keeps its claims and referrals (they hold no foreign key, by design).
     */
    private void refuseRemovingSubjectsInFollowUp(Allegation a, ValidAllegation valid, List<FieldError> errors) {
        java.util.Set<Long> kept = valid.subjects().stream().map(ValidAllegation.ValidSubject::id)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        List<Subject> stored = a.getSubjects();
        if (stored.stream().allMatch(s -> kept.contains(s.getId()))) {
            return;
        }
        java.util.Set<Long> named = AllegationViews.subjectsInFollowUp(followUp, a.getId());
        for (int i = 0; i < stored.size(); i++) {
            Long id = stored.get(i).getId();
            if (!kept.contains(id) && named.contains(id)) {
                errors.add(new FieldError("subjects", "subject " + (i + 1) + " (id " + id + ") is named in an investigation, "
                        + "an action or a criminal referral and cannot be removed; correct it instead", "subject.inFollowUp"));
            }
        }
    }

    /** Moves the case along its lifecycle (409 when the transition is not allowed from the current status). */
    @RolesAllowed({Role.Names.CONDUCT_OFFICER, Role.Names.CHIEF_OF_CONDUCT, Role.Names.HQ_CONDUCT})
    public AllegationDetails changeStatus(String reference, String status, String reason, Long version) {
        CallerScope caller = currentUser.scope();
        Allegation a = access.visible(reference, caller, AuditAction.STATUS_CHANGED);
        List<FieldError> errors = new ArrayList<>();
        AllegationStatus target = null;
        try {
            target = status == null ? null : AllegationStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("status", "unknown status '" + status + "'", "code.unknown"));
        }
        if (status == null) {
            errors.add(new FieldError("status", "is required", "required"));
        }
        if (version == null) {
            errors.add(new FieldError("version", "is required", "required"));
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (target != null && target.requiresReason() && why == null) {
            errors.add(new FieldError("reason", "is required to close a case under other circumstances", "reason.required"));
        }
        if (why != null && why.length() > 2000) {
            errors.add(new FieldError("reason", "must be at most 2000 characters", "tooLong"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        if (!entitlements(a, caller).changeStatusTo(target)) {
            throw access.forbidden(AuditAction.STATUS_CHANGED, reference, target == AllegationStatus.CLOSED_OTHER
                    ? "Only the chief of conduct or HQ may close a case under other circumstances."
                    : "Only the chief of conduct or an officer assigned to " + reference + " may change its status.");
        }
        requireVersion(a, version);
        AllegationStatus from = a.getStatus();
        a.changeStatus(target, why, AllegationViews.completedFindings(followUp, a.getId()), clock.instant(),
                caller.username());
        repository.add(a);
        audit.record(AuditAction.STATUS_CHANGED, reference, AuditOutcome.ALLOWED, from + " -> " + target);
        AllegationStatus to = target;
        LOG.info(() -> caller.username() + " moved " + reference + " to " + to);
        return AllegationViews.details(a, caller, repository, identities, followUp);
    }

    /** The mission's chief assigns a conduct officer of the mission, or an investigator, to the case. */
    @RolesAllowed(Role.Names.CHIEF_OF_CONDUCT)
    public AllegationDetails.AssignmentView assign(String reference, String username, String role, Long investigationId) {
        CallerScope caller = currentUser.scope();
        Allegation a = access.visible(reference, caller, AuditAction.ASSIGNED);
        if (!entitlements(a, caller).assign()) {
            throw access.forbidden(AuditAction.ASSIGNED, reference, "Only the chief of conduct of " + a.getMissionCode()
                    + " may assign officers.");
        }
        List<FieldError> errors = new ArrayList<>();
        CaseAssignment.Role assignedRole = null;
        if (role == null || role.isBlank()) {
            errors.add(new FieldError("role", "is required", "required"));
        } else {
            try {
                assignedRole = CaseAssignment.Role.valueOf(role.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("role", "must be CONDUCT_OFFICER or INVESTIGATOR", "code.unknown"));
            }
        }
        var account = username == null || username.isBlank() ? java.util.Optional.<AccountDirectory.Entry>empty()
                : directory.find(username.strip());
        if (username == null || username.isBlank()) {
            errors.add(new FieldError("username", "is required", "required"));
        } else if (account.isEmpty() || !account.get().enabled()) {
            errors.add(new FieldError("username", "no active account '" + username + "'", "account.unknown"));
        } else if (assignedRole == CaseAssignment.Role.CONDUCT_OFFICER && !(account.get().roles().contains(Role.CONDUCT_OFFICER)
                && a.getMissionCode().equals(account.get().mission()))) {
            errors.add(new FieldError("username", "is not a conduct officer of " + a.getMissionCode(), "account.notOfficer"));
        } else if (assignedRole == CaseAssignment.Role.INVESTIGATOR && !account.get().roles().contains(Role.INVESTIGATOR)) {
            errors.add(new FieldError("username", "is not an investigator", "account.notInvestigator"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        if (repository.assignment(a.getId(), username.strip()).isPresent()) {
            throw new ConflictException(username + " is already assigned to " + reference + ".");
        }
        CaseAssignment assignment = new CaseAssignment(a.getId(), username.strip(), assignedRole, investigationId,
                clock.instant(), caller.username());
        repository.add(assignment);
        audit.record(AuditAction.ASSIGNED, reference, AuditOutcome.ALLOWED, assignment.getUsername() + " as " + assignment.getRole());
        LOG.info(() -> caller.username() + " assigned " + username + " to " + reference);
        return new AllegationDetails.AssignmentView(assignment.getUsername(), assignment.getRole().name(),
                assignment.getInvestigationId(), assignment.getAssignedAt(), assignment.getAssignedBy());
    }

    @RolesAllowed(Role.Names.CHIEF_OF_CONDUCT)
    public void endAssignment(String reference, String username) {
        CallerScope caller = currentUser.scope();
        Allegation a = access.visible(reference, caller, AuditAction.UNASSIGNED);
        if (!entitlements(a, caller).assign()) {
            throw access.forbidden(AuditAction.UNASSIGNED, reference, "Only the chief of conduct of " + a.getMissionCode()
                    + " may end assignments.");
        }
        CaseAssignment assignment = repository.assignment(a.getId(), username)
                .orElseThrow(() -> new NotFoundException(username + " is not assigned to " + reference + "."));
        repository.remove(assignment);
        audit.record(AuditAction.UNASSIGNED, reference, AuditOutcome.ALLOWED, username);
        LOG.info(() -> caller.username() + " ended the assignment of " + username + " to " + reference);
    }

    /**
     * Attaches evidence or correspondence; the type is read from the content. The file states which
     * identities it holds (absent: {@code VICTIM_IDENTITY}, the safe default) and may name the
     * subject it is about (required for {@code SUBJECT_IDENTITY}); a caller may store only a file it
     * could see itself (403 otherwise).
     */
    @RolesAllowed({Role.Names.CONDUCT_OFFICER, Role.Names.CHIEF_OF_CONDUCT})
    public AllegationDetails.AttachmentView attach(String reference, AttachFile file) {
        CallerScope caller = currentUser.scope();
        Allegation a = access.visible(reference, caller, AuditAction.ATTACHMENT_ADDED);
        CaseEntitlements may = entitlements(a, caller);
        if (!may.attach()) {
            throw access.forbidden(AuditAction.ATTACHMENT_ADDED, reference, "Only the chief of conduct or an officer assigned to "
                    + reference + " may attach files.");
        }
        List<FieldError> errors = new ArrayList<>();
        AttachmentKind attachmentKind = null;
        try {
            attachmentKind = AttachmentKind.valueOf(file.kind() == null ? "" : file.kind().strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("kind", "must be EVIDENCE or CORRESPONDENCE", "code.unknown"));
        }
        AttachmentClassification classification = AttachmentClassification.SAFE_DEFAULT;
        if (file.classification() != null && !file.classification().isBlank()) {
            try {
                classification = AttachmentClassification.valueOf(file.classification().strip());
            } catch (IllegalArgumentException e) {
                classification = null;
                errors.add(new FieldError("classification", "must be VICTIM_IDENTITY, SUBJECT_IDENTITY or NO_IDENTITY",
                        "code.unknown"));
            }
        }
        Subject subject = null;
        if (file.subjectId() != null && !file.subjectId().isBlank()) {
            String wanted = file.subjectId().strip();
            subject = a.getSubjects().stream().filter(s -> wanted.equals(String.valueOf(s.getId()))).findFirst().orElse(null);
            if (subject == null) {
                errors.add(new FieldError("subjectId", "is not a subject of " + reference, "attachment.subject.unknown"));
            }
        } else if (classification == AttachmentClassification.SUBJECT_IDENTITY) {
            errors.add(new FieldError("subjectId", "is required for a file with a subject's identity",
                    "attachment.subject.required"));
        }
        byte[] content = file.content();
        String mediaType = null;
        if (content == null || content.length == 0) {
            errors.add(new FieldError("file", "is required", "required"));
        } else if (content.length > maxAttachmentBytes) {
            errors.add(new FieldError("file", "is larger than " + maxAttachmentBytes + " bytes", "file.tooLarge"));
        } else {
            mediaType = AttachmentPolicy.detect(content, file.fileName()).orElse(null);
            if (mediaType == null) {
                errors.add(new FieldError("file", "is not a PDF, an image or an office document", "file.type"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        if (!may.seesAttachment(classification, subject == null ? null : subject.getNationality())) {
            throw access.forbidden(AuditAction.ATTACHMENT_ADDED, reference, "You may not attach a file of class " + classification
                    + " that you could not see yourself.");
        }
        Attachment meta = new Attachment(a.getId(), attachmentKind, classification, subject == null ? null : subject.getId(),
                AttachmentPolicy.safeName(file.fileName()), mediaType, content.length, sha256(content), clock.instant(),
                caller.username());
        // virus-scan hook: a scanner (e.g. clamd over its socket) belongs here, before the bytes are stored
        long id = repository.addAttachment(meta, content);
        // The file name stays out of the audit trail and the log: names are identity data too.
        audit.record(AuditAction.ATTACHMENT_ADDED, reference, AuditOutcome.ALLOWED, "attachment " + id + " (" + classification
                + (meta.getSubjectId() == null ? "" : ", subject " + meta.getSubjectId()) + ", " + meta.getMediaType()
                + ", sha256 " + meta.getSha256() + ")");
        LOG.info(() -> caller.username() + " attached file " + id + " to " + reference);
        return new AllegationDetails.AttachmentView(id, meta.getKind(), meta.getClassification(), meta.getSubjectId(),
                meta.getFileName(), meta.getMediaType(), meta.getSizeBytes(), meta.getUploadedAt(), meta.getUploadedBy());
    }

    /**
     * Erases a victim's identity on request (retention): name, date of birth and contact go;
     * sex and age group stay, so the de-identified statistical record is kept. The chief of
     * conduct of the mission or a victims' rights officer may do it; the reason is audited.
     */
    @RolesAllowed({Role.Names.CHIEF_OF_CONDUCT, Role.Names.VICTIMS_RIGHTS})
    public void eraseVictimIdentity(String reference, long victimId, String reason) {
        CallerScope caller = currentUser.scope();
        Allegation a = access.visible(reference, caller, AuditAction.VICTIM_IDENTITY_ERASED);
        boolean chief = caller.has(Role.CHIEF_OF_CONDUCT) && a.getMissionCode().equals(caller.mission());
        if (!chief && !caller.has(Role.VICTIMS_RIGHTS)) {
            throw access.forbidden(AuditAction.VICTIM_IDENTITY_ERASED, reference,
                    "Only the chief of conduct of the mission or a victims' rights officer may erase an identity.");
        }
        if (reason == null || reason.isBlank()) {
            throw new ValidationFailedException(List.of(new FieldError("reason", "is required", "required")));
        }
        Victim victim = a.getVictims().stream().filter(v -> v.getId() == victimId).findFirst()
                .orElseThrow(() -> new NotFoundException("No victim " + victimId + " in " + reference + "."));
        victim.eraseIdentity();
        repository.add(a);
        identityErased.fire(new org.blueledger.allegation.domain.VictimIdentityErased(a.getId(), reference, victimId));
        audit.record(AuditAction.VICTIM_IDENTITY_ERASED, reference, AuditOutcome.ALLOWED, "victim " + victimId + ": "
                + (reason.length() > 500 ? reason.substring(0, 500) : reason.strip()));
    }

    private CaseEntitlements entitlements(Allegation a, CallerScope caller) {
        return new CaseEntitlements(caller, a.getMissionCode(),
                repository.isAssigned(a.getId(), caller.username(), CaseAssignment.Role.CONDUCT_OFFICER));
    }

    private static void requireVersion(Allegation a, Long version) {
        if (version == null) {
            throw new ValidationFailedException(List.of(new FieldError("version", "is required", "required")));
        }
        if (a.getVersion() != version) {
            throw new ConflictException("The case was changed by " + a.getModifiedBy() + " at " + a.getModifiedAt()
                    + " (version " + a.getVersion() + ", yours " + version + "); reload it and apply your change again.");
        }
    }

    private void applySubjects(Allegation a, List<ValidAllegation.ValidSubject> subjects) {
        for (ValidAllegation.ValidSubject s : subjects) {
            identities.setSubject(a.addSubject(), s);
        }
    }

    private void applyVictims(Allegation a, List<ValidAllegation.ValidVictim> victims) {
        for (ValidAllegation.ValidVictim v : victims) {
            identities.setVictim(a.addVictim(), v);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
