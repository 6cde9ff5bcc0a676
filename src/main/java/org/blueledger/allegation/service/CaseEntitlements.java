package org.blueledger.allegation.service;

import org.blueledger.allegation.domain.AllegationStatus;
import org.blueledger.allegation.domain.InvestigationFinding;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.CallerScope;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What a caller who can see a case may do with it and see in it (need to know), given whether
 * the caller is assigned to it as conduct officer. Visibility itself is decided in SQL by the
 * allegation scope; this decides the rest.
 */
record CaseEntitlements(CallerScope caller, String mission, boolean assignedOfficer) {

    private boolean chiefOfThisMission() {
        return caller.has(Role.CHIEF_OF_CONDUCT) && mission.equals(caller.mission());
    }

    private boolean officerOfThisMission() {
        return caller.has(Role.CONDUCT_OFFICER) && mission.equals(caller.mission());
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
    boolean onlyOwnNationals() {
        return caller.has(Role.MEMBER_STATE_LIAISON) && !caller.hasAny(Role.HQ_CONDUCT, Role.CHIEF_OF_CONDUCT,
                Role.CONDUCT_OFFICER, Role.INVESTIGATOR, Role.VICTIMS_RIGHTS);
    }

    boolean edit() {
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
