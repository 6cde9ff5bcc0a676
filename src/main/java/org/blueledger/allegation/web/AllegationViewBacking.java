package org.blueledger.allegation.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.platform.faces.FormErrors;
import org.blueledger.allegation.domain.AllegationStatus;
import org.blueledger.allegation.service.AllegationDetails;
import org.blueledger.allegation.service.AllegationQueries;
import org.blueledger.allegation.service.AllegationService;
import org.blueledger.platform.error.BusinessException;
import org.blueledger.platform.error.ConflictException;
import org.blueledger.platform.error.ForbiddenException;
import org.blueledger.platform.error.NotFoundException;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.platform.faces.Messages;
import org.blueledger.platform.faces.Tabs;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * allegation/view.xhtml?ref=…&amp;tab=…: the case page with its tabs; changing the status, correcting the
 * record (a stale correction is refused and the user is told what changed meanwhile) and
 * attaching files. Every submit comes back to the tab it was made on ({@code tab} names it, as
 * {@link Tabs} reads it), and a refused one shows each error next to its field.
 */
@Named
@ViewScoped
public class AllegationViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AllegationQueries queries;

    @Inject
    org.blueledger.deadline.service.DeadlineCounts deadlineCounts;

    @Inject
    AllegationService service;

    /** The case page's tab view: its id in view.xhtml. */
    static final String TABS = "tabs";

    private String ref;
    private String tab;
    private AllegationDetails details;
    private AllegationForm form;
    private AllegationStatus targetStatus;
    private String reason;
    private String attachmentKind = "EVIDENCE";
    private String attachmentClassification = org.blueledger.allegation.domain.AttachmentClassification.SAFE_DEFAULT.name();
    private String attachmentSubject;
    private transient UploadedFile upload;

    /** f:viewAction: loads the case, or answers the same 404 for a missing and an out-of-scope case. */
    public void load() throws IOException {
        if (details != null) {
            return;
        }
        try {
            details = queries.details(ref);
            form = AllegationForm.of(details);
        } catch (NotFoundException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
        }
    }

    public void changeStatus() throws IOException {
        try {
            service.changeStatus(ref, targetStatus == null ? null : targetStatus.name(), reason, details.version());
            Messages.info("allegation.status.changed", ref, Messages.text("allegation.status." + targetStatus));
            reload("summary");
        } catch (ValidationFailedException e) {
            FormErrors.show("statusForm", e.errors());
        } catch (org.blueledger.allegation.domain.InvalidStatusTransitionException e) {
            Messages.error(org.blueledger.platform.faces.ClientIds.inside("statusForm", "status"), "allegation.field.invalid",
                    Messages.text("allegation.status.target"), Messages.text("allegation.status.notNow"));
        } catch (ConflictException e) {
            Messages.error(null, "allegation.status.stale");
        } catch (jakarta.ejb.EJBException e) {
            if (!isOptimisticLock(e)) {
                throw e;
            }
            Messages.error(null, "allegation.status.stale");
        } catch (ForbiddenException e) {
            Messages.error(null, "allegation.forbidden");
        }
    }

    public void save() throws IOException {
        tab = "edit";
        try {
            service.correctAllegation(ref, form.toInput(), details.version());
            Messages.info("allegation.edit.saved", ref);
            reload("edit");
        } catch (ValidationFailedException e) {
            FormErrors.show("editForm", e.errors());
        } catch (ConflictException | jakarta.ejb.EJBException e) {
            if (e instanceof jakarta.ejb.EJBException && !isOptimisticLock(e)) {
                throw e;
            }
            AllegationDetails current = queries.details(ref);
            Messages.error(null, "allegation.edit.stale", current.modifiedBy(), current.modifiedAt().toString(),
                    String.join(", ", changedFields(details, current)));
        } catch (ForbiddenException e) {
            Messages.error(null, "allegation.forbidden");
        }
    }

    public void attach() throws IOException {
        tab = "attachments";
        UploadedFile file = upload;
        upload = null; // a refused file is never sent again with the next submit
        if (file == null || file.getSize() == 0) {
            Messages.error(org.blueledger.platform.faces.ClientIds.inside("attachForm", "file"), "allegation.attachments.none");
            return;
        }
        try {
            service.attach(ref, new org.blueledger.allegation.service.AttachFile(attachmentKind, attachmentClassification,
                    attachmentSubject, file.getFileName(), file.getContent()));
            Messages.info("allegation.attachments.added", file.getFileName());
            reload("attachments");
        } catch (ValidationFailedException e) {
            FormErrors.show("attachForm", e.errors(), ATTACH_FIELDS, FormErrors.labels(ATTACH_LABELS));
        } catch (BusinessException e) {
            Messages.error(null, "allegation.forbidden");
        }
    }

    private String assignee;
    private String assigneeRole = "CONDUCT_OFFICER";

    private static final Map<String, String> ATTACH_LABELS = Map.of(
            "file", "allegation.attachments.file", "kind", "allegation.attachments.kind",
            "classification", "allegation.attachments.classification", "subjectId", "allegation.attachments.subject");
    private static final Map<String, String> ATTACH_FIELDS = Map.of("subjectId", "subject");
    private static final Map<String, String> ASSIGN_FIELDS = Map.of("username", "assignee", "role", "assigneeRole");
    private static final Map<String, String> ASSIGN_LABELS = Map.of(
            "username", "allegation.assignments.username", "role", "allegation.assignments.role");

    /** The chief of conduct assigns an officer or an investigator to the case. */
    public void assign() throws IOException {
        tab = "assignments";
        try {
            service.assign(ref, assignee, assigneeRole, null);
            Messages.info("allegation.assignments.added", assignee);
            reload("assignments");
        } catch (ValidationFailedException e) {
            FormErrors.show("assignForm", e.errors(), ASSIGN_FIELDS, FormErrors.labels(ASSIGN_LABELS));
        } catch (ConflictException e) {
            Messages.error(org.blueledger.platform.faces.ClientIds.inside("assignForm", "assignee"), "allegation.field.invalid",
                    Messages.text("allegation.assignments.username"), Messages.text("allegation.assignments.already"));
        } catch (BusinessException e) {
            Messages.error(null, "allegation.forbidden");
        }
    }

    public void endAssignment(String username) throws IOException {
        tab = "assignments";
        try {
            service.endAssignment(ref, username);
            Messages.info("allegation.assignments.ended", username);
            reload("assignments");
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

    public StreamedContent download(long attachmentId) {
        var file = queries.attachment(ref, attachmentId);
        return DefaultStreamedContent.builder().name(file.fileName()).contentType(file.mediaType())
                .stream(() -> new ByteArrayInputStream(file.content())).build();
    }

    /** The fields whose values differ between the version the user started from and the stored one. */
    static List<String> changedFields(AllegationDetails base, AllegationDetails now) {
        List<String> changed = new ArrayList<>();
        compare(changed, "receivedOn", base.receivedOn(), now.receivedOn());
        compare(changed, "incidentDate", base.incidentDate(), now.incidentDate());
        compare(changed, "kind", base.kind(), now.kind());
        compare(changed, "seaType", base.seaType(), now.seaType());
        compare(changed, "seaSubtype", base.seaSubtype(), now.seaSubtype());
        compare(changed, "seriousness", base.seriousness(), now.seriousness());
        compare(changed, "thematicArea", base.thematicArea(), now.thematicArea());
        compare(changed, "source", base.source(), now.source());
        compare(changed, "summary", base.summary(), now.summary());
        compare(changed, "location", base.location(), now.location());
        compare(changed, "status", base.status(), now.status());
        compare(changed, "subjects", base.subjects(), now.subjects());
        compare(changed, "victims", base.victims(), now.victims());
        return changed.stream().map(f -> Messages.text("allegation.field." + f)).toList();
    }

    private static void compare(List<String> changed, String field, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            changed.add(field);
        }
    }

    private static boolean isOptimisticLock(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof jakarta.persistence.OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    /** After a successful submit: the case page again (PRG), on the tab the submit was made on. */
    public void reload(String onTab) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/allegation/view.xhtml?ref="
                + java.net.URLEncoder.encode(ref, java.nio.charset.StandardCharsets.UTF_8) + "&tab=" + onTab);
    }

    /** The open tab, by position, for p:tabView's activeIndex; from {@code tab}. */
    public int getActiveIndex() {
        return Tabs.indexOf(TABS, tab);
    }

    public void setActiveIndex(int index) {
        String name = Tabs.nameAt(TABS, index);
        if (name != null) {
            tab = name;
        }
    }

    public String getTab() {
        return tab;
    }

    /** From the address; only a tab's name (letters), anything else opens the summary. */
    public void setTab(String tab) {
        this.tab = tab != null && tab.matches("[A-Za-z]{1,40}") ? tab : null;
    }

    /** A follow-up form was submitted: the page shows the follow-up tab again. */
    public void showTab(String name) {
        tab = name;
    }

    private transient java.util.List<org.blueledger.audit.service.AuditRow> viewers;

    /** "Who viewed this case", for the chief of conduct of the mission (read when the tab is shown). */
    public java.util.List<org.blueledger.audit.service.AuditRow> getViewers() {
        if (viewers == null) {
            viewers = details != null && details.permissions().viewers() ? queries.viewers(ref) : java.util.List.of();
        }
        return viewers;
    }

    private transient java.util.List<org.blueledger.deadline.service.DueItem> deadlines;

    /** Every clock running on this case that the caller may see (the next-step panel, AllegationOverviewBacking). */
    public java.util.List<org.blueledger.deadline.service.DueItem> getDeadlines() {
        if (deadlines == null) {
            deadlines = details == null ? java.util.List.of() : deadlineCounts.dueItems(ref);
        }
        return deadlines;
    }

    /** The investigations whose finding the caller may still record (a liaison: only its state's NIO ones). */
    public List<AllegationDetails.InvestigationView> getOpenInvestigations() {
        if (details == null || !details.permissions().completeInvestigation()) {
            return List.of();
        }
        return details.investigations().stream().filter(i -> details.permissions().recordsFindingOf(i.id())).toList();
    }

    /** The notes verbales still awaiting the caller's answer (the caller is the notified state's liaison). */
    public List<AllegationDetails.NotificationView> getUnansweredNotifications() {
        if (details == null || details.permissions().answersForState() == null) {
            return List.of();
        }
        return details.notifications().stream().filter(n -> n.answer() == null)
                .filter(n -> details.permissions().answersForState().equals(n.memberState())).toList();
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public AllegationDetails getDetails() {
        return details;
    }

    public AllegationForm getForm() {
        return form;
    }

    public AllegationStatus getTargetStatus() {
        return targetStatus;
    }

    public void setTargetStatus(AllegationStatus targetStatus) {
        this.targetStatus = targetStatus;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getAttachmentClassification() {
        return attachmentClassification;
    }

    public void setAttachmentClassification(String attachmentClassification) {
        this.attachmentClassification = attachmentClassification;
    }

    public String getAttachmentSubject() {
        return attachmentSubject;
    }

    public void setAttachmentSubject(String attachmentSubject) {
        this.attachmentSubject = attachmentSubject;
    }

    public String getAttachmentKind() {
        return attachmentKind;
    }

    public void setAttachmentKind(String attachmentKind) {
        this.attachmentKind = attachmentKind;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }
}
