package org.blueledger.allegation.service;

import org.blueledger.deadline.service.DueItem;
import org.blueledger.allegation.domain.AllegationSource;
import org.blueledger.allegation.domain.AllegationStatus;
import org.blueledger.allegation.domain.AttachmentClassification;
import org.blueledger.allegation.domain.AttachmentKind;
import org.blueledger.allegation.domain.MisconductKind;
import org.blueledger.allegation.domain.Seriousness;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseOverviewTest {

    static final Instant FILED = Instant.parse("2024-02-01T09:00:00Z");

    static AllegationDetails details(List<AllegationDetails.AssignmentView> assignments,
                                     List<AllegationDetails.AttachmentView> attachments,
                                     List<AllegationDetails.InvestigationView> investigations,
                                     List<AllegationDetails.NotificationView> notifications,
                                     List<AllegationDetails.ActionView> actions) {
        List<AllegationDetails.StatusChangeView> history = List.of(
                new AllegationDetails.StatusChangeView(FILED, "co", null, AllegationStatus.PRELIMINARY_ASSESSMENT, null),
                new AllegationDetails.StatusChangeView(Instant.parse("2024-02-10T10:00:00Z"), "chief",
                        AllegationStatus.PRELIMINARY_ASSESSMENT, AllegationStatus.UNDER_INVESTIGATION, "Referred to OIOS"));
        AllegationDetails.Permissions none = new AllegationDetails.Permissions(java.util.Set.of(), List.of(), null,
                List.of(), List.of());
        return new AllegationDetails("UNMISS-2024-0001", 3, "UNMISS", LocalDate.parse("2024-02-01"), null,
                MisconductKind.SEA, null, null, Seriousness.SERIOUS, null, AllegationSource.HOTLINE, "s", "l",
                AllegationStatus.UNDER_INVESTIGATION, true, FILED, "co", FILED, "co", List.of(), List.of(), history,
                assignments, attachments, investigations, notifications, actions, none);
    }

    static DueItem due(String what, String state, LocalDate on, Long investigation) {
        return new DueItem("UNMISS-2024-0001", what, on, state, false, 1L, "UNMISS", what + state + investigation, investigation);
    }

    @Test
    void eachStepNamesTheOneWhoOwesIt() {
        var assignments = List.of(
                new AllegationDetails.AssignmentView("co", "CONDUCT_OFFICER", null, FILED, "co"),
                new AllegationDetails.AssignmentView("inv-a", "INVESTIGATOR", 7L, FILED, "chief"),
                new AllegationDetails.AssignmentView("inv-b", "INVESTIGATOR", 8L, FILED, "chief"));
        var investigations = List.of(new AllegationDetails.InvestigationView(7, 0, "OIOS", LocalDate.parse("2024-02-10"),
                LocalDate.parse("2024-05-10"), null, null, null, List.of()));
        var d = details(assignments, List.of(), investigations, List.of(), List.of());
        List<CaseOverview.NextStep> steps = CaseOverview.nextSteps(List.of(
                due("INVESTIGATION", null, LocalDate.parse("2024-05-10"), 7L),
                due("NOTE_VERBALE_ANSWER", "NPL", LocalDate.parse("2024-02-20"), null),
                due("MEMBER_STATE_NOTIFICATION", "GHA", LocalDate.parse("2024-02-08"), null)), d);

        assertEquals(List.of("MEMBER_STATE_NOTIFICATION", "NOTE_VERBALE_ANSWER", "INVESTIGATION"),
                steps.stream().map(CaseOverview.NextStep::what).toList(), "in due order");
        assertEquals(CaseOverview.Party.UN, steps.get(0).party());
        assertEquals(List.of("co"), steps.get(0).people(), "the UN's step: the case's conduct officers");
        assertEquals(CaseOverview.Party.MEMBER_STATE, steps.get(1).party());
        assertEquals("NPL", steps.get(1).partyCode());
        assertEquals(CaseOverview.Party.INVESTIGATING_ENTITY, steps.get(2).party());
        assertEquals("OIOS", steps.get(2).partyCode());
        assertEquals(List.of("inv-a"), steps.get(2).people(), "only the investigator of that investigation");
    }

    @Test
    void anInvestigationTheCallerDoesNotSeeHasNoEntity() {
        var d = details(List.of(), List.of(), List.of(), List.of(), List.of());
        var step = CaseOverview.nextSteps(List.of(due("INVESTIGATION", null, LocalDate.parse("2024-05-10"), 9L)), d).get(0);
        assertNull(step.partyCode());
        assertTrue(step.people().isEmpty());
    }

    @Test
    void theTimelineHoldsEverythingNewestFirst() {
        var attachments = List.of(new AllegationDetails.AttachmentView(1, AttachmentKind.EVIDENCE,
                AttachmentClassification.NO_IDENTITY, null, "map.pdf", "application/pdf", 10,
                Instant.parse("2024-02-12T08:00:00Z"), "co"));
        var investigations = List.of(new AllegationDetails.InvestigationView(7, 0, "OIOS", LocalDate.parse("2024-02-10"),
                LocalDate.parse("2024-05-10"), LocalDate.parse("2024-04-01"), "SUBSTANTIATED", 51L, List.of()));
        var notifications = List.of(new AllegationDetails.NotificationView(4, 0, "NPL", LocalDate.parse("2024-02-11"), true,
                LocalDate.parse("2024-02-25"), "WILL_INVESTIGATE", LocalDate.parse("2024-02-20"), "Major K", false,
                LocalDate.parse("2024-02-21"), List.of(new AllegationDetails.FollowUpView(1, "REMINDER",
                LocalDate.parse("2024-02-19"), null, "hq"))));
        var actions = List.of(new AllegationDetails.ActionView(2, 0, 5, "FINAL", "MEMBER_STATE", "IMPRISONMENT",
                LocalDate.parse("2024-04-15"), null));
        var d = details(List.of(new AllegationDetails.AssignmentView("co", "CONDUCT_OFFICER", null, FILED, "co")),
                attachments, investigations, notifications, actions);

        List<CaseOverview.Entry> t = CaseOverview.timeline(d);

        assertEquals(List.of(CaseOverview.Event.ACTION_DECIDED, CaseOverview.Event.INVESTIGATION_COMPLETED,
                CaseOverview.Event.NIO_APPOINTED, CaseOverview.Event.STATE_ANSWERED, CaseOverview.Event.FOLLOW_UP_SENT,
                CaseOverview.Event.FILE_ATTACHED, CaseOverview.Event.NOTE_VERBALE_SENT,
                CaseOverview.Event.STATUS_CHANGED, CaseOverview.Event.INVESTIGATION_OPENED,
                CaseOverview.Event.CASE_RECORDED, CaseOverview.Event.ASSIGNED),
                t.stream().map(CaseOverview.Entry::event).toList());
        CaseOverview.Entry status = t.get(7);
        assertEquals("Referred to OIOS", status.note());
        assertEquals("chief", status.by());
        assertEquals("UNDER_INVESTIGATION", status.args().get(1).value());
        assertEquals("map.pdf", t.get(5).args().get(0).value(), "a file the caller was given is listed by its name");
        assertEquals(CaseOverview.ArgKind.SUBJECT, t.get(0).args().get(3).kind(), "an action names its subject, never by id");
    }
}
