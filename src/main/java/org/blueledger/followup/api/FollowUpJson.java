package org.blueledger.followup.api;

import org.blueledger.allegation.service.AllegationDetails;
import org.blueledger.followup.api.schema.FollowUpResponses;
import org.blueledger.followup.service.CriminalReferralView;

import java.util.List;

/**
 * The follow-up's answers as the typed records of {@link FollowUpResponses}: for the follow-up's
 * endpoints and for the case's JSON, which takes them through the kernel's port
 * {@code allegation.service.CaseJsonPart} ({@link FollowUpCaseJson}).
 */
public final class FollowUpJson {

    private FollowUpJson() {
    }

    public static FollowUpResponses.Investigation investigation(AllegationDetails.InvestigationView i) {
        return new FollowUpResponses.Investigation(i.id(), i.version(), i.entity(), text(i.startedOn()), text(i.dueOn()),
                text(i.completedOn()), i.finding(), i.durationDays(), List.copyOf(i.subjectIds()));
    }

    public static FollowUpResponses.Notification notification(AllegationDetails.NotificationView n) {
        return new FollowUpResponses.Notification(n.id(), n.version(), n.memberState(), text(n.sentOn()), n.requestsNio(),
                text(n.responseDueOn()), n.answer(), n.answer() == null ? null : "WILL_INVESTIGATE".equals(n.answer()),
                text(n.respondedOn()), n.nioName(), text(n.nioAppointedOn()), n.unMustInvestigate(),
                n.followUps().stream().map(f -> new FollowUpResponses.FollowUp(f.id(), f.kind(), text(f.sentOn()), f.by(),
                        f.note())).toList());
    }

    public static FollowUpResponses.Action action(AllegationDetails.ActionView x) {
        return new FollowUpResponses.Action(x.id(), x.version(), x.subjectId(), x.stage(), x.authority(), x.type(),
                text(x.decidedOn()), x.details());
    }

    public static FollowUpResponses.CriminalReferral referral(CriminalReferralView v) {
        return new FollowUpResponses.CriminalReferral(v.id(), v.version(), v.subjectId(), v.referredTo(), text(v.referredOn()),
                v.outcome(), text(v.outcomeOn()));
    }

    /** A date as ISO-8601 text, {@code null} kept. */
    private static String text(Object temporal) {
        return temporal == null ? null : temporal.toString();
    }
}
