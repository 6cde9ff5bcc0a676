package org.blueledger.allegation.service;

import org.blueledger.deadline.service.DeadlineQueries;
import org.blueledger.deadline.service.DueItem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The top of the case page (issue #14, item 8): the next steps (what is due, by whom and when)
 * and a dated timeline of what happened on the case. Both are built from what the caller already
 * holds, without a query of their own: the clocks of {@link DeadlineQueries#forCase} (one scoped
 * query per clock, already narrowed to the caller's role) and the {@link AllegationDetails} the
 * caller was given, so need to know is the details' own: no victim identity appears (the
 * timeline has no victim events), files appear only if the caller may see them (their names
 * included), a liaison sees only its own state's notes and its nationals' actions.
 * <p>
 * Codes stay codes here ({@link Arg}); the page labels them in its language.
 */
public final class CaseOverview {

    private CaseOverview() {
    }

    /** Who owes a step. */
    public enum Party {
        /** The UN: the case's conduct officers (people) or, for a paternity claim, victims' rights. */
        UN,
        /** A member state ({@code partyCode} is the state), through its liaison. */
        MEMBER_STATE,
        /** The investigating entity of the investigation ({@code partyCode}, null when the caller does not see it). */
        INVESTIGATING_ENTITY
    }

    /**
     * One step due on the case: {@code what} is a {@link DeadlineQueries.Kind}, {@code memberState}
     * the state it concerns (if any), {@code people} the user names on the case who answer for it
     * (its assigned conduct officers, or the investigators of that investigation).
     */
    public record NextStep(String what, String memberState, LocalDate dueOn, boolean overdue, Party party,
                           String partyCode, List<String> people) {
    }

    /** What happened. */
    public enum Event {
        CASE_RECORDED, STATUS_CHANGED, ASSIGNED, FILE_ATTACHED, NOTE_VERBALE_SENT, FOLLOW_UP_SENT, STATE_ANSWERED,
        NIO_APPOINTED, INVESTIGATION_OPENED, INVESTIGATION_COMPLETED, ACTION_DECIDED
    }

    /** How the page shows a value: as it is, a country, a vocabulary's label, a bundle label, an action type, a subject. */
    public enum ArgKind { TEXT, COUNTRY, VOCABULARY, BUNDLE, ACTION_TYPE, SUBJECT }

    /** A value of an event's text; {@code ref} is the vocabulary's name or the bundle's key prefix. */
    public record Arg(ArgKind kind, String ref, String value) {
        static Arg text(Object value) {
            return new Arg(ArgKind.TEXT, null, value == null ? "" : value.toString());
        }

        static Arg of(ArgKind kind, Object value) {
            return new Arg(kind, null, value == null ? null : value.toString());
        }

        static Arg vocabulary(String name, Object code) {
            return new Arg(ArgKind.VOCABULARY, name, code == null ? null : code.toString());
        }

        static Arg bundle(String prefix, Object code) {
            return new Arg(ArgKind.BUNDLE, prefix, code == null ? null : code.toString());
        }
    }

    /**
     * One thing that happened: {@code on} its date; {@code at} the instant when the system
     * recorded it as it happened (status changes, assignments, files), null for steps recorded
     * with their date only; {@code by} the user, when known; {@code note} free text recorded
     * with it (a status change's reason), or null.
     */
    public record Entry(LocalDate on, Instant at, Event event, String by, List<Arg> args, String note) {
        Entry(LocalDate on, Instant at, Event event, String by, List<Arg> args) {
            this(on, at, event, by, args, null);
        }
    }

    /** The clocks running on the case, in due order, with who answers for each. */
    public static List<NextStep> nextSteps(List<DueItem> due, AllegationDetails d) {
        List<NextStep> steps = new ArrayList<>();
        for (DueItem item : due) {
            if (!item.reference().equals(d.reference())) {
                continue;
            }
            String what = item.what();
            if (DeadlineQueries.Kind.NOTE_VERBALE_ANSWER.name().equals(what)
                    || DeadlineQueries.Kind.ACTION_REPORT.name().equals(what)) {
                steps.add(new NextStep(what, item.memberState(), item.dueOn(), item.overdue(), Party.MEMBER_STATE,
                        item.memberState(), List.of()));
            } else if (DeadlineQueries.Kind.INVESTIGATION.name().equals(what)) {
                String entity = d.investigations().stream().filter(i -> item.investigationId() != null
                        && i.id() == item.investigationId()).map(AllegationDetails.InvestigationView::entity)
                        .findFirst().orElse(null);
                List<String> investigators = d.assignments().stream().filter(a -> "INVESTIGATOR".equals(a.role()))
                        .filter(a -> a.investigationId() == null || a.investigationId().equals(item.investigationId()))
                        .map(AllegationDetails.AssignmentView::username).distinct().toList();
                steps.add(new NextStep(what, null, item.dueOn(), item.overdue(), Party.INVESTIGATING_ENTITY, entity,
                        investigators));
            } else if (DeadlineQueries.Kind.MEMBER_STATE_NOTIFICATION.name().equals(what)) {
                steps.add(new NextStep(what, item.memberState(), item.dueOn(), item.overdue(), Party.UN, null,
                        officers(d)));
            } else {
                // victim support's paternity-claim notification: the UN's victims' rights staff, not the case's officers
                steps.add(new NextStep(what, item.memberState(), item.dueOn(), item.overdue(), Party.UN, null, List.of()));
            }
        }
        steps.sort(Comparator.comparing(NextStep::dueOn));
        return steps;
    }

    private static List<String> officers(AllegationDetails d) {
        return d.assignments().stream().filter(a -> "CONDUCT_OFFICER".equals(a.role()))
                .map(AllegationDetails.AssignmentView::username).distinct().toList();
    }

    /** Everything that happened on the case that the caller may see, newest first. */
    public static List<Entry> timeline(AllegationDetails d) {
        List<Entry> entries = new ArrayList<>();
        for (AllegationDetails.StatusChangeView h : d.statusHistory()) {
            entries.add(h.from() == null
                    ? new Entry(day(h.at()), h.at(), Event.CASE_RECORDED, h.by(), List.of(Arg.vocabulary("CASE_STATUS", h.to())))
                    : new Entry(day(h.at()), h.at(), Event.STATUS_CHANGED, h.by(), List.of(Arg.vocabulary("CASE_STATUS", h.from()),
                    Arg.vocabulary("CASE_STATUS", h.to())), h.reason() == null || h.reason().isBlank() ? null : h.reason()));
        }
        for (AllegationDetails.AssignmentView a : d.assignments()) {
            entries.add(new Entry(day(a.assignedAt()), a.assignedAt(), Event.ASSIGNED, a.assignedBy(),
                    List.of(Arg.text(a.username()), Arg.bundle("role.", a.role()))));
        }
        for (AllegationDetails.AttachmentView t : d.attachments()) {
            entries.add(new Entry(day(t.uploadedAt()), t.uploadedAt(), Event.FILE_ATTACHED, t.uploadedBy(),
                    List.of(Arg.text(t.fileName()), Arg.bundle("allegation.attachments.kind.", t.kind()),
                            Arg.bundle("allegation.attachments.classification.", t.classification()))));
        }
        for (AllegationDetails.NotificationView n : d.notifications()) {
            entries.add(new Entry(n.sentOn(), null, Event.NOTE_VERBALE_SENT, null,
                    List.of(Arg.of(ArgKind.COUNTRY, n.memberState()))));
            for (AllegationDetails.FollowUpView f : n.followUps()) {
                entries.add(new Entry(f.sentOn(), null, Event.FOLLOW_UP_SENT, f.by(),
                        List.of(Arg.bundle("followup.kind.", f.kind()), Arg.of(ArgKind.COUNTRY, n.memberState()))));
            }
            if (n.answer() != null && n.respondedOn() != null) {
                entries.add(new Entry(n.respondedOn(), null, Event.STATE_ANSWERED, null,
                        List.of(Arg.of(ArgKind.COUNTRY, n.memberState()), Arg.vocabulary("MEMBER_STATE_ANSWER", n.answer()))));
            }
            if (n.nioAppointedOn() != null) {
                entries.add(new Entry(n.nioAppointedOn(), null, Event.NIO_APPOINTED, null,
                        List.of(Arg.of(ArgKind.COUNTRY, n.memberState()), Arg.text(n.nioName()))));
            }
        }
        for (AllegationDetails.InvestigationView i : d.investigations()) {
            entries.add(new Entry(i.startedOn(), null, Event.INVESTIGATION_OPENED, null,
                    List.of(Arg.vocabulary("INVESTIGATING_ENTITY", i.entity()))));
            if (i.completedOn() != null) {
                entries.add(new Entry(i.completedOn(), null, Event.INVESTIGATION_COMPLETED, null,
                        List.of(Arg.vocabulary("INVESTIGATING_ENTITY", i.entity()),
                                Arg.vocabulary("INVESTIGATION_FINDING", i.finding()), Arg.text(i.durationDays()))));
            }
        }
        for (AllegationDetails.ActionView x : d.actions()) {
            entries.add(new Entry(x.decidedOn(), null, Event.ACTION_DECIDED, null,
                    List.of(Arg.vocabulary("ACTION_STAGE", x.stage()), Arg.vocabulary("ACTION_AUTHORITY", x.authority()),
                            Arg.of(ArgKind.ACTION_TYPE, x.type()), Arg.of(ArgKind.SUBJECT, x.subjectId()))));
        }
        // newest first; on one day, what the system timed comes by its time, dated-only steps after it
        entries.sort(Comparator.comparing(Entry::on, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Entry::at, Comparator.nullsLast(Comparator.reverseOrder())));
        return entries;
    }

    private static LocalDate day(Instant at) {
        return at == null ? null : LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
