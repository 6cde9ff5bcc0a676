package org.blueledger.allegation.service;

/**
 * A file to attach to a case, as a page or the API received it: {@code kind} (EVIDENCE,
 * CORRESPONDENCE) and {@code classification} (an {@code AttachmentClassification} code; absent
 * means {@code VICTIM_IDENTITY}, the safe default) are checked by the service, which names every
 * bad field; {@code subjectId}, optional (blank: none), must be the id of a subject of the case, and is required for
 * {@code SUBJECT_IDENTITY}.
 */
public record AttachFile(String kind, String classification, String subjectId, String fileName, byte[] content) {
}
