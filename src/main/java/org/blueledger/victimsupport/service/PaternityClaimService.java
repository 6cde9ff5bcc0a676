package org.blueledger.victimsupport.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.blueledger.allegation.domain.Allegation;
import org.blueledger.allegation.domain.Subject;
import org.blueledger.allegation.domain.Victim;
import org.blueledger.deadline.domain.WorkingCalendar;
import org.blueledger.deadline.service.Holidays;
import org.blueledger.allegation.service.IdentityCipher;
import org.blueledger.allegation.service.CaseWork;
import org.blueledger.audit.domain.AuditAction;
import org.blueledger.audit.domain.AuditOutcome;
import org.blueledger.platform.error.ConflictException;
import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.error.ForbiddenException;
import org.blueledger.platform.error.NotFoundException;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.CallerScope;
import org.blueledger.victimsupport.domain.ClaimStatus;
import org.blueledger.victimsupport.domain.ClaimStep;
import org.blueledger.victimsupport.domain.Party;
import org.blueledger.victimsupport.domain.CaseLink;
import org.blueledger.victimsupport.domain.PaternityClaim;
import org.blueledger.victimsupport.persistence.ClaimRepository;
import org.blueledger.victimsupport.persistence.SupportScope;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Paternity and child-support claims (api.md "Victim support"): opened by a victims' rights
 * officer on a case in its scope; read by victims' rights officers (with identities), HQ
 * (without) and the liaison of the alleged father's state (its nationals' claims, without
 * identities); steps recorded by victims' rights officers (all) and that liaison (its state's).
 * Anyone else finds no claim (404). Each method is one transaction: scope (404), role (403),
 * fields (400), version and lifecycle (409), then the change and its audit entry.
 */
@Stateless
@PermitAll
public class PaternityClaimService {

    public static final int MAX_SIZE = 200;

    @Inject
    CaseWork work;

    @Inject
    ClaimRepository claims;

    @Inject
    ChildIdentityCipher children;

    @Inject
    IdentityCipher identities;

    @Inject
    Holidays holidays;

    @RolesAllowed(Role.Names.VICTIMS_RIGHTS)
    public ClaimView openClaim(String reference, OpenClaim cmd) {
        CallerScope caller = work.caller();
        Allegation a = work.visible(reference, caller, AuditAction.PATERNITY_CLAIM_OPENED);
        LocalDate today = work.today();
        List<FieldError> errors = new ArrayList<>();
        Checks.required(cmd.victimId(), "victimId", errors);
        Checks.required(cmd.subjectId(), "subjectId", errors);
        Checks.required(cmd.receivedOn(), "receivedOn", errors);
        Checks.pastDate(cmd.receivedOn(), "receivedOn", today, errors);
        Checks.required(cmd.claimant(), "claimant", errors);
        Checks.required(cmd.childSex(), "child.sex", errors);
        Checks.maxLength(cmd.childName(), 200, "child.name", errors);
        Checks.pastDate(cmd.childDateOfBirth(), "child.dateOfBirth", today, errors);
        Optional<Victim> victim = a.getVictims().stream().filter(v -> v.getId().equals(cmd.victimId())).findFirst();
        if (cmd.victimId() != null && victim.isEmpty()) {
            errors.add(new FieldError("victimId", "is not a victim of " + reference, "claim.victimNotOnCase"));
        }
        Optional<Subject> subject = a.getSubjects().stream().filter(s -> s.getId().equals(cmd.subjectId())).findFirst();
        if (cmd.subjectId() != null && subject.isEmpty()) {
            errors.add(new FieldError("subjectId", "is not a subject of " + reference, "claim.subjectNotOnCase"));
        } else if (subject.isPresent() && subject.get().getNationality() == null) {
            errors.add(new FieldError("subjectId", "the alleged father has no nationality on record, so no state "
                    + "can be notified", "claim.subjectWithoutNationality"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        Instant now = work.now();
        PaternityClaim c = new PaternityClaim(new CaseLink(a.getId(), a.getReference(), a.getMissionCode(),
                cmd.victimId(), cmd.subjectId(), subject.get().getNationality()), cmd.receivedOn(),
                notificationDue(cmd.receivedOn()), cmd.claimant(), cmd.childSex(),
                children.encryptName(Checks.strip(cmd.childName())), children.encryptDateOfBirth(cmd.childDateOfBirth()),
                now, caller.username());
        claims.add(c);
        work.record(AuditAction.PATERNITY_CLAIM_OPENED, a.getReference(), AuditOutcome.ALLOWED, "claim " + c.getId()
                + " for victim " + cmd.victimId() + " against subject " + cmd.subjectId() + " (" + c.getMemberState() + ")");
        return view(c, caller, victim.get(), work.today());
    }

    @RolesAllowed({Role.Names.VICTIMS_RIGHTS, Role.Names.MEMBER_STATE_LIAISON, Role.Names.HQ_CONDUCT})
    public ClaimView recordStep(long id, RecordStep cmd) {
        CallerScope caller = work.caller();
        PaternityClaim c = visible(id, caller, AuditAction.PATERNITY_CLAIM_STEP);
        boolean victimsRights = entitledToIdentity(caller, c);
        if (!victimsRights) {
            if (!caller.has(Role.MEMBER_STATE_LIAISON)) {
                throw forbidden(c, "Only a victims' rights officer or the liaison of the alleged father's state records "
                        + "the steps of a claim.");
            }
            if (cmd.step() != null && !ClaimStep.MEMBER_STATE_STEPS.contains(cmd.step())) {
                throw forbidden(c, "A member state's liaison records only its state's steps, not " + cmd.step() + ".");
            }
            if (cmd.step() == ClaimStep.DNA_SAMPLE_COLLECTED && cmd.by() == Party.UN) {
                throw forbidden(c, "A member state's liaison records only a DNA sample its state collected.");
            }
        }
        Party by = cmd.by() == null && !victimsRights && cmd.step() == ClaimStep.DNA_SAMPLE_COLLECTED
                ? Party.MEMBER_STATE : cmd.by();
        LocalDate today = work.today();
        List<FieldError> errors = StepRules.problems(cmd, by, c.getReceivedOn(), today);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        if (c.getVersion() != cmd.version()) {
            throw new ConflictException("The claim was changed by " + c.getModifiedBy() + " at " + c.getModifiedAt()
                    + " (version " + c.getVersion() + ", yours " + cmd.version() + "); reload it and apply your change again.");
        }
        String result = Checks.strip(cmd.result());
        c.record(cmd.step(), cmd.on(), by, result, cmd.amount(), Checks.strip(cmd.currency()), work.now(),
                caller.username());
        claims.flush();
        work.record(AuditAction.PATERNITY_CLAIM_STEP, c.getCaseReference(), AuditOutcome.ALLOWED, "claim " + id + ": "
                + cmd.step() + " on " + cmd.on() + " (now " + c.getStatus() + ")");
        return view(c, caller, victimsRights ? claims.victim(c.getVictimId()).orElse(null) : null, today);
    }

    /** One claim as the caller may see it; the read, and whether it disclosed identities, are audited with the case. */
    public ClaimView claim(long id) {
        CallerScope caller = work.caller();
        PaternityClaim c = visible(id, caller, AuditAction.PATERNITY_CLAIM_READ);
        boolean identity = entitledToIdentity(caller, c);
        ClaimView v = view(c, caller, identity ? claims.victim(c.getVictimId()).orElse(null) : null, work.today());
        work.record(AuditAction.PATERNITY_CLAIM_READ, c.getCaseReference(), AuditOutcome.ALLOWED, "claim " + id
                + "; identities shown: " + (identity ? "claimant, child" : "none"));
        return v;
    }

    /**
     * A page of the claims in the caller's scope, newest first. A caller with no claim scope at all
     * gets a 404. Each case whose identities the page shows gets an audit entry.
     */
    public ClaimPage claims(ClaimStatus status, String memberState, String reference, int page, int size) {
        CallerScope caller = work.caller();
        SupportScope scope = SupportScope.claims(caller, "c");
        if (scope.isNothing()) {
            work.recordIndependently(AuditAction.PATERNITY_CLAIMS_LISTED, "paternity-claims", AuditOutcome.DENIED,
                    "no claim in the caller's scope (answered 404)");
            throw new NotFoundException("No paternity claims.");
        }
        int s = Math.max(1, Math.min(MAX_SIZE, size));
        List<PaternityClaim> rows = claims.page(scope, status, memberState, reference, Math.max(0, page), s);
        long total = claims.count(scope, status, memberState, reference);
        List<Long> entitled = rows.stream().filter(c -> entitledToIdentity(caller, c)).map(PaternityClaim::getVictimId).toList();
        Map<Long, Victim> victims = claims.victims(entitled);
        LocalDate today = work.today();
        List<ClaimView> items = new ArrayList<>();
        Map<String, List<Long>> disclosed = new LinkedHashMap<>();
        for (PaternityClaim c : rows) {
            boolean identity = entitledToIdentity(caller, c);
            items.add(view(c, caller, identity ? victims.get(c.getVictimId()) : null, today));
            if (identity) {
                disclosed.computeIfAbsent(c.getCaseReference(), k -> new ArrayList<>()).add(c.getId());
            }
        }
        disclosed.forEach((ref, ids) -> work.record(AuditAction.PATERNITY_CLAIM_READ, ref, AuditOutcome.ALLOWED,
                "claims " + ids + " listed; identities shown: claimant, child"));
        if (disclosed.isEmpty()) {
            work.record(AuditAction.PATERNITY_CLAIMS_LISTED, "paternity-claims", AuditOutcome.ALLOWED,
                    rows.size() + " of " + total + " claims; identities shown: none");
        }
        return new ClaimPage(items, total, Math.max(0, page), s);
    }

    /** Due date of the UN's notification of the state: the rule UN_NOTIFIES_PATERNITY_CLAIM from the day of receipt. */
    LocalDate notificationDue(LocalDate receivedOn) {
        Object[] rule = claims.notificationRule();
        return holidays.calendar().due(receivedOn, ((Number) rule[0]).intValue(),
                WorkingCalendar.Unit.valueOf((String) rule[1]));
    }

    static boolean entitledToIdentity(CallerScope caller, PaternityClaim c) {
        return ClaimViews.entitledToIdentity(caller, c);
    }

    private PaternityClaim visible(long id, CallerScope caller, AuditAction action) {
        return claims.findVisible(id, SupportScope.claims(caller, "c")).orElseThrow(() -> {
            Optional<String> ref = claims.caseReferenceOf(id);
            work.recordIndependently(action, ref.orElse("paternity-claims/" + id), AuditOutcome.DENIED,
                    "claim " + id + (ref.isPresent() ? ": outside the caller's scope (answered 404)" : ": no such claim (404)"));
            return new NotFoundException("No paternity claim " + id + ".");
        });
    }

    private ForbiddenException forbidden(PaternityClaim c, String message) {
        work.recordIndependently(AuditAction.PATERNITY_CLAIM_STEP, c.getCaseReference(), AuditOutcome.DENIED,
                "claim " + c.getId() + ": " + message);
        return new ForbiddenException(message);
    }

    private ClaimView view(PaternityClaim c, CallerScope caller, Victim victim, LocalDate today) {
        return ClaimViews.view(c, caller, victim, today, identities, children);
    }
}
