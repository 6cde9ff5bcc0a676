package org.blueledger.followup.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.allegation.service.AllegationDetails;
import org.blueledger.allegation.service.OpenCase;
import org.blueledger.followup.service.FollowUpService;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The notes-verbales forms of the case page's follow-up tab (WEB-INF/includes/case-follow-up.xhtml):
 * send a note verbale, send a follow-up to it, answer it (the notified state's liaison). One
 * service call each, then back to the tab ({@link FollowUpForms}).
 */
@Named
@ViewScoped
public class CaseNotesVerbalesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The service's field names that the follow-up form shows under another component id. */
    private static final Map<String, String> FOLLOW_UP_FIELDS = Map.of(
            "kind", "followUpKind", "sentOn", "followUpSentOn", "note", "followUpNote");

    @Inject
    FollowUpService service;

    @Inject
    OpenCase view;

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

    public void notifyMemberState() throws IOException {
        FollowUpForms.run(view, "notifyForm", Map.of(), () -> service.notifyMemberState(view.getRef(), memberState, sentOn,
                requestsNio), "followup.saved.notification");
    }

    public void answer() throws IOException {
        FollowUpForms.run(view, "answerForm", Map.of(), () -> service.respond(notificationId == null ? -1 : notificationId,
                willInvestigate, nioName, nioAppointedOn, respondedOn, null), "followup.saved.answer");
    }

    public void sendFollowUp() throws IOException {
        FollowUpForms.run(view, "followUpForm", FOLLOW_UP_FIELDS, () -> service.requestFollowUp(view.getRef(),
                followUpNotificationId == null ? -1 : followUpNotificationId, followUpKind, followUpSentOn,
                followUpNote), "followup.saved.followUp");
    }

    /** The notes verbales still awaiting the caller's answer (the caller is the notified state's liaison). */
    public List<AllegationDetails.NotificationView> getUnansweredNotifications() {
        AllegationDetails d = view.getDetails();
        if (d == null || d.permissions().answersForState() == null) {
            return List.of();
        }
        return d.notifications().stream().filter(n -> n.answer() == null)
                .filter(n -> d.permissions().answersForState().equals(n.memberState())).toList();
    }

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
}
