package org.blueledger.followup.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.allegation.service.AllegationDetails;
import org.blueledger.allegation.service.OpenCase;
import org.blueledger.followup.service.FollowUpService;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The investigation and action forms of the case page's follow-up tab
 * (WEB-INF/includes/case-follow-up.xhtml): open an investigation, record its finding, record an
 * action. One service call each, then back to the tab ({@link FollowUpForms}); the case comes
 * through the kernel's port {@link OpenCase}. The notes verbales are {@link CaseNotesVerbalesBacking}'s.
 */
@Named
@ViewScoped
public class AllegationFollowUpBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The service's field names that the action form shows under another component id. */
    private static final Map<String, String> ACTION_FIELDS = Map.of("subjectId", "actionSubjectId");

    @Inject
    FollowUpService service;

    @Inject
    OpenCase view;

    private String entity;
    private String startedOn;
    private List<Object> subjectIds = new ArrayList<>();
    private Long investigationId;
    private String completedOn;
    private String finding;
    private Long actionSubjectId;
    private String stage;
    private String authority;
    private String type;
    private String decidedOn;
    private String details;

    public void openInvestigation() throws IOException {
        FollowUpForms.run(view, "investigationForm", Map.of(), () -> service.startInvestigation(view.getRef(), entity,
                startedOn, subjectIds.stream().map(o -> Long.valueOf(String.valueOf(o))).toList()),
                "followup.saved.investigation");
    }

    public void completeInvestigation() throws IOException {
        FollowUpForms.run(view, "findingForm", Map.of(), () -> service.completeInvestigation(view.getRef(),
                investigationId == null ? -1 : investigationId, completedOn, finding, null), "followup.saved.finding");
    }

    public void recordAction() throws IOException {
        FollowUpForms.run(view, "actionForm", ACTION_FIELDS, () -> service.recordAction(view.getRef(), actionSubjectId, stage,
                authority, type, decidedOn, details), "followup.saved.action");
    }

    /** The investigations whose finding the caller may still record (the rule {@code FollowUpService} applies). */
    public List<AllegationDetails.InvestigationView> getOpenInvestigations() {
        AllegationDetails d = view.getDetails();
        if (d == null || !d.permissions().completeInvestigation()) {
            return List.of();
        }
        return d.investigations().stream().filter(i -> d.permissions().recordsFindingOf(i.id())).toList();
    }

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
