package org.blueledger.followup.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.blueledger.followup.domain.ActionAuthority;
import org.blueledger.followup.domain.ActionStage;
import org.blueledger.allegation.domain.Allegation;
import org.blueledger.followup.domain.CaseAction;
import org.blueledger.followup.domain.InvestigatingEntity;
import org.blueledger.followup.domain.Investigation;
import org.blueledger.allegation.domain.InvestigationFinding;
import org.blueledger.allegation.domain.Subject;
import org.blueledger.allegation.service.AllegationDetails;
import org.blueledger.allegation.service.CaseWork;
import org.blueledger.allegation.service.CaseEntitlements;
import org.blueledger.allegation.service.Cases;
import org.blueledger.allegation.service.OpenedCase;
import org.blueledger.followup.persistence.FollowUpRepository;
import org.blueledger.audit.domain.AuditAction;
import org.blueledger.audit.domain.AuditOutcome;
import org.blueledger.platform.error.ConflictException;
import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.error.NotFoundException;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.CallerScope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.blueledger.followup.service.FollowUpInput.code;
import static org.blueledger.followup.service.FollowUpInput.date;
import static org.blueledger.followup.service.FollowUpInput.dateFrom;
import static org.blueledger.followup.service.FollowUpInput.fail;
import static org.blueledger.followup.service.FollowUpInput.maxLength;
import static org.blueledger.followup.service.FollowUpInput.text;

/**
 * The follow-up of a case (api.md "Investigations, notifications, actions"): investigations with
 * their due dates and findings, notes verbales to member states and their answers, and the
 * actions taken on subjects. Deadlines come from the rules in reference data
 * ({@link FollowUpDeadlines}); the notes verbales are {@link NotificationService}'s, to which the
 * methods below hand them over (their callers stay as they were).
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
    CaseWork work;

    @Inject
    FollowUpDeadlines deadlines;

    @Inject
    NotificationService notifications;

    /** An assigned conduct officer or the mission's chief opens an investigation; its due date follows the rules. */
    @RolesAllowed({Role.Names.CONDUCT_OFFICER, Role.Names.CHIEF_OF_CONDUCT})
    public AllegationDetails.InvestigationView startInvestigation(String reference, String entity, String startedOn, List<Long> subjectIds) {
        CallerScope caller = work.caller();
        OpenedCase opened = cases.open(reference, caller, AuditAction.INVESTIGATION_STARTED);
        Allegation a = opened.allegation();
        if (!opened.may().opensInvestigation()) {
            throw work.forbidden(AuditAction.INVESTIGATION_STARTED, reference,
                    "Only the chief of conduct or an officer assigned to " + reference + " may open an investigation.");
        }
        List<FieldError> errors = new ArrayList<>();
        InvestigatingEntity who = code(InvestigatingEntity.class, entity, "entity", errors);
        LocalDate start = dateFrom(startedOn, "startedOn", today(), a.getReceivedOn(), "the date the report was received", errors);
        Set<Long> known = new HashSet<>();
        a.getSubjects().forEach(s -> known.add(s.getId()));
        List<Long> ids = subjectIds == null ? List.of() : subjectIds;
        for (int i = 0; i < ids.size(); i++) {
            if (!known.contains(ids.get(i))) {
                errors.add(new FieldError("subjectIds[" + i + "]", "no subject " + ids.get(i) + " in this case", "id.unknown"));
            }
        }
        fail(errors);
        Investigation inv = new Investigation(a.getId(), who, start, deadlines.investigationDue(a, start), new HashSet<>(ids),
                work.now(), caller.username());
        repository.persist(inv);
        work.record(AuditAction.INVESTIGATION_STARTED, reference, AuditOutcome.ALLOWED, who + ", due " + inv.getDueOn());
        return FollowUpViews.view(inv);
    }

    /** Records an investigation's finding: its assigned investigator, the chief, HQ, or (NIO) the liaison of the subjects' state. */
    @RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.CHIEF_OF_CONDUCT, Role.Names.HQ_CONDUCT, Role.Names.MEMBER_STATE_LIAISON})
    public AllegationDetails.InvestigationView completeInvestigation(String reference, long investigationId, String completedOn,
                                                                    String finding, Long version) {
        CallerScope caller = work.caller();
        Allegation a = work.visible(reference, caller, AuditAction.INVESTIGATION_COMPLETED);
        Investigation inv = repository.investigations(a.getId()).stream().filter(i -> i.getId() == investigationId)
                .findFirst().orElseThrow(() -> new NotFoundException("No investigation " + investigationId + " in " + reference + "."));
        // (whether the caller is the assigned conduct officer plays no part in this rule)
        boolean allowed = new CaseEntitlements(caller, a.getMissionCode(), false).recordsFinding(
                inv.getEntity() == InvestigatingEntity.MEMBER_STATE_NIO,
                caller.has(Role.INVESTIGATOR) && cases.isAssignedInvestigator(a.getId(), caller.username(), inv.getId()),
                FollowUpViews.investigatedNationalities(a, inv));
        if (!allowed) {
            throw work.forbidden(AuditAction.INVESTIGATION_COMPLETED, reference, "You may not record the finding of this investigation.");
        }
        List<FieldError> errors = new ArrayList<>();
        LocalDate on = date(completedOn, "completedOn", today(), errors);
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
        work.record(AuditAction.INVESTIGATION_COMPLETED, reference, AuditOutcome.ALLOWED, "investigation " + investigationId + ": " + result);
        return FollowUpViews.view(inv);
    }

    /** A note verbale to a member state (handed over to {@link NotificationService}). */
    @RolesAllowed({Role.Names.CONDUCT_OFFICER, Role.Names.CHIEF_OF_CONDUCT, Role.Names.HQ_CONDUCT})
    public AllegationDetails.NotificationView notifyMemberState(String reference, String memberState, String sentOn, Boolean requestsNio) {
        return notifications.notifyMemberState(reference, memberState, sentOn, requestsNio);
    }

    /** The liaison of the notified state answers: will it investigate, and who is its NIO. */
    @RolesAllowed(Role.Names.MEMBER_STATE_LIAISON)
    public AllegationDetails.NotificationView respond(long notificationId, Boolean willInvestigate, String nioName,
                                                      String respondedOn, Long version) {
        return notifications.respond(notificationId, willInvestigate, nioName, null, respondedOn, version);
    }

    /** As above, with the date the state appointed its NIO (handed over to {@link NotificationService}). */
    @RolesAllowed(Role.Names.MEMBER_STATE_LIAISON)
    public AllegationDetails.NotificationView respond(long notificationId, Boolean willInvestigate, String nioName,
                                                      String nioAppointedOn, String respondedOn, Long version) {
        return notifications.respond(notificationId, willInvestigate, nioName, nioAppointedOn, respondedOn, version);
    }

    /** A follow-up note verbale on a notification (handed over to {@link NotificationService}). */
    @RolesAllowed({Role.Names.CONDUCT_OFFICER, Role.Names.CHIEF_OF_CONDUCT, Role.Names.HQ_CONDUCT})
    public AllegationDetails.NotificationView requestFollowUp(String reference, long notificationId, String kind,
                                                              String sentOn, String note) {
        return notifications.requestFollowUp(reference, notificationId, kind, sentOn, note);
    }

    /** An action on a subject; a liaison records only its own state's final actions on its own nationals. */
    @RolesAllowed({Role.Names.CONDUCT_OFFICER, Role.Names.CHIEF_OF_CONDUCT, Role.Names.HQ_CONDUCT, Role.Names.MEMBER_STATE_LIAISON})
    public AllegationDetails.ActionView recordAction(String reference, Long subjectId, String stage, String authority, String type,
                                   String decidedOn, String details) {
        CallerScope caller = work.caller();
        OpenedCase opened = cases.open(reference, caller, AuditAction.ACTION_RECORDED);
        Allegation a = opened.allegation();
        List<FieldError> errors = new ArrayList<>();
        ActionStage st = code(ActionStage.class, stage, "stage", errors);
        ActionAuthority by = code(ActionAuthority.class, authority, "authority", errors);
        LocalDate on = date(decidedOn, "decidedOn", today(), errors);
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
        maxLength(details, 2000, "details", errors);
        boolean conductStaff = opened.may().notifiesMemberState(); // HQ, or who may edit the case
        boolean liaisonOwn = caller.has(Role.MEMBER_STATE_LIAISON) && subject != null
                && caller.memberState() != null && caller.memberState().equals(subject.getNationality());
        if (!conductStaff && !liaisonOwn) {
            throw work.forbidden(AuditAction.ACTION_RECORDED, reference, "You may not record actions on this case.");
        }
        if (!conductStaff && (st != ActionStage.FINAL || by != ActionAuthority.MEMBER_STATE)) {
            errors.add(new FieldError("stage", "a liaison records only FINAL actions of its MEMBER_STATE", "action.liaison"));
        }
        fail(errors);
        CaseAction action = new CaseAction(a.getId(), subjectId, st, by, type.strip(), on,
                text(details), work.now(), caller.username());
        repository.persist(action);
        work.record(AuditAction.ACTION_RECORDED, reference, AuditOutcome.ALLOWED, st + " " + by + " " + type + " on subject " + subjectId);
        return FollowUpViews.view(action);
    }

    private LocalDate today() {
        return work.today();
    }
}
