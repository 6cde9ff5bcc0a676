package org.blueledger.allegation.domain;

/**
 * Which identities a case file holds, stated at upload; it decides who may see the file, its
 * name included (file names are identity data too). Codes as in api.md.
 */
public enum AttachmentClassification {
    /** Holds a victim's identity (a statement, a medical report): only callers entitled to victim identity. */
    VICTIM_IDENTITY,
    /** Holds a subject's identity but no victim's: callers entitled to subject identity (a liaison for its nationals). */
    SUBJECT_IDENTITY,
    /** Holds no one's identity: everyone who sees the case (a liaison only for files about its nationals). */
    NO_IDENTITY;

    /** The class assumed when an upload states none: the most restrictive. */
    public static final AttachmentClassification SAFE_DEFAULT = VICTIM_IDENTITY;
}
