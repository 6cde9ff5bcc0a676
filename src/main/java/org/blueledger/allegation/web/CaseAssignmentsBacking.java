package org.blueledger.allegation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.allegation.service.AssignToCase;
import org.blueledger.allegation.service.CaseAssignmentService;
import org.blueledger.platform.error.BusinessException;
import org.blueledger.platform.error.ConflictException;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.platform.faces.ClientIds;
import org.blueledger.platform.faces.FormErrors;
import org.blueledger.platform.faces.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.util.Map;

/** The assignments tab of allegation/view.xhtml: the chief of conduct assigns an officer or an investigator, or ends an assignment. */
@Named
@ViewScoped
public class CaseAssignmentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String TAB = "assignments";
    private static final Map<String, String> FIELDS = Map.of("username", "assignee", "role", "assigneeRole");
    private static final Map<String, String> LABELS = Map.of(
            "username", "allegation.assignments.username", "role", "allegation.assignments.role");

    @Inject
    AllegationViewBacking view;

    @Inject
    CaseAssignmentService service;

    private String assignee;
    private String assigneeRole = "CONDUCT_OFFICER";

    public void assign() throws IOException {
        view.showTab(TAB);
        try {
            service.assign(new AssignToCase(view.getRef(), assignee, assigneeRole, null));
            Messages.info("allegation.assignments.added", assignee);
            view.reload(TAB);
        } catch (ValidationFailedException e) {
            FormErrors.show("assignForm", e.errors(), FIELDS, FormErrors.labels(LABELS));
        } catch (ConflictException e) {
            Messages.error(ClientIds.inside("assignForm", "assignee"), "allegation.field.invalid",
                    Messages.text("allegation.assignments.username"), Messages.text("allegation.assignments.already"));
        } catch (BusinessException e) {
            Messages.error(null, "allegation.forbidden");
        }
    }

    public void endAssignment(String username) throws IOException {
        view.showTab(TAB);
        try {
            service.endAssignment(view.getRef(), username);
            Messages.info("allegation.assignments.ended", username);
            view.reload(TAB);
        } catch (BusinessException e) {
            Messages.error(null, "allegation.forbidden");
        }
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getAssigneeRole() {
        return assigneeRole;
    }

    public void setAssigneeRole(String assigneeRole) {
        this.assigneeRole = assigneeRole;
    }
}
