package org.blueledger.allegation.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.blueledger.allegation.domain.Allegation;
import org.blueledger.allegation.domain.Attachment;
import org.blueledger.allegation.domain.AttachmentClassification;
import org.blueledger.allegation.domain.AttachmentKind;
import org.blueledger.allegation.domain.AttachmentPolicy;
import org.blueledger.allegation.domain.Subject;
import org.blueledger.allegation.persistence.AllegationRepository;
import org.blueledger.audit.domain.AuditAction;
import org.blueledger.audit.domain.AuditOutcome;
import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.CallerScope;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A case's attachments, one transaction: evidence or correspondence, its type read from the
 * content, its classification deciding who may later see it.
 */
@Stateless
@RolesAllowed({Role.Names.CONDUCT_OFFICER, Role.Names.CHIEF_OF_CONDUCT, Role.Names.HQ_CONDUCT, Role.Names.VICTIMS_RIGHTS})
public class CaseAttachmentService {

    private static final Logger LOG = Logger.getLogger(CaseAttachmentService.class.getName());

    @Inject
    AllegationRepository repository;

    @Inject
    CaseWork work;

    @Inject
    @ConfigProperty(name = "blueledger.attachments.max-bytes", defaultValue = "10485760")
    long maxAttachmentBytes;


    /**
     * Attaches evidence or correspondence; the type is read from the content. The file states which
     * identities it holds (absent: {@code VICTIM_IDENTITY}, the safe default) and may name the
     * subject it is about (required for {@code SUBJECT_IDENTITY}); a caller may store only a file it
     * could see itself (403 otherwise).
     */
    @RolesAllowed({Role.Names.CONDUCT_OFFICER, Role.Names.CHIEF_OF_CONDUCT})
    public AllegationDetails.AttachmentView attach(String reference, AttachFile file) {
        CallerScope caller = work.caller();
        OpenedCase opened = work.open(reference, caller, AuditAction.ATTACHMENT_ADDED);
        Allegation a = opened.allegation();
        CaseEntitlements may = opened.may();
        if (!may.attach()) {
            throw work.forbidden(AuditAction.ATTACHMENT_ADDED, reference, "Only the chief of conduct or an officer assigned to "
                    + reference + " may attach files.");
        }
        List<FieldError> errors = new ArrayList<>();
        AttachmentKind attachmentKind = null;
        try {
            attachmentKind = AttachmentKind.valueOf(file.kind() == null ? "" : file.kind().strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("kind", "must be EVIDENCE or CORRESPONDENCE", "code.unknown"));
        }
        AttachmentClassification classification = AttachmentClassification.SAFE_DEFAULT;
        if (file.classification() != null && !file.classification().isBlank()) {
            try {
                classification = AttachmentClassification.valueOf(file.classification().strip());
            } catch (IllegalArgumentException e) {
                classification = null;
                errors.add(new FieldError("classification", "must be VICTIM_IDENTITY, SUBJECT_IDENTITY or NO_IDENTITY",
                        "code.unknown"));
            }
        }
        Subject subject = null;
        if (file.subjectId() != null && !file.subjectId().isBlank()) {
            String wanted = file.subjectId().strip();
            subject = a.getSubjects().stream().filter(s -> wanted.equals(String.valueOf(s.getId()))).findFirst().orElse(null);
            if (subject == null) {
                errors.add(new FieldError("subjectId", "is not a subject of " + reference, "attachment.subject.unknown"));
            }
        } else if (classification == AttachmentClassification.SUBJECT_IDENTITY) {
            errors.add(new FieldError("subjectId", "is required for a file with a subject's identity",
                    "attachment.subject.required"));
        }
        byte[] content = file.content();
        String mediaType = null;
        if (content == null || content.length == 0) {
            errors.add(new FieldError("file", "is required", "required"));
        } else if (content.length > maxAttachmentBytes) {
            errors.add(new FieldError("file", "is larger than " + maxAttachmentBytes + " bytes", "file.tooLarge"));
        } else {
            mediaType = AttachmentPolicy.detect(content, file.fileName()).orElse(null);
            if (mediaType == null) {
                errors.add(new FieldError("file", "is not a PDF, an image or an office document", "file.type"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        if (!may.seesAttachment(classification, subject == null ? null : subject.getNationality())) {
            throw work.forbidden(AuditAction.ATTACHMENT_ADDED, reference, "You may not attach a file of class " + classification
                    + " that you could not see yourself.");
        }
        Attachment meta = new Attachment(a.getId(), attachmentKind, classification, subject == null ? null : subject.getId(),
                AttachmentPolicy.safeName(file.fileName()), mediaType, content.length, sha256(content), work.now(),
                caller.username());
        // virus-scan hook: a scanner (e.g. clamd over its socket) belongs here, before the bytes are stored
        long id = repository.addAttachment(meta, content);
        // The file name stays out of the audit trail and the log: names are identity data too.
        work.record(AuditAction.ATTACHMENT_ADDED, reference, AuditOutcome.ALLOWED, "attachment " + id + " (" + classification
                + (meta.getSubjectId() == null ? "" : ", subject " + meta.getSubjectId()) + ", " + meta.getMediaType()
                + ", sha256 " + meta.getSha256() + ")");
        LOG.info(() -> caller.username() + " attached file " + id + " to " + reference);
        return new AllegationDetails.AttachmentView(id, meta.getKind(), meta.getClassification(), meta.getSubjectId(),
                meta.getFileName(), meta.getMediaType(), meta.getSizeBytes(), meta.getUploadedAt(), meta.getUploadedBy());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
