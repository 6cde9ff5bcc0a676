package org.blueledger.followup.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.blueledger.followup.domain.ActionAuthority;
import org.blueledger.followup.domain.ActionStage;
import org.blueledger.allegation.domain.AgeGroup;
import org.blueledger.allegation.domain.Allegation;
import org.blueledger.followup.domain.CaseAction;
import org.blueledger.followup.domain.FollowUpKind;
import org.blueledger.followup.domain.NotificationFollowUp;
import org.blueledger.followup.domain.InvestigatingEntity;
import org.blueledger.followup.domain.Investigation;
import org.blueledger.allegation.domain.InvestigationFinding;
import org.blueledger.allegation.domain.MisconductKind;
import org.blueledger.followup.domain.Notification;
import org.blueledger.allegation.domain.Subject;
import org.blueledger.deadline.service.DeadlineRules;
import org.blueledger.deadline.service.Holidays;
import org.blueledger.allegation.service.AllegationDetails;
import org.blueledger.allegation.service.CaseAccess;
import org.blueledger.allegation.service.CaseEntitlements;
import org.blueledger.allegation.service.Cases;
import org.blueledger.followup.persistence.FollowUpRepository;
import org.blueledger.audit.domain.AuditAction;
import org.blueledger.audit.domain.AuditOutcome;
import org.blueledger.audit.service.AuditLog;
import org.blueledger.platform.error.ConflictException;
import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.error.NotFoundException;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.reference.service.ReferenceData;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.CallerScope;
import org.blueledger.security.service.CurrentUser;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The follow-up of a case (api.md "Investigations, notifications, actions"): investigations with
 * their due dates and findings, notes verbales to member states and their answers, and the
 * actions taken on subjects. Deadlines come from the rules in reference data.
 */
@Stateless
@RolesAllowed({Role.Names.CONDUCT_OFFICER, Role.Names.CHIEF_OF_CONDUCT, Role.Names.HQ_CONDUCT, Role.Names.INVESTIGATOR,
        Role.Names.MEMBER_STATE_LIAISON})
public class FollowUpService {

    @Inject
    FollowUpRepository repository;

    @Inject
    Cases cases;

    @Inject
    CaseAccess access;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    ReferenceData referenceData;

    @Inject
    Holidays holidays;

    @Inject
    DeadlineRules deadlineRules;

    @Inject
    Clock clock;

    /** An assigned conduct officer or the mission's chief opens an investigation; its due date follows the rules. */
    @RolesAllowed({Role.Names.CONDUCT_OFFICER, Role.Names.CHIEF_OF_CONDUCT})
    public AllegationDetails.InvestigationView startInvestigation(String reference, String entity, String startedOn, List<Long> subjectIds) {
        CallerScope caller = currentUser.scope();
        Allegation a = access.visible(reference, caller, AuditAction.INVESTIGATION_STARTED);
        if (!may(a, caller).edit()) {
            throw access.forbidden(AuditAction.INVESTIGATION_STARTED, reference,
                    "Only the chief of conduct or an officer assigned to " + reference + " may open an investigation.");
        }
        List<FieldError> errors = new ArrayList<>();
        InvestigatingEntity who = code(InvestigatingEntity.class, entity, "entity", errors);
        LocalDate start = date(startedOn, "startedOn", errors);
        if (start != null && start.isBefore(a.getReceivedOn())) {
            errors.add(new FieldError("startedOn", "cannot precede the date the report was received (" + a.getReceivedOn() + ")", "date.tooEarly"));
        }
        Set<Long> known = new HashSet<>();
        a.getSubjects().forEach(s -> known.add(s.getId()));
        List<Long> ids = subjectIds == null ? List.of() : subjectIds;
        for (int i = 0; i < ids.size(); i++) {
            if (!known.contains(ids.get(i))) {
                errors.add(new FieldError("subjectIds[" + i + "]", "no subject " + ids.get(i) + " in this case", "id.unknown"));
            }
        }
        fail(errors);
        boolean minor = a.getVictims().stream().anyMatch(v -> v.getAgeGroup() == AgeGroup.MINOR);
        String rule = a.getKind() == MisconductKind.SEA ? (minor ? "SEA_INVESTIGATION_MINOR_VICTIM" : "SEA_INVESTIGATION")
                : "OTHER_INVESTIGATION";
        Investigation inv = new Investigation(a.getId(), who, start, due(start, rule), new HashSet<>(ids), clock.instant(),
                caller.username());
        repository.persist(inv);
        audit.record(AuditAction.INVESTIGATION_STARTED, reference, AuditOutcome.ALLOWED, who + ", due " + inv.getDueOn());
        return FollowUpViews.view(inv);
    }

    /** Records an investigation's finding: its assigned investigator, the chief, HQ, or (NIO) the liaison of the subjects' state. */
    @RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.CHIEF_OF_CONDUCT, Role.Names.HQ_CONDUCT, Role.Names.MEMBER_STATE_LIAISON})
    public AllegationDetails.InvestigationView completeInvestigation(String reference, long investigationId, String completedOn,
                                                                    String finding, Long version) {
        CallerScope caller = currentUser.scope();
        Allegation a = access.visible(reference, caller, AuditAction.INVESTIGATION_COMPLETED);
        Investigation inv = repository.investigations(a.getId()).stream().filter(i -> i.getId() == investigationId)
                .findFirst().orElseThrow(() -> new NotFoundException("No investigation " + investigationId + " in " + reference + "."));
        // (whether the caller is the assigned conduct officer plays no part in this rule)
        boolean allowed = new CaseEntitlements(caller, a.getMissionCode(), false).recordsFinding(
                inv.getEntity() == InvestigatingEntity.MEMBER_STATE_NIO,
                caller.has(Role.INVESTIGATOR) && cases.isAssignedInvestigator(a.getId(), caller.username(), inv.getId()),
                FollowUpViews.investigatedNationalities(a, inv));
        if (!allowed) {
            throw access.forbidden(AuditAction.INVESTIGATION_COMPLETED, reference, "You may not record the finding of this investigation.");
        }
        List<FieldError> errors = new ArrayList<>();
        LocalDate on = date(completedOn, "completedOn", errors);
        InvestigationFinding result = code(InvestigationFinding.class, finding, "finding", errors);
        if (on != null && on.isBefore(inv.getStartedOn())) {
            errors.add(new FieldError("completedOn", "cannot precede the start (" + inv.getStartedOn() + ")", "date.tooEarly"));
        }
        fail(errors);
        if (version != null && version != inv.getVersion()) {
            throw new ConflictException("Investigation " + investigationId + " changed meanwhile (version " + inv.getVersion() + ").");
        }
        inv.complete(on, result);
        repository.persist(inv);
        audit.record(AuditAction.INVESTIGATION_COMPLETED, reference, AuditOutcome.ALLOWED, "investigation " + investigationId + ": " + result);
        return FollowUpViews.view(inv);
    }

    /** A note verbale to a member state: an assigned officer, the chief or HQ; the case becomes referred to the member state. */
    @RolesAllowed({Role.Names.CONDUCT_OFFICER, Role.Names.CHIEF_OF_CONDUCT, Role.Names.HQ_CONDUCT})
    public AllegationDetails.NotificationView notifyMemberState(String reference, String memberState, String sentOn, Boolean requestsNio) {
        CallerScope caller = currentUser.scope();
        Allegation a = access.visible(reference, caller, AuditAction.MEMBER_STATE_NOTIFIED);
        if (!caller.has(Role.HQ_CONDUCT) && !may(a, caller).edit()) {
            throw access.forbidden(AuditAction.MEMBER_STATE_NOTIFIED, reference,
                    "Only the chief of conduct, an assigned officer or HQ may notify a member state.");
        }
        List<FieldError> errors = new ArrayList<>();
        String state = memberState == null || memberState.isBlank() ? null : memberState.strip();
        if (state == null) {
            errors.add(new FieldError("memberState", "is required", "required"));
        } else if (!referenceData.countryExists(state)) {
            errors.add(new FieldError("memberState", "unknown country '" + state + "'; expected an ISO 3166 alpha-3 code", "country.unknown"));
        }
        LocalDate sent = date(sentOn, "sentOn", errors);
        if (requestsNio == null) {
            errors.add(new FieldError("requestsNio", "is required (true or false)", "required"));
        }
        fail(errors);
        Notification n = new Notification(a.getId(), state, sent, requestsNio, due(sent, "MEMBER_STATE_ANSWERS"),
                clock.instant(), caller.username());
        repository.persist(n);
        cases.referToMemberState(a, clock.instant(), caller.username());
        audit.record(AuditAction.MEMBER_STATE_NOTIFIED, reference, AuditOutcome.ALLOWED, state + ", answer due " + n.getResponseDueOn());
        return FollowUpViews.view(n, LocalDate.now(clock));
    }

    /** The liaison of the notified state answers: will it investigate, and who is its NIO. */
    @RolesAllowed(Role.Names.MEMBER_STATE_LIAISON)
    public AllegationDetails.NotificationView respond(long notificationId, Boolean willInvestigate, String nioName,
                                                      String respondedOn, Long version) {
        return respond(notificationId, willInvestigate, nioName, null, respondedOn, version);
    }

    /** As above, with the date the state appointed its NIO (optional; not before the note verbale, not in the future). */
    @RolesAllowed(Role.Names.MEMBER_STATE_LIAISON)
    public AllegationDetails.NotificationView respond(long notificationId, Boolean willInvestigate, String nioName,
                                                      String nioAppointedOn, String respondedOn, Long version) {
        CallerScope caller = currentUser.scope();
        Notification n = repository.notificationTo(notificationId, caller.memberState())
                .orElseThrow(() -> {
                    audit.recordIndependently(AuditAction.NOTIFICATION_ANSWERED, "notification " + notificationId, AuditOutcome.DENIED,
                            "not a notification to the caller's state (answered 404)");
                    return new NotFoundException("No notification " + notificationId + ".");
                });
        if (version != null && version != n.getVersion()) {
            throw new ConflictException("Notification " + notificationId + " changed meanwhile (version " + n.getVersion() + ").");
        }
        if (n.getAnswer() != null) {
            throw new ConflictException("Notification " + notificationId + " was already answered on " + n.getRespondedOn() + ".");
        }
        List<FieldError> errors = new ArrayList<>();
        if (willInvestigate == null) {
            errors.add(new FieldError("willInvestigate", "is required (true or false)", "required"));
        }
        LocalDate on = date(respondedOn, "respondedOn", errors);
        if (on != null && on.isBefore(n.getSentOn())) {
            errors.add(new FieldError("respondedOn", "cannot precede the note verbale (" + n.getSentOn() + ")", "date.tooEarly"));
        }
        if (nioName != null && nioName.length() > 200) {
            errors.add(new FieldError("nioName", "must be at most 200 characters", "tooLong"));
        }
        LocalDate appointed = null;
        if (nioAppointedOn != null && !nioAppointedOn.isBlank()) {
            appointed = date(nioAppointedOn, "nioAppointedOn", errors);
            if (appointed != null && appointed.isBefore(n.getSentOn())) {
                errors.add(new FieldError("nioAppointedOn", "cannot precede the note verbale (" + n.getSentOn() + ")", "date.tooEarly"));
            }
            if (nioName == null || nioName.isBlank()) {
                errors.add(new FieldError("nioName", "is required with nioAppointedOn", "nio.required"));
            }
        }
        if (Boolean.FALSE.equals(willInvestigate)) {
            // a state that declines to investigate appoints no national investigation officer
            if (nioName != null && !nioName.isBlank()) {
                errors.add(new FieldError("nioName", "must be empty when the state declines to investigate", "nio.declined"));
            }
            if (nioAppointedOn != null && !nioAppointedOn.isBlank()) {
                errors.add(new FieldError("nioAppointedOn", "must be empty when the state declines to investigate", "nio.declined"));
            }
        }
        fail(errors);
        n.answer(willInvestigate, nioName == null || nioName.isBlank() ? null : nioName.strip(), appointed, on);
        repository.persist(n);
        Allegation a = cases.byId(n.getAllegationId());
        audit.record(AuditAction.NOTIFICATION_ANSWERED, a.getReference(), AuditOutcome.ALLOWED,
                n.getMemberState() + ": " + n.getAnswer());
        return FollowUpViews.view(n, LocalDate.now(clock));
    }

    /**
     * A follow-up note verbale on a notification: a reminder to answer (only while unanswered), or
     * a request for the outcome of the investigation or for the action taken. By those who may
     * notify: an assigned officer, the chief of the mission, HQ.
     */
    @RolesAllowed({Role.Names.CONDUCT_OFFICER, Role.Names.CHIEF_OF_CONDUCT, Role.Names.HQ_CONDUCT})
    public AllegationDetails.NotificationView requestFollowUp(String reference, long notificationId, String kind,
                                                              String sentOn, String note) {
        CallerScope caller = currentUser.scope();
        Allegation a = access.visible(reference, caller, AuditAction.FOLLOW_UP_SENT);
        if (!caller.has(Role.HQ_CONDUCT) && !may(a, caller).edit()) {
            throw access.forbidden(AuditAction.FOLLOW_UP_SENT, reference,
                    "Only the chief of conduct, an assigned officer or HQ may follow up a note verbale.");
        }
        Notification n = repository.notifications(a.getId()).stream().filter(x -> x.getId() == notificationId)
                .findFirst().orElseThrow(() -> new NotFoundException("No notification " + notificationId + " in " + reference + "."));
        List<FieldError> errors = new ArrayList<>();
        FollowUpKind what = code(FollowUpKind.class, kind, "kind", errors);
        LocalDate on = date(sentOn, "sentOn", errors);
        if (on != null && on.isBefore(n.getSentOn())) {
            errors.add(new FieldError("sentOn", "cannot precede the note verbale (" + n.getSentOn() + ")", "date.tooEarly"));
        }
        if (note != null && note.length() > 500) {
            errors.add(new FieldError("note", "must be at most 500 characters", "tooLong"));
        }
        fail(errors);
        if (what == FollowUpKind.REMINDER && n.getAnswer() != null) {
            throw new ConflictException("Notification " + notificationId + " was answered on " + n.getRespondedOn()
                    + "; a reminder to answer no longer applies (request the outcome or the action instead).");
        }
        repository.persist(new NotificationFollowUp(n.getId(), what, on, note == null || note.isBlank() ? null : note.strip(),
                clock.instant(), caller.username()));
        repository.flushAndRefresh(n);
        audit.record(AuditAction.FOLLOW_UP_SENT, reference, AuditOutcome.ALLOWED, n.getMemberState() + ": " + what + " on " + on);
        return FollowUpViews.view(n, LocalDate.now(clock));
    }

    /** An action on a subject; a liaison records only its own state's final actions on its own nationals. */
    @RolesAllowed({Role.Names.CONDUCT_OFFICER, Role.Names.CHIEF_OF_CONDUCT, Role.Names.HQ_CONDUCT, Role.Names.MEMBER_STATE_LIAISON})
    public AllegationDetails.ActionView recordAction(String reference, Long subjectId, String stage, String authority, String type,
                                   String decidedOn, String details) {
        CallerScope caller = currentUser.scope();
        Allegation a = access.visible(reference, caller, AuditAction.ACTION_RECORDED);
        List<FieldError> errors = new ArrayList<>();
        ActionStage st = code(ActionStage.class, stage, "stage", errors);
        ActionAuthority by = code(ActionAuthority.class, authority, "authority", errors);
        LocalDate on = date(decidedOn, "decidedOn", errors);
        Subject subject = a.getSubjects().stream().filter(s -> s.getId().equals(subjectId)).findFirst().orElse(null);
        if (subjectId == null) {
            errors.add(new FieldError("subjectId", "is required", "required"));
        } else if (subject == null) {
            errors.add(new FieldError("subjectId", "no subject " + subjectId + " in this case", "id.unknown"));
        }
        if (type == null || type.isBlank()) {
            errors.add(new FieldError("type", "is required", "required"));
        } else {
            var known = repository.actionType(type.strip());
            if (known.isEmpty()) {
                errors.add(new FieldError("type", "unknown action type '" + type + "'", "code.unknown"));
            } else if (st != null && !st.name().equals(known.get()[0])) {
                errors.add(new FieldError("type", type + " is a " + known.get()[0] + " action", "type.mismatch"));
            } else if (by != null && !"ANY".equals(known.get()[1]) && !by.name().equals(known.get()[1])) {
                errors.add(new FieldError("type", type + " is taken by " + known.get()[1], "type.mismatch"));
            }
        }
        if (details != null && details.length() > 2000) {
            errors.add(new FieldError("details", "must be at most 2000 characters", "tooLong"));
        }
        boolean conductStaff = caller.has(Role.HQ_CONDUCT) || may(a, caller).edit();
        boolean liaisonOwn = caller.has(Role.MEMBER_STATE_LIAISON) && subject != null
                && caller.memberState() != null && caller.memberState().equals(subject.getNationality());
        if (!conductStaff && !liaisonOwn) {
            throw access.forbidden(AuditAction.ACTION_RECORDED, reference, "You may not record actions on this case.");
        }
        if (!conductStaff && (st != ActionStage.FINAL || by != ActionAuthority.MEMBER_STATE)) {
            errors.add(new FieldError("stage", "a liaison records only FINAL actions of its MEMBER_STATE", "action.liaison"));
        }
        fail(errors);
        CaseAction action = new CaseAction(a.getId(), subjectId, st, by, type.strip(), on,
                details == null || details.isBlank() ? null : details.strip(), clock.instant(), caller.username());
        repository.persist(action);
        audit.record(AuditAction.ACTION_RECORDED, reference, AuditOutcome.ALLOWED, st + " " + by + " " + type + " on subject " + subjectId);
        return FollowUpViews.view(action);
    }

    private LocalDate due(LocalDate start, String rule) {
        DeadlineRules.Rule r = deadlineRules.rule(rule);
        return holidays.calendar().due(start, r.amount(), r.unit());
    }

    private CaseEntitlements may(Allegation a, CallerScope caller) {
        return cases.entitlements(a, caller);
    }

    private LocalDate date(String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required", "required"));
            return null;
        }
        try {
            LocalDate d = org.blueledger.platform.time.IsoDates.parse(value);
            if (d.isAfter(LocalDate.now(clock))) {
                errors.add(new FieldError(field, "must not be in the future", "date.future"));
            }
            return d;
        } catch (org.blueledger.platform.time.IsoDates.InvalidDate e) {
            errors.add(new FieldError(field, e.problem().message, e.problem().code));
            return null;
        }
    }

    private static <E extends Enum<E>> E code(Class<E> type, String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required", "required"));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "unknown value '" + value + "'; expected one of "
                    + java.util.Arrays.toString(type.getEnumConstants()), "code.unknown"));
            return null;
        }
    }

    private static void fail(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
    }
}
