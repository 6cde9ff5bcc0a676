package org.blueledger.followup.service;

import org.blueledger.allegation.domain.Allegation;
import org.blueledger.allegation.domain.InvestigationFinding;
import org.blueledger.allegation.domain.Subject;
import org.blueledger.allegation.service.AllegationDetails;
import org.blueledger.followup.domain.CaseAction;
import org.blueledger.followup.domain.Investigation;
import org.blueledger.followup.domain.Notification;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The follow-up's rows as the case's view records ({@link AllegationDetails}'s follow-up part). */
final class FollowUpViews {

    private FollowUpViews() {
    }

    static AllegationDetails.InvestigationView view(Investigation i) {
        return view(i, i.getSubjectIds().stream().sorted().toList());
    }

    /** An investigation naming only {@code subjectIds} (those the caller may see). */
    static AllegationDetails.InvestigationView view(Investigation i, List<Long> subjectIds) {
        return new AllegationDetails.InvestigationView(i.getId(), i.getVersion(), i.getEntity().name(), i.getStartedOn(),
                i.getDueOn(), i.getCompletedOn(), i.getFinding() == null ? null : i.getFinding().name(), i.durationDays(),
                subjectIds);
    }

    /** The nationalities of the case's subjects that an investigation covers. */
    static Set<String> investigatedNationalities(Allegation a, Investigation i) {
        return a.getSubjects().stream().filter(s -> i.getSubjectIds().contains(s.getId()))
                .map(Subject::getNationality).collect(Collectors.toSet());
    }

    static AllegationDetails.NotificationView view(Notification n, LocalDate today) {
        return new AllegationDetails.NotificationView(n.getId(), n.getVersion(), n.getMemberState(), n.getSentOn(),
                n.isRequestsNio(), n.getResponseDueOn(), n.getAnswer() == null ? null : n.getAnswer().name(),
                n.getRespondedOn(), n.getNioName(), n.unMustInvestigate(today), n.getNioAppointedOn(),
                n.getFollowUps().stream().map(f -> new AllegationDetails.FollowUpView(f.getId(), f.getKind().name(),
                        f.getSentOn(), f.getNote(), f.getCreatedBy())).toList());
    }

    static AllegationDetails.ActionView view(CaseAction x) {
        return new AllegationDetails.ActionView(x.getId(), x.getVersion(), x.getSubjectId(), x.getStage().name(),
                x.getAuthority().name(), x.getType(), x.getDecidedOn(), x.getDetails());
    }

    /** The findings of the completed investigations of a case: what unlocks substantiated / not substantiated. */
    static Set<InvestigationFinding> findings(List<Investigation> investigations) {
        Set<InvestigationFinding> found = EnumSet.noneOf(InvestigationFinding.class);
        investigations.stream().filter(i -> i.getFinding() != null).forEach(i -> found.add(i.getFinding()));
        return found;
    }
}
