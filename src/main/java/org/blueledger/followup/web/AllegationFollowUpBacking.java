package org.blueledger.followup.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.allegation.web.AllegationOptions;
import org.blueledger.allegation.web.AllegationViewBacking;
import org.blueledger.platform.faces.FormErrors;
import org.blueledger.followup.service.FollowUpService;
import org.blueledger.platform.error.BusinessException;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.platform.faces.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The follow-up forms of the case page: open an investigation, record its finding, send a note
 * verbale, answer it (the notified state's liaison), record an action. One service call each,
 * then back to the case page's follow-up tab; a refused one stays there and shows each error
 * next to its field of that form.
 */
@Named
@ViewScoped
public class AllegationFollowUpBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FollowUpService service;

    @Inject
    AllegationViewBacking view;

    @Inject
    AllegationOptions options;

    private String entity;
    private String startedOn;
    private List<Object> subjectIds = new ArrayList<>();
    private Long investigationId;
    private String completedOn;
    private String finding;
    private String memberState;
    private String sentOn;
    private boolean requestsNio = true;
    private Long notificationId;
    private Boolean willInvestigate;
    private String nioName;
    private String respondedOn;
    private String nioAppointedOn;
    private Long followUpNotificationId;
    private String followUpKind = "OUTCOME_REQUEST";
    private String followUpSentOn;
    private String followUpNote;
    private Long actionSubjectId;
    private String stage;
    private String authority;
    private String type;
    private String decidedOn;
    private String details;

    public void openInvestigation() throws IOException {
        run("investigationForm", Map.of(), () -> service.startInvestigation(view.getRef(), entity, startedOn,
                subjectIds.stream().map(o -> Long.valueOf(String.valueOf(o))).toList()), "followup.saved.investigation");
    }

    public void completeInvestigation() throws IOException {
        run("findingForm", Map.of(), () -> service.completeInvestigation(view.getRef(),
                investigationId == null ? -1 : investigationId, completedOn, finding, null), "followup.saved.finding");
    }

    public void notifyMemberState() throws IOException {
        run("notifyForm", Map.of(), () -> service.notifyMemberState(view.getRef(), memberState, sentOn, requestsNio),
                "followup.saved.notification");
    }

    public void answer() throws IOException {
        run("answerForm", Map.of(), () -> service.respond(notificationId == null ? -1 : notificationId, willInvestigate,
                nioName, nioAppointedOn, respondedOn, null), "followup.saved.answer");
    }

    public void sendFollowUp() throws IOException {
        run("followUpForm", FOLLOW_UP_FIELDS, () -> service.requestFollowUp(view.getRef(),
                followUpNotificationId == null ? -1 : followUpNotificationId, followUpKind, followUpSentOn,
                followUpNote), "followup.saved.followUp");
    }

    /** The stages of an action the caller may record: a liaison records only final ones. */
    public List<org.blueledger.reference.service.ReferenceOption> getStages() {
        return liaisonOnly("ACTION_STAGE", "FINAL");
    }

    /** The authorities of an action the caller may record: a liaison records only its state's. */
    public List<org.blueledger.reference.service.ReferenceOption> getAuthorities() {
        return liaisonOnly("ACTION_AUTHORITY", "MEMBER_STATE");
    }

    /** The action types the caller may record: a liaison, only final ones its state takes. */
    public List<org.blueledger.reference.service.ReferenceOption> getActionTypes() {
        var d = view.getDetails();
        boolean liaison = d != null && d.permissions().answersForState() != null;
        return liaison ? options.getMemberStateFinalActionTypes() : options.getActionTypes();
    }

    private List<org.blueledger.reference.service.ReferenceOption> liaisonOnly(String vocabulary, String code) {
        var all = options.vocabulary(vocabulary);
        var d = view.getDetails();
        boolean liaison = d != null && d.permissions().answersForState() != null;
        return liaison ? all.stream().filter(o -> o.code().equals(code)).toList() : all;
    }

    public List<String> getFollowUpKinds() {
        return java.util.Arrays.stream(org.blueledger.followup.domain.FollowUpKind.values()).map(Enum::name).toList();
    }

    public void recordAction() throws IOException {
        run("actionForm", ACTION_FIELDS, () -> service.recordAction(view.getRef(), actionSubjectId, stage, authority, type,
                decidedOn, details), "followup.saved.action");
    }

    /** The service's field names that the forms show under another component id. */
    private static final Map<String, String> FOLLOW_UP_FIELDS = Map.of(
            "kind", "followUpKind", "sentOn", "followUpSentOn", "note", "followUpNote");
    private static final Map<String, String> ACTION_FIELDS = Map.of("subjectId", "actionSubjectId");

    /** One follow-up form's submit: its service call, then the follow-up tab again (or the errors at the form's fields). */
    private void run(String form, Map<String, String> fields, Runnable action, String doneKey) throws IOException {
        view.showTab(TAB);
        try {
            action.run();
            Messages.info(doneKey, view.getRef());
            view.reload(TAB);
        } catch (ValidationFailedException e) {
            FormErrors.show(form, e.errors(), fields, AllegationFollowUpBacking::label);
        } catch (org.blueledger.platform.error.ConflictException | org.blueledger.platform.error.NotFoundException e) {
            // changed meanwhile, already answered or completed, or no longer there: in the page's language
            Messages.error(null, "followup.conflict");
        } catch (org.blueledger.platform.error.ForbiddenException e) {
            Messages.error(null, "allegation.forbidden");
        } catch (BusinessException e) {
            Messages.errorText(null, e.getMessage());
        }
    }

    private static final String TAB = "followUp";

    /** The form's label of a field the service named, in the page's language. */
    static String label(String field) {
        String key = LABELS.get(field.replaceAll("\\[.*", ""));
        return key == null ? field : Messages.text(key);
    }

    private static final java.util.Map<String, String> LABELS = java.util.Map.ofEntries(
            java.util.Map.entry("entity", "followup.entity"), java.util.Map.entry("startedOn", "followup.started"),
            java.util.Map.entry("subjectIds", "allegation.tab.subjects"), java.util.Map.entry("completedOn", "followup.completed"),
            java.util.Map.entry("finding", "followup.finding"), java.util.Map.entry("memberState", "followup.memberState"),
            java.util.Map.entry("sentOn", "followup.sent"), java.util.Map.entry("requestsNio", "followup.form.requestsNio"),
            java.util.Map.entry("willInvestigate", "followup.form.answerChoice"), java.util.Map.entry("nioName", "followup.nio"),
            java.util.Map.entry("nioAppointedOn", "followup.nioAppointed"),
            java.util.Map.entry("respondedOn", "followup.form.respondedOn"), java.util.Map.entry("subjectId", "followup.subject"),
            java.util.Map.entry("stage", "followup.stage"), java.util.Map.entry("authority", "followup.authority"),
            java.util.Map.entry("type", "followup.type"), java.util.Map.entry("decidedOn", "followup.decided"),
            java.util.Map.entry("details", "followup.details"), java.util.Map.entry("kind", "followup.form.followUpKind"),
            java.util.Map.entry("note", "followup.form.note"));


    public String getEntity() { return entity; }
    public void setEntity(String v) { entity = v; }
    public String getStartedOn() { return startedOn; }
    public void setStartedOn(String v) { startedOn = v; }
    public List<Object> getSubjectIds() { return subjectIds; }
    public void setSubjectIds(List<Object> v) { subjectIds = v; }
    public Long getInvestigationId() { return investigationId; }
    public void setInvestigationId(Long v) { investigationId = v; }
    public String getCompletedOn() { return completedOn; }
    public void setCompletedOn(String v) { completedOn = v; }
    public String getFinding() { return finding; }
    public void setFinding(String v) { finding = v; }
    public String getMemberState() { return memberState; }
    public void setMemberState(String v) { memberState = v; }
    public String getSentOn() { return sentOn; }
    public void setSentOn(String v) { sentOn = v; }
    public boolean isRequestsNio() { return requestsNio; }
    public void setRequestsNio(boolean v) { requestsNio = v; }
    public Long getNotificationId() { return notificationId; }
    public void setNotificationId(Long v) { notificationId = v; }
    public Boolean getWillInvestigate() { return willInvestigate; }
    public void setWillInvestigate(Boolean v) { willInvestigate = v; }
    public String getNioName() { return nioName; }
    public void setNioName(String v) { nioName = v; }
    public String getRespondedOn() { return respondedOn; }
    public void setRespondedOn(String v) { respondedOn = v; }
    public String getNioAppointedOn() { return nioAppointedOn; }
    public void setNioAppointedOn(String v) { nioAppointedOn = v; }
    public Long getFollowUpNotificationId() { return followUpNotificationId; }
    public void setFollowUpNotificationId(Long v) { followUpNotificationId = v; }
    public String getFollowUpKind() { return followUpKind; }
    public void setFollowUpKind(String v) { followUpKind = v; }
    public String getFollowUpSentOn() { return followUpSentOn; }
    public void setFollowUpSentOn(String v) { followUpSentOn = v; }
    public String getFollowUpNote() { return followUpNote; }
    public void setFollowUpNote(String v) { followUpNote = v; }
    public Long getActionSubjectId() { return actionSubjectId; }
    public void setActionSubjectId(Long v) { actionSubjectId = v; }
    public String getStage() { return stage; }
    public void setStage(String v) { stage = v; }
    public String getAuthority() { return authority; }
    public void setAuthority(String v) { authority = v; }
    public String getType() { return type; }
    public void setType(String v) { type = v; }
    public String getDecidedOn() { return decidedOn; }
    public void setDecidedOn(String v) { decidedOn = v; }
    public String getDetails() { return details; }
    public void setDetails(String v) { details = v; }
}
