package org.blueledger.allegation.domain;

/** What an attachment is (codes as in api.md). */
public enum AttachmentKind {
    EVIDENCE, CORRESPONDENCE
}
