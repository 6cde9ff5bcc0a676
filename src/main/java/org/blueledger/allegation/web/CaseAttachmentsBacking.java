package org.blueledger.allegation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.allegation.domain.AttachmentClassification;
import org.blueledger.allegation.service.AllegationQueries;
import org.blueledger.allegation.service.AttachFile;
import org.blueledger.allegation.service.CaseAttachmentService;
import org.blueledger.platform.error.BusinessException;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.platform.faces.ClientIds;
import org.blueledger.platform.faces.FormErrors;
import org.blueledger.platform.faces.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;

/** The attachments tab of allegation/view.xhtml: attach a file, download one the caller may see. */
@Named
@ViewScoped
public class CaseAttachmentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String TAB = "attachments";
    private static final Map<String, String> LABELS = Map.of(
            "file", "allegation.attachments.file", "kind", "allegation.attachments.kind",
            "classification", "allegation.attachments.classification", "subjectId", "allegation.attachments.subject");
    private static final Map<String, String> FIELDS = Map.of("subjectId", "subject");

    @Inject
    AllegationViewBacking view;

    @Inject
    CaseAttachmentService service;

    @Inject
    AllegationQueries queries;

    private String attachmentKind = "EVIDENCE";
    private String attachmentClassification = AttachmentClassification.SAFE_DEFAULT.name();
    private String attachmentSubject;
    private transient UploadedFile upload;

    public void attach() throws IOException {
        view.showTab(TAB);
        UploadedFile file = upload;
        upload = null; // a refused file is never sent again with the next submit
        if (file == null || file.getSize() == 0) {
            Messages.error(ClientIds.inside("attachForm", "file"), "allegation.attachments.none");
            return;
        }
        try {
            service.attach(view.getRef(), new AttachFile(attachmentKind, attachmentClassification, attachmentSubject,
                    file.getFileName(), file.getContent()));
            Messages.info("allegation.attachments.added", file.getFileName());
            view.reload(TAB);
        } catch (ValidationFailedException e) {
            FormErrors.show("attachForm", e.errors(), FIELDS, FormErrors.labels(LABELS));
        } catch (BusinessException e) {
            Messages.error(null, "allegation.forbidden");
        }
    }

    public StreamedContent download(long attachmentId) {
        var file = queries.attachment(view.getRef(), attachmentId);
        return DefaultStreamedContent.builder().name(file.fileName()).contentType(file.mediaType())
                .stream(() -> new ByteArrayInputStream(file.content())).build();
    }

    public String getAttachmentKind() {
        return attachmentKind;
    }

    public void setAttachmentKind(String attachmentKind) {
        this.attachmentKind = attachmentKind;
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

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }
}
