package org.blueledger.allegation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.allegation.service.AllegationDetails;
import org.blueledger.allegation.service.CaseOverview;
import org.blueledger.deadline.service.DeadlineCounts;
import org.blueledger.platform.faces.Formats;
import org.blueledger.platform.faces.Messages;

import java.util.List;

/**
 * The top of allegation/view.xhtml: the next-step panel (what is due on the case, by whom,
 * when) and the timeline tab, as words in the page's language. The case and its clocks come
 * from {@link AllegationViewBacking} (loaded once for the view), its clocks from the deadline registry
 * (every clock running on the case that the caller may see); {@link CaseOverview} decides
 * what is shown, this bean only labels it.
 */
@Named
@RequestScoped
public class AllegationOverviewBacking {

    @Inject
    AllegationViewBacking view;

    @Inject
    AllegationOptions options;

    @Inject
    DeadlineCounts deadlineCounts;

    @Inject
    Formats formats;

    /** One step due: what, by whom (the party, then the people on the case who answer for it), when. */
    public record StepRow(String what, String by, String dueOn, boolean overdue) {
    }

    /** One thing that happened: when (a date, or a time in UTC), what, a note (a reason), by whom. */
    public record EventRow(String when, String text, String note, String by) {
    }

    private List<StepRow> steps;
    private List<EventRow> events;

    public List<StepRow> getNextSteps() {
        if (steps == null) {
            AllegationDetails d = view.getDetails();
            steps = d == null ? List.of() : CaseOverview.nextSteps(deadlineCounts.dueItems(d.reference()), d).stream().map(this::row).toList();
        }
        return steps;
    }

    public List<EventRow> getTimeline() {
        if (events == null) {
            AllegationDetails d = view.getDetails();
            events = d == null ? List.of() : CaseOverview.timeline(d).stream().map(e -> row(e, d)).toList();
        }
        return events;
    }

    private StepRow row(CaseOverview.NextStep s) {
        String what = Messages.text("dashboard.due." + s.what())
                + (s.memberState() == null ? "" : " " + options.country(s.memberState()));
        String party = switch (s.party()) {
            case MEMBER_STATE -> options.country(s.partyCode());
            case INVESTIGATING_ENTITY -> s.partyCode() == null ? Messages.text("allegation.next.by.INVESTIGATING_ENTITY")
                    : options.label("INVESTIGATING_ENTITY", s.partyCode());
            case UN -> Messages.text("allegation.next.by.UN");
        };
        String by = s.people().isEmpty() ? party : party + " (" + String.join(", ", s.people()) + ")";
        return new StepRow(what, by, formats.date(s.dueOn()), s.overdue());
    }

    private EventRow row(CaseOverview.Entry e, AllegationDetails d) {
        Object[] args = e.args().stream().map(a -> label(a, d)).toArray();
        return new EventRow(e.at() != null ? formats.time(e.at()) : formats.date(e.on()),
                Messages.text("allegation.timeline." + e.event(), args), e.note(), e.by() == null ? "" : e.by());
    }

    private String label(CaseOverview.Arg a, AllegationDetails d) {
        if (a.value() == null) {
            return "";
        }
        return switch (a.kind()) {
            case TEXT -> a.value();
            case COUNTRY -> options.country(a.value());
            case VOCABULARY -> options.label(a.ref(), a.value());
            case BUNDLE -> formats.label(a.ref(), a.value());
            case ACTION_TYPE -> options.actionType(a.value());
            case SUBJECT -> options.subject(d.subjects(), a.value());
        };
    }
}
