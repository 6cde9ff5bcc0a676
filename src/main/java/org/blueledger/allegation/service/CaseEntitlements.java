package org.blueledger.allegation.service;

import org.blueledger.allegation.domain.AllegationStatus;
import org.blueledger.allegation.domain.AttachmentClassification;
import org.blueledger.allegation.persistence.AttachmentVisibility;
import org.blueledger.allegation.domain.InvestigationFinding;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.CallerScope;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What a caller who can see a case may do with it and see in it (need to know), given whether
 * the caller is assigned to it as conduct officer. Visibility itself is decided in SQL by the
 * allegation scope; this decides the rest. Published to the features that hang off a case (the
 * follow-up) through {@link Cases#entitlements}, so a page and its service apply one rule.
 */
public record CaseEntitlements(CallerScope caller, String mission, boolean assignedOfficer) {

    private boolean chiefOfThisMission() {
        return caller.has(Role.CHIEF_OF_CONDUCT) && mission.equals(caller.mission());
    }

    private boolean officerOfThisMission() {
        return caller.has(Role.CONDUCT_OFFICER) && mission.equals(caller.mission());
    }

    /**
     * Who records an investigation's finding (one rule for the page's form and for
     * {@code followup.service.FollowUpService.completeInvestigation}): HQ, the mission's chief, the investigator
     * assigned to that investigation, or, for a national investigation (NIO), the liaison of a
     * state whose national it investigates. Not the conduct officer, assigned or not.
     */
    public boolean recordsFinding(boolean nationalInvestigation, boolean assignedInvestigator,
                                  java.util.Collection<String> investigatedNationalities) {
        return caller.has(Role.HQ_CONDUCT) || chiefOfThisMission()
                || (caller.has(Role.INVESTIGATOR) && assignedInvestigator)
                || (caller.has(Role.MEMBER_STATE_LIAISON) && nationalInvestigation
                && caller.memberState() != null && investigatedNationalities.contains(caller.memberState()));
    }

    /** Victim identity: the mission's chief, an assigned officer, victims' rights officers. */
    boolean victimIdentity() {
        return chiefOfThisMission() || (officerOfThisMission() && assignedOfficer) || caller.has(Role.VICTIMS_RIGHTS);
    }

    /** Subject identity: conduct staff of the mission, HQ, investigators, a liaison for its own nationals. */
    boolean subjectIdentity() {
        return chiefOfThisMission() || officerOfThisMission() || caller.hasAny(Role.HQ_CONDUCT, Role.INVESTIGATOR,
                Role.MEMBER_STATE_LIAISON);
    }

    /** Only a liaison (without a wider role) is limited to the subjects of its own nationality. */
    public boolean onlyOwnNationals() {
        return caller.has(Role.MEMBER_STATE_LIAISON) && !caller.hasAny(Role.HQ_CONDUCT, Role.CHIEF_OF_CONDUCT,
                Role.CONDUCT_OFFICER, Role.INVESTIGATOR, Role.VICTIMS_RIGHTS);
    }

    /**
     * Which of the case's files the caller may see (their names included), as a predicate for the
     * attachment queries: victim-identity files with victim identity; subject-identity files with
     * subject identity; files without identities for all; a liaison limited to its nationals only
     * files (without victim identity) about a subject of its nationality.
     */
    AttachmentVisibility attachments() {
        return AttachmentVisibility.of(victimIdentity(), subjectIdentity(), onlyOwnNationals()
                ? (caller.memberState() == null ? "" : caller.memberState()) : null);
    }

    /** The same rule for one file, given the nationality of the subject it names (null when none). */
    boolean seesAttachment(AttachmentClassification classification, String subjectNationality) {
        if (onlyOwnNationals()) {
            boolean ownNational = subjectNationality != null && subjectNationality.equals(caller.memberState());
            return ownNational && classification != AttachmentClassification.VICTIM_IDENTITY;
        }
        return switch (classification) {
            case VICTIM_IDENTITY -> victimIdentity();
            case SUBJECT_IDENTITY -> subjectIdentity();
            case NO_IDENTITY -> true;
        };
    }

    /** Who opens an investigation (the page's form and {@code FollowUpService.startInvestigation}): as {@link #edit}. */
    public boolean opensInvestigation() {
        return edit();
    }

    /** Who sends a note verbale and its follow-ups: HQ, or who may {@link #edit} the case. */
    public boolean notifiesMemberState() {
        return caller.has(Role.HQ_CONDUCT) || edit();
    }

    /**
     * Who may record an action on some subject of the case: HQ, who may {@link #edit} it, or a
     * liaison (only final actions of its state on its own nationals, which the service checks per subject).
     */
    public boolean recordsAction() {
        return notifiesMemberState() || caller.has(Role.MEMBER_STATE_LIAISON);
    }

    /** Who erases a victim's identity: the mission's chief, or a victims' rights officer. */
    boolean erasesVictimIdentity() {
        return chiefOfThisMission() || caller.has(Role.VICTIMS_RIGHTS);
    }

    public boolean edit() {
        return chiefOfThisMission() || (officerOfThisMission() && assignedOfficer);
    }

    boolean attach() {
        return edit();
    }

    boolean assign() {
        return chiefOfThisMission();
    }

    /** Who may move a case to {@code target}: CLOSED_OTHER only chiefs and HQ; others the assigned officer or chief. */
    boolean changeStatusTo(AllegationStatus target) {
        if (target == AllegationStatus.CLOSED_OTHER) {
            return chiefOfThisMission() || caller.has(Role.HQ_CONDUCT);
        }
        return edit();
    }

    List<AllegationStatus> nextStatuses(AllegationStatus current, Set<InvestigationFinding> findings) {
        return Arrays.stream(AllegationStatus.values())
                .filter(s -> current.canMoveTo(s, findings) && changeStatusTo(s)).toList();
    }
}
