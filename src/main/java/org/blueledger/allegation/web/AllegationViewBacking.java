package org.blueledger.allegation.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * allegation/view.xhtml?ref=…: the case page with its tabs; changing the status, correcting the
 * record (a stale correction is refused and the user is told what changed meanwhile) and
 * attaching files.
 */
@Named
@ViewScoped
public class AllegationViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AllegationQueries queries;

    @Inject
    AllegationService service;

    private String ref;
    private AllegationDetails details;
    private AllegationForm form;
    private AllegationStatus targetStatus;
    private String reason;
    private String attachmentKind = "EVIDENCE";
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
            reload();
        } catch (ValidationFailedException e) {
            FormErrors.show("statusForm", e.errors());
        } catch (ConflictException e) {
            Messages.errorText(null, e.getMessage());
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
        try {
            service.correctAllegation(ref, form.toInput(), details.version());
            Messages.info("allegation.edit.saved", ref);
            reload();
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
        if (upload == null || upload.getSize() == 0) {
            Messages.error("attachForm:file", "allegation.attachments.none");
            return;
        }
        try {
            service.attach(ref, attachmentKind, upload.getFileName(), upload.getContent());
            Messages.info("allegation.attachments.added", upload.getFileName());
            reload();
        } catch (ValidationFailedException e) {
            e.errors().forEach(err -> Messages.error("attachForm:file", "allegation.field.invalid",
                    Messages.text("allegation.attachments.file"), err.message()));
        } catch (BusinessException e) {
            Messages.error(null, "allegation.forbidden");
        }
    }

    private String assignee;
    private String assigneeRole = "CONDUCT_OFFICER";

    /** The chief of conduct assigns an officer or an investigator to the case. */
    public void assign() throws IOException {
        try {
            service.assign(ref, assignee, assigneeRole, null);
            Messages.info("allegation.assignments.added", assignee);
            reload();
        } catch (ValidationFailedException e) {
            FormErrors.show("assignForm", e.errors().stream().map(err -> new org.blueledger.platform.error.FieldError(
                    err.field().equals("username") ? "assignee" : err.field(), err.message(), err.code())).toList());
        } catch (ConflictException e) {
            Messages.errorText(null, e.getMessage());
        } catch (BusinessException e) {
            Messages.error(null, "allegation.forbidden");
        }
    }

    public void endAssignment(String username) throws IOException {
        try {
            service.endAssignment(ref, username);
            Messages.info("allegation.assignments.ended", username);
            reload();
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

    private void reload() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/allegation/view.xhtml?ref=" + ref);
    }

    private transient java.util.List<org.blueledger.audit.service.AuditRow> viewers;

    /** "Who viewed this case", for the chief of conduct of the mission (read when the tab is shown). */
    public java.util.List<org.blueledger.audit.service.AuditRow> getViewers() {
        if (viewers == null) {
            viewers = details != null && details.permissions().viewers() ? queries.viewers(ref) : java.util.List.of();
        }
        return viewers;
    }

    private transient java.util.List<org.blueledger.allegation.service.DueItem> deadlines;

    /** Every clock running on this case that the caller may see (the follow-up tab's list). */
    public java.util.List<org.blueledger.allegation.service.DueItem> getDeadlines() {
        if (deadlines == null) {
            deadlines = details == null ? java.util.List.of() : queries.dueItems(ref);
        }
        return deadlines;
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
