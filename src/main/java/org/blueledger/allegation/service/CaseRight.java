package org.blueledger.allegation.service;

/**
 * What a caller may do with or see in one case, as the case's view reports it
 * ({@link AllegationDetails.Permissions}): each right comes from one rule of
 * {@link CaseEntitlements}, the same rule the service applies, so a page offers only what the
 * service then allows.
 */
public enum CaseRight {
    /** Correct the record ({@link CaseEntitlements#edit}). */
    EDIT,
    /** Move the case to some next status ({@link CaseEntitlements#nextStatuses}). */
    CHANGE_STATUS,
    /** Close the case under other circumstances. */
    CLOSE,
    /** Assign officers and investigators, and end assignments. */
    ASSIGN,
    /** Attach files. */
    ATTACH,
    /** See the victims' identities. */
    VICTIM_IDENTITY,
    /** See who read the case. */
    VIEWERS,
    /** Erase a victim's identity. */
    ERASE_VICTIM_IDENTITY,
    /** Open an investigation ({@link CaseEntitlements#opensInvestigation}). */
    OPEN_INVESTIGATION,
    /** Record the finding of at least one open investigation ({@link CaseEntitlements#recordsFinding}). */
    COMPLETE_INVESTIGATION,
    /** Send a note verbale to a member state, and its follow-ups ({@link CaseEntitlements#notifiesMemberState}). */
    NOTIFY_MEMBER_STATE,
    /** Record a disciplinary or criminal action ({@link CaseEntitlements#recordsAction}). */
    RECORD_ACTION
}
