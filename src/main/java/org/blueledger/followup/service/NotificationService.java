package org.blueledger.followup.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.blueledger.allegation.domain.Allegation;
import org.blueledger.allegation.service.AllegationDetails;
import org.blueledger.allegation.service.CaseWork;
import org.blueledger.allegation.service.Cases;
import org.blueledger.allegation.service.OpenedCase;
import org.blueledger.audit.domain.AuditAction;
import org.blueledger.audit.domain.AuditOutcome;
import org.blueledger.followup.domain.FollowUpKind;
import org.blueledger.followup.domain.Notification;
import org.blueledger.followup.domain.NotificationFollowUp;
import org.blueledger.followup.persistence.FollowUpRepository;
import org.blueledger.platform.error.ConflictException;
import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.error.NotFoundException;
import org.blueledger.reference.service.ReferenceData;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.CallerScope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.blueledger.followup.service.FollowUpInput.code;
import static org.blueledger.followup.service.FollowUpInput.dateFrom;
import static org.blueledger.followup.service.FollowUpInput.date;
import static org.blueledger.followup.service.FollowUpInput.fail;
import static org.blueledger.followup.service.FollowUpInput.maxLength;
import static org.blueledger.followup.service.FollowUpInput.text;

/**
 * Notes verbales (api.md "notifications"): the note to a member state, the state's answer (its
 * liaison, through the notification's id) and the follow-up requests on a note.
 * {@link FollowUpService} hands its notification methods over to this service.
 */
@Stateless
@RolesAllowed({Role.Names.CONDUCT_OFFICER, Role.Names.CHIEF_OF_CONDUCT, Role.Names.HQ_CONDUCT,
        Role.Names.MEMBER_STATE_LIAISON})
public class NotificationService {

    @Inject
    FollowUpRepository repository;

    @Inject
    Cases cases;

    @Inject
    CaseWork work;

    @Inject
    ReferenceData referenceData;

    @Inject
    FollowUpDeadlines deadlines;

    /** A note verbale to a member state: an assigned officer, the chief or HQ; the case becomes referred to the member state. */
    @RolesAllowed({Role.Names.CONDUCT_OFFICER, Role.Names.CHIEF_OF_CONDUCT, Role.Names.HQ_CONDUCT})
    public AllegationDetails.NotificationView notifyMemberState(String reference, String memberState, String sentOn, Boolean requestsNio) {
        CallerScope caller = work.caller();
        Allegation a = mayNotify(reference, caller, AuditAction.MEMBER_STATE_NOTIFIED,
                "Only the chief of conduct, an assigned officer or HQ may notify a member state.");
        List<FieldError> errors = new ArrayList<>();
        String state = text(memberState);
        if (state == null) {
            errors.add(new FieldError("memberState", "is required", "required"));
        } else if (!referenceData.countryExists(state)) {
            errors.add(new FieldError("memberState", "unknown country '" + state + "'; expected an ISO 3166 alpha-3 code", "country.unknown"));
        }
        LocalDate sent = date(sentOn, "sentOn", today(), errors);
        if (requestsNio == null) {
            errors.add(new FieldError("requestsNio", "is required (true or false)", "required"));
        }
        fail(errors);
        Notification n = new Notification(a.getId(), state, sent, requestsNio, deadlines.answerDue(sent),
                work.now(), caller.username());
        repository.persist(n);
        cases.referToMemberState(a, work.now(), caller.username());
        work.record(AuditAction.MEMBER_STATE_NOTIFIED, reference, AuditOutcome.ALLOWED, state + ", answer due " + n.getResponseDueOn());
        return FollowUpViews.view(n, today());
    }

    /** The liaison of the notified state answers: will it investigate, its NIO and the date it appointed it (optional). */
    @RolesAllowed(Role.Names.MEMBER_STATE_LIAISON)
    public AllegationDetails.NotificationView respond(long notificationId, Boolean willInvestigate, String nioName,
                                                      String nioAppointedOn, String respondedOn, Long version) {
        CallerScope caller = work.caller();
        Notification n = repository.notificationTo(notificationId, caller.memberState())
                .orElseThrow(() -> {
                    work.recordIndependently(AuditAction.NOTIFICATION_ANSWERED, "notification " + notificationId, AuditOutcome.DENIED,
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
        LocalDate on = dateFrom(respondedOn, "respondedOn", today(), n.getSentOn(), "the note verbale", errors);
        maxLength(nioName, 200, "nioName", errors);
        LocalDate appointed = null;
        if (text(nioAppointedOn) != null) {
            appointed = dateFrom(nioAppointedOn, "nioAppointedOn", today(), n.getSentOn(), "the note verbale", errors);
            if (text(nioName) == null) {
                errors.add(new FieldError("nioName", "is required with nioAppointedOn", "nio.required"));
            }
        }
        if (Boolean.FALSE.equals(willInvestigate)) {
            // a state that declines to investigate appoints no national investigation officer
            if (text(nioName) != null) {
                errors.add(new FieldError("nioName", "must be empty when the state declines to investigate", "nio.declined"));
            }
            if (text(nioAppointedOn) != null) {
                errors.add(new FieldError("nioAppointedOn", "must be empty when the state declines to investigate", "nio.declined"));
            }
        }
        fail(errors);
        n.answer(willInvestigate, text(nioName), appointed, on);
        repository.persist(n);
        Allegation a = cases.byId(n.getAllegationId());
        work.record(AuditAction.NOTIFICATION_ANSWERED, a.getReference(), AuditOutcome.ALLOWED,
                n.getMemberState() + ": " + n.getAnswer());
        return FollowUpViews.view(n, today());
    }

    /**
     * A follow-up note verbale on a notification: a reminder to answer (only while unanswered), or
     * a request for the outcome of the investigation or for the action taken. By those who may
     * notify: an assigned officer, the chief of the mission, HQ.
     */
    @RolesAllowed({Role.Names.CONDUCT_OFFICER, Role.Names.CHIEF_OF_CONDUCT, Role.Names.HQ_CONDUCT})
    public AllegationDetails.NotificationView requestFollowUp(String reference, long notificationId, String kind,
                                                              String sentOn, String note) {
        CallerScope caller = work.caller();
        Allegation a = mayNotify(reference, caller, AuditAction.FOLLOW_UP_SENT,
                "Only the chief of conduct, an assigned officer or HQ may follow up a note verbale.");
        Notification n = repository.notifications(a.getId()).stream().filter(x -> x.getId() == notificationId)
                .findFirst().orElseThrow(() -> new NotFoundException("No notification " + notificationId + " in " + reference + "."));
        List<FieldError> errors = new ArrayList<>();
        FollowUpKind what = code(FollowUpKind.class, kind, "kind", errors);
        LocalDate on = dateFrom(sentOn, "sentOn", today(), n.getSentOn(), "the note verbale", errors);
        maxLength(note, 500, "note", errors);
        fail(errors);
        if (what == FollowUpKind.REMINDER && n.getAnswer() != null) {
            throw new ConflictException("Notification " + notificationId + " was answered on " + n.getRespondedOn()
                    + "; a reminder to answer no longer applies (request the outcome or the action instead).");
        }
        repository.persist(new NotificationFollowUp(n.getId(), what, on, text(note), work.now(), caller.username()));
        repository.flushAndRefresh(n);
        work.record(AuditAction.FOLLOW_UP_SENT, reference, AuditOutcome.ALLOWED, n.getMemberState() + ": " + what + " on " + on);
        return FollowUpViews.view(n, today());
    }

    /** The case, if the caller may write to its member states: HQ, the mission's chief or an assigned officer (else 403, audited). */
    private Allegation mayNotify(String reference, CallerScope caller, AuditAction action, String refusal) {
        OpenedCase opened = cases.open(reference, caller, action); // the gate and the entitlements, once
        if (!opened.may().notifiesMemberState()) {
            throw work.forbidden(action, reference, refusal);
        }
        return opened.allegation();
    }

    private LocalDate today() {
        return work.today();
    }
}
