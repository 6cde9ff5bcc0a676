package org.blueledger.statistics.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.blueledger.allegation.domain.InvestigationFinding;
import org.blueledger.allegation.domain.PersonnelCategory;
import org.blueledger.allegation.domain.ThematicArea;
import org.blueledger.followup.domain.InvestigatingEntity;
import org.blueledger.statistics.persistence.AnnualFiguresRepository;
import org.blueledger.statistics.persistence.AnnualFiguresRepository.AnnualGroup;
import org.blueledger.statistics.persistence.FollowUpFiguresRepository;
import org.blueledger.statistics.persistence.FollowUpFiguresRepository.InvestigationGroup;
import org.blueledger.statistics.persistence.FollowUpFiguresRepository.TripleGroup;
import org.blueledger.statistics.persistence.PersonGroup;
import org.blueledger.statistics.persistence.UnitFilter;
import org.blueledger.victimsupport.domain.ClaimStatus;
import org.blueledger.victimsupport.service.ClaimStatistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.blueledger.statistics.service.Tallies.civilianLast;
import static org.blueledger.statistics.service.Tallies.codes;
import static org.blueledger.statistics.service.Tallies.inOrder;
import static org.blueledger.statistics.service.Tallies.ordered;
import static org.blueledger.statistics.service.Tallies.round;
import static org.blueledger.statistics.service.Tallies.unknownLast;
import static org.blueledger.statistics.service.Tallies.zeros;

/**
 * The annual tables, from the grouped counts of {@link AnnualFiguresRepository} (units),
 * {@link FollowUpFiguresRepository} (investigations, findings, actions, criminal referrals) and
 * victim support's published {@link ClaimStatistics} (paternity claims); called by the gate only.
 */
@ApplicationScoped
public class AnnualFigures {

    @Inject
    AnnualFiguresRepository units;

    @Inject
    FollowUpFiguresRepository followUp;

    @Inject
    ClaimStatistics claimStatistics;

    /** The reports received in {@code year} ({@code f}); the trend over the years of {@code fiveYears}. */
    public AnnualTables tables(int year, UnitFilter f, UnitFilter fiveYears, LocalDate today) {
        Map<String, Map<String, Long>> byMissionAndCategory = new TreeMap<>();
        Map<String, Long> byQuarter = zeros(List.of("Q1", "Q2", "Q3", "Q4"));
        Map<String, Long> byYear = new LinkedHashMap<>();
        for (int y = fiveYears.receivedFrom().getYear(); y <= year; y++) {
            byYear.put(Integer.toString(y), 0L);
        }
        units.unitsByYear(fiveYears, "SEA").forEach((y, n) -> byYear.put(Integer.toString(y), n));
        long total = 0;
        for (AnnualGroup g : units.annualUnits(f, "SEA")) {
            total += g.units();
            byQuarter.merge("Q" + g.quarter(), g.units(), Long::sum);
            byMissionAndCategory.computeIfAbsent(g.mission(), k -> new TreeMap<>()).merge(g.category(), g.units(), Long::sum);
        }
        byMissionAndCategory.replaceAll((m, cells) -> ordered(cells, codes(PersonnelCategory.values()), false));

        Map<String, Long> findings = ordered(new TreeMap<>(), codes(InvestigationFinding.values()), true);
        for (PersonGroup g : followUp.findings(f)) {
            findings.merge(g.first(), g.persons(), Long::sum);
        }
        Map<String, Long> referralsByOutcome = zeros(List.of("PENDING", "PROSECUTED", "CONVICTED", "ACQUITTED",
                "NO_ACTION", "UNKNOWN"));
        Map<String, Long> referralsByState = new TreeMap<>();
        for (PersonGroup g : followUp.criminalReferrals(f)) {
            referralsByOutcome.merge(g.second(), g.persons(), Long::sum);
            referralsByState.merge(g.first(), g.persons(), Long::sum);
        }
        Map<String, Long> paternity = zeros(List.of("total"));
        codes(ClaimStatus.values()).forEach(c -> paternity.put(c, 0L));
        // victim support's own count, through its published service (never its tables from here)
        claimStatistics.claimsByStatus(f.receivedFrom(), f.receivedTo(), f.mission(), f.nationality(), f.category())
                .forEach((status, n) -> paternity.merge(status, n, Long::sum));

        Map<String, Map<String, Long>> other = new LinkedHashMap<>();
        long otherTotal = 0;
        for (AnnualGroup g : units.annualUnits(f, "OTHER_MISCONDUCT")) {
            otherTotal += g.units();
            other.computeIfAbsent(g.thematicArea(), k -> zeros(List.of("SERIOUS", "NON_SERIOUS")))
                    .merge(g.seriousness(), g.units(), Long::sum);
        }
        return new AnnualTables(year, f.mission(), total, byMissionAndCategory, byQuarter, byYear,
                investigations(f, today), findings, actions(f), referralsByOutcome, referralsByState, paternity,
                inOrder(other, codes(ThematicArea.values()), null), otherTotal);
    }

    /** Investigations by entity, in the vocabulary's order, with durations rounded to a tenth of a day. */
    private List<InvestigationRow> investigations(UnitFilter f, LocalDate today) {
        List<InvestigationRow> rows = new ArrayList<>();
        for (InvestigationGroup g : followUp.investigations(f, today)) {
            long due = g.completed() + g.overdue();
            rows.add(new InvestigationRow(g.entity(), g.investigations(), g.completed(), round(g.averageDays()),
                    round(g.medianDays()), g.onTime(), g.overdue(), due == 0 ? null : round(100.0 * g.onTime() / due)));
        }
        List<String> entityOrder = codes(InvestigatingEntity.values());
        rows.sort(Comparator.comparingInt(r -> entityOrder.indexOf(r.entity())));
        return rows;
    }

    /** Actions: stage (INTERIM, FINAL first) → member state (civilians, then unknown, last) → type → count. */
    private Map<String, Map<String, Map<String, Long>>> actions(UnitFilter f) {
        Map<String, Map<String, Map<String, Long>>> actions = new LinkedHashMap<>();
        actions.put("INTERIM", new TreeMap<>(unknownLast(civilianLast())));
        actions.put("FINAL", new TreeMap<>(unknownLast(civilianLast())));
        for (TripleGroup g : followUp.actions(f)) {
            actions.computeIfAbsent(g.first(), k -> new TreeMap<>()).computeIfAbsent(g.second(), k -> new TreeMap<>())
                    .merge(g.third(), g.count(), Long::sum);
        }
        return actions;
    }
}
