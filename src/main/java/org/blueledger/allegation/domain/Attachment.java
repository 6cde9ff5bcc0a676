package org.blueledger.allegation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Metadata of a file attached to a case; the bytes are read separately, only after a scope check. */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "allegation_id", nullable = false, updatable = false)
    private Long allegationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AttachmentKind kind;

    /** Which identities the file holds; decides who sees it (see {@link AttachmentClassification}). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AttachmentClassification classification;

    /** The subject of the case the file is about, if any; what a liaison's access turns on. */
    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    protected Attachment() {
    }

    public Attachment(Long allegationId, AttachmentKind kind, AttachmentClassification classification, Long subjectId,
                      String fileName, String mediaType, long sizeBytes, String sha256, Instant at, String by) {
        this.allegationId = allegationId;
        this.kind = kind;
        this.classification = classification;
        this.subjectId = subjectId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedAt = at;
        this.uploadedBy = by;
    }

    public Long getId() {
        return id;
    }

    public Long getAllegationId() {
        return allegationId;
    }

    public AttachmentKind getKind() {
        return kind;
    }

    public AttachmentClassification getClassification() {
        return classification;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
