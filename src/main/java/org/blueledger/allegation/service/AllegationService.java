package org.blueledger.allegation.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.blueledger.allegation.domain.Allegation;
import org.blueledger.allegation.domain.CaseAssignment;
import org.blueledger.allegation.domain.Subject;
import org.blueledger.allegation.domain.Victim;
import org.blueledger.allegation.persistence.AllegationRepository;
import org.blueledger.audit.domain.AuditAction;
import org.blueledger.audit.domain.AuditOutcome;
import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.error.NotFoundException;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.CallerScope;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The case record's use cases: intake, correction and the erasure of a victim's identity (the
 * status changes are {@link CaseStatusService}'s, assignments {@link CaseAssignmentService}'s,
 * attachments {@link CaseAttachmentService}'s). Each method is one transaction; the case is
 * opened through the gate with the caller's entitlements ({@link CaseAccess#open}), checked
 * before any change.
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
    CaseWork work;

    @Inject
    IdentityCipher identities;

    @Inject
    jakarta.enterprise.event.Event<org.blueledger.allegation.domain.VictimIdentityErased> identityErased;

    /** Files a new report for the caller's own mission; the filer is assigned to it. */
    @RolesAllowed({Role.Names.CONDUCT_OFFICER, Role.Names.CHIEF_OF_CONDUCT})
    public AllegationDetails fileAllegation(AllegationInput input) {
        CallerScope caller = work.caller();
        Instant now = work.now();
        ValidAllegation valid = validator.validate(input, work.today());
        if (!valid.mission().equals(caller.mission())) {
            throw work.forbidden(AuditAction.CASE_FILED, valid.mission(),
                    "You can file cases only for your own mission (" + caller.mission() + ").");
        }
        Allegation a = new Allegation(valid.mission(), valid.facts().receivedOn().getYear(), valid.facts(), now,
                caller.username());
        applySubjects(a, valid.subjects());
        applyVictims(a, valid.victims());
        repository.add(a);
        repository.refreshMemberStates(a.getId());
        repository.add(new CaseAssignment(a.getId(), caller.username(), CaseAssignment.Role.CONDUCT_OFFICER, null, now,
                caller.username()));
        AllegationDetails filed = AllegationViews.details(work.opened(a, caller), repository, identities, followUp);
        // last: the mission's counter row is locked from here to the commit only (V021)
        repository.number(a);
        work.record(AuditAction.CASE_FILED, a.getReference(), AuditOutcome.ALLOWED,
                a.getSubjects().size() + " subjects, " + a.getVictims().size() + " victims");
        LOG.info(() -> caller.username() + " filed " + a.getReference());
        return filed.withReference(a.getReference());
    }

    /** Corrects the record (never its status); subjects and victims sent back with their id are kept. */
    @RolesAllowed({Role.Names.CONDUCT_OFFICER, Role.Names.CHIEF_OF_CONDUCT})
    public AllegationDetails correctAllegation(CorrectAllegation command) {
        String reference = command.reference();
        AllegationInput input = command.input();
        Long version = command.version();
        CallerScope caller = work.caller();
        OpenedCase opened = work.open(reference, caller, AuditAction.CASE_CORRECTED);
        Allegation a = opened.allegation();
        if (!opened.may().edit()) {
            throw work.forbidden(AuditAction.CASE_CORRECTED, reference, "Only the chief of conduct or an officer assigned to "
                    + reference + " may correct it.");
        }
        opened.requireVersion(version);
        ValidAllegation valid = validator.validate(input, work.today());
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
        Instant now = work.now();
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
        work.record(AuditAction.CASE_CORRECTED, reference, AuditOutcome.ALLOWED, "version " + version + " corrected"
                + changes("subject", subjects.keySet(), keptSubjects.stream().map(Subject::getId).toList())
                + changes("victim", victims.keySet(), keptVictims.stream().map(Victim::getId).toList()));
        LOG.info(() -> caller.username() + " corrected " + reference);
        return AllegationViews.details(opened, repository, identities, followUp);
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

    /**
     * Erases a victim's identity on request (retention): name, date of birth and contact go;
     * sex and age group stay, so the de-identified statistical record is kept. The chief of
     * conduct of the mission or a victims' rights officer may do it; the reason is audited.
     */
    @RolesAllowed({Role.Names.CHIEF_OF_CONDUCT, Role.Names.VICTIMS_RIGHTS})
    public void eraseVictimIdentity(String reference, long victimId, String reason) {
        CallerScope caller = work.caller();
        OpenedCase opened = work.open(reference, caller, AuditAction.VICTIM_IDENTITY_ERASED);
        Allegation a = opened.allegation();
        if (!opened.may().erasesVictimIdentity()) {
            throw work.forbidden(AuditAction.VICTIM_IDENTITY_ERASED, reference,
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
        work.record(AuditAction.VICTIM_IDENTITY_ERASED, reference, AuditOutcome.ALLOWED, "victim " + victimId + ": "
                + (reason.length() > 500 ? reason.substring(0, 500) : reason.strip()));
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
}
