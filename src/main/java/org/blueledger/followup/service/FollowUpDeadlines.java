package org.blueledger.followup.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.blueledger.allegation.domain.AgeGroup;
import org.blueledger.allegation.domain.Allegation;
import org.blueledger.allegation.domain.MisconductKind;
import org.blueledger.deadline.service.DeadlineRules;
import org.blueledger.deadline.service.Holidays;

import java.time.LocalDate;

/** The follow-up's due dates: the deadline rule that applies (reference data) counted on the working calendar. */
@ApplicationScoped
public class FollowUpDeadlines {

    @Inject
    Holidays holidays;

    @Inject
    DeadlineRules deadlineRules;

    /** An investigation's due date: SEA with a minor victim, SEA, or other misconduct. */
    public LocalDate investigationDue(Allegation a, LocalDate start) {
        boolean minor = a.getVictims().stream().anyMatch(v -> v.getAgeGroup() == AgeGroup.MINOR);
        return due(start, a.getKind() == MisconductKind.SEA ? (minor ? "SEA_INVESTIGATION_MINOR_VICTIM" : "SEA_INVESTIGATION")
                : "OTHER_INVESTIGATION");
    }

    /** The date a member state's answer to a note verbale sent on {@code sent} is due. */
    public LocalDate answerDue(LocalDate sent) {
        return due(sent, "MEMBER_STATE_ANSWERS");
    }

    private LocalDate due(LocalDate start, String rule) {
        DeadlineRules.Rule r = deadlineRules.rule(rule);
        return holidays.calendar().due(start, r.amount(), r.unit());
    }
}
