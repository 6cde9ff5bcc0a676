package org.blueledger.followup.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.blueledger.allegation.domain.Allegation;
import org.blueledger.allegation.service.CaseWork;
import org.blueledger.followup.domain.CriminalReferral;
import org.blueledger.allegation.domain.PersonnelCategory;
import org.blueledger.followup.domain.ReferralOutcome;
import org.blueledger.allegation.domain.Subject;
import org.blueledger.followup.persistence.CriminalReferralRepository;
import org.blueledger.audit.domain.AuditAction;
import org.blueledger.audit.domain.AuditOutcome;
import org.blueledger.platform.error.ConflictException;
import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.error.NotFoundException;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.reference.service.ReferenceData;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.CallerScope;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Referrals for criminal accountability (api.md): recorded on a case by the CHIEF_OF_CONDUCT of
 * its mission or HQ_CONDUCT; the outcome set later by them or by the MEMBER_STATE_LIAISON of the
 * state referred to, who need not otherwise see the case (a referred civilian is not a
 * uniformed national): that liaison reaches only the referrals to its own state, by the state in
 * the WHERE clause. Every change is audited with the case's reference.
 */
@Stateless
@RolesAllowed({Role.Names.CONDUCT_OFFICER, Role.Names.CHIEF_OF_CONDUCT, Role.Names.INVESTIGATOR, Role.Names.HQ_CONDUCT,
        Role.Names.MEMBER_STATE_LIAISON, Role.Names.VICTIMS_RIGHTS})
public class CriminalReferralService {

    /** A request to record a referral. */
    public record Refer(Long subjectId, String referredTo, String referredOn) {
    }

    /** A request to record what came of a referral, with the version read. */
    public record RecordOutcome(String outcome, String outcomeOn, Long version) {
    }

    @Inject
    CriminalReferralRepository referrals;

    @Inject
    CaseWork work;

    @Inject
    ReferenceData referenceData;

    /** The referrals of a case the caller may see; a liaison sees only those to its own state. */
    public List<CriminalReferralView> ofCase(String reference) {
        CallerScope caller = work.caller();
        Allegation a = work.visible(reference, caller, AuditAction.CASE_READ);
        return referrals.ofCase(a.getId(), liaisonOnly(caller) ? caller.memberState() : null).stream()
                .map(CriminalReferralService::view).toList();
    }

    @RolesAllowed({Role.Names.CHIEF_OF_CONDUCT, Role.Names.HQ_CONDUCT})
    public CriminalReferralView refer(String reference, Refer in) {
        CallerScope caller = work.caller();
        Allegation a = work.visible(reference, caller, AuditAction.CRIMINAL_REFERRAL_RECORDED);
        List<FieldError> errors = new ArrayList<>();
        if (in == null) {
            throw new ValidationFailedException(List.of(new FieldError("body", "is required", "required")));
        }
        Subject subject = null;
        if (in.subjectId() == null) {
            errors.add(new FieldError("subjectId", "is required", "required"));
        } else {
            subject = a.getSubjects().stream().filter(s -> s.getId().equals(in.subjectId())).findFirst().orElse(null);
            if (subject == null) {
                errors.add(new FieldError("subjectId", "no subject " + in.subjectId() + " in this case", "id.unknown"));
            } else if (subject.getPersonnelCategory() == PersonnelCategory.MILITARY_CONTINGENT
                    || subject.getPersonnelCategory() == PersonnelCategory.FORMED_POLICE_UNIT) {
                errors.add(new FieldError("subjectId", "contingent members fall under their state's exclusive jurisdiction; "
                        + "only UN officials and experts on mission are referred", "referral.contingent"));
            }
        }
        String state = in.referredTo() == null ? null : in.referredTo().strip();
        if (state == null || state.isEmpty()) {
            errors.add(new FieldError("referredTo", "is required", "required"));
        } else if (!state.matches("[A-Z]{3}") || !referenceData.countryExists(state)) {
            errors.add(new FieldError("referredTo", "must be an ISO 3166 alpha-3 country code in upper case", "country.unknown"));
        } else if (subject != null && subject.getNationality() != null && !subject.getNationality().equals(state)) {
            errors.add(new FieldError("referredTo", "a referral goes to the subject's state of nationality ("
                    + subject.getNationality() + ")", "referral.nationality"));
        }
        LocalDate on = date(in.referredOn(), "referredOn", true, errors);
        if (on != null && on.isBefore(a.getReceivedOn())) {
            errors.add(new FieldError("referredOn", "may not lie before the report was received (" + a.getReceivedOn() + ")",
                    "referral.beforeReceipt"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        if (referrals.exists(subject.getId(), state)) {
            throw new ConflictException("This subject has already been referred to " + state + ".");
        }
        CriminalReferral r = new CriminalReferral(a.getId(), subject.getId(), state, on, work.now(), caller.username());
        try {
            referrals.persist(r);
        } catch (PersistenceException e) {
            throw new ConflictException("This subject has already been referred to " + state + ".");
        }
        work.record(AuditAction.CRIMINAL_REFERRAL_RECORDED, reference, AuditOutcome.ALLOWED,
                "subject " + subject.getId() + " referred to " + state + " on " + on);
        return view(r);
    }

    @RolesAllowed({Role.Names.CHIEF_OF_CONDUCT, Role.Names.HQ_CONDUCT, Role.Names.MEMBER_STATE_LIAISON})
    public CriminalReferralView recordOutcome(String reference, long id, RecordOutcome in) {
        CallerScope caller = work.caller();
        CriminalReferral r;
        if (caller.hasAny(Role.CHIEF_OF_CONDUCT, Role.HQ_CONDUCT)) {
            work.visible(reference, caller, AuditAction.CRIMINAL_REFERRAL_OUTCOME);
            r = referrals.find(reference, id, null).orElse(null);
        } else {
            r = caller.memberState() == null ? null : referrals.find(reference, id, caller.memberState()).orElse(null);
        }
        if (r == null) {
            work.recordIndependently(AuditAction.CRIMINAL_REFERRAL_OUTCOME, reference, AuditOutcome.DENIED,
                    "no referral " + id + " the caller may reach (404)");
            throw new NotFoundException("No referral " + id + " on case " + reference + ".");
        }
        if (in == null) {
            throw new ValidationFailedException(List.of(new FieldError("body", "is required", "required")));
        }
        List<FieldError> errors = new ArrayList<>();
        ReferralOutcome outcome = null;
        if (in.outcome() == null || in.outcome().isBlank()) {
            errors.add(new FieldError("outcome", "is required", "required"));
        } else {
            try {
                outcome = ReferralOutcome.valueOf(in.outcome().strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("outcome", "must be one of PENDING, PROSECUTED, CONVICTED, ACQUITTED, NO_ACTION, "
                        + "UNKNOWN", "code.unknown"));
            }
        }
        LocalDate on = date(in.outcomeOn(), "outcomeOn", false, errors);
        if (on != null && on.isBefore(r.getReferredOn())) {
            errors.add(new FieldError("outcomeOn", "may not lie before the referral (" + r.getReferredOn() + ")",
                    "referral.outcomeBeforeReferral"));
        }
        if (in.version() == null) {
            errors.add(new FieldError("version", "is required: send the version you read", "required"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        if (in.version() != r.getVersion()) {
            throw new ConflictException("The referral was changed by someone else meanwhile; read it again and resend "
                    + "your change with the new version.");
        }
        r.recordOutcome(outcome, on, work.now(), caller.username());
        try {
            referrals.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("The referral was changed by someone else meanwhile.");
        }
        work.record(AuditAction.CRIMINAL_REFERRAL_OUTCOME, reference, AuditOutcome.ALLOWED,
                "referral " + id + " to " + r.getReferredTo() + ": " + outcome + (on == null ? "" : " on " + on));
        return view(r);
    }

    static boolean liaisonOnly(CallerScope caller) {
        return caller.has(Role.MEMBER_STATE_LIAISON) && !caller.hasAny(Role.CONDUCT_OFFICER, Role.CHIEF_OF_CONDUCT,
                Role.INVESTIGATOR, Role.HQ_CONDUCT, Role.VICTIMS_RIGHTS);
    }

    static CriminalReferralView view(CriminalReferral r) {
        return new CriminalReferralView(r.getId(), r.getVersion(), r.getSubjectId(), r.getReferredTo(), r.getReferredOn(),
                r.getOutcome().name(), r.getOutcomeOn());
    }

    private LocalDate date(String value, String field, boolean required, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "is required", "required"));
            }
            return null;
        }
        try {
            if (!value.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("format", value, 0);
            }
            LocalDate d = LocalDate.parse(value.strip());
            if (d.isAfter(work.today())) {
                errors.add(new FieldError(field, "must not be in the future", "date.future"));
            } else if (d.isBefore(LocalDate.of(1948, 1, 1))) {
                errors.add(new FieldError(field, "must not lie before 1948-01-01", "date.tooEarly"));
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date YYYY-MM-DD", "date.format"));
            return null;
        }
    }
}
