package org.blueledger.statistics.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.blueledger.statistics.service.AnnualTables;
import org.blueledger.statistics.service.InvestigationRow;
import org.blueledger.statistics.service.ReportTable;
import org.blueledger.statistics.service.Suppression;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The annual views (api.md "annual"; field names are ours, described here). */
@Schema(name = "AnnualStatistics", description = "The annual views for the reports received in a year. Allegation "
        + "counts are units (one per report, per personnel category and, for uniformed personnel, per contributing "
        + "country); investigations, findings, actions and referrals count records. In the public variant cells of "
        + "1 or 2 are \"<3\" and secondarily suppressed cells \"suppressed\", row by row; totals stay exact.")
@JsonbPropertyOrder({"year", "mission", "publicVariant", "allegations", "allegationsByMissionAndCategory", "byQuarter",
        "byYear", "investigationsByEntity", "findings", "actions", "criminalReferralsByOutcome",
        "criminalReferralsByState", "paternityClaimsByStatus", "otherMisconductAllegations", "otherMisconduct"})
public record AnnualJson(
        @Schema(required = true) int year,
        @Schema(nullable = true, description = "The mission filter, or absent for every mission") String mission,
        @Schema(required = true) boolean publicVariant,
        @Schema(required = true, description = "SEA units received in the year (exact)") long allegations,
        @Schema(required = true, description = "Mission code → personnel category → SEA units")
        Map<String, Map<String, Object>> allegationsByMissionAndCategory,
        @Schema(required = true, description = "Q1..Q4 → SEA units received in that quarter") Map<String, Object> byQuarter,
        @Schema(required = true, description = "The year and the four before it → SEA units") Map<String, Object> byYear,
        @Schema(required = true, description = "Investigations of the year's SEA reports, by investigating entity")
        List<InvestigationJson> investigationsByEntity,
        @Schema(required = true, description = "Completed investigations by finding: SUBSTANTIATED, NOT_SUBSTANTIATED, "
                + "CLOSED_OTHER") Map<String, Object> findings,
        @Schema(required = true, description = "Stage (INTERIM, FINAL) → member state of the subject (ISO alpha-3 for "
                + "uniformed personnel; CIVILIAN otherwise) → action type → actions")
        Map<String, Map<String, Map<String, Object>>> actions,
        @Schema(required = true, description = "Referrals for criminal accountability by outcome: PENDING, PROSECUTED, "
                + "CONVICTED, ACQUITTED, NO_ACTION, UNKNOWN") Map<String, Object> criminalReferralsByOutcome,
        @Schema(required = true, description = "Referrals for criminal accountability by state referred to")
        Map<String, Object> criminalReferralsByState,
        @Schema(required = true, description = "Paternity claims received in the year: total, and by status (RECEIVED, "
                + "MEMBER_STATE_NOTIFIED, DNA_TESTING, PATERNITY_ESTABLISHED, PATERNITY_NOT_ESTABLISHED, CHILD_SUPPORT_ARRANGED, "
                + "PAUSED, CLOSED)") Map<String, Object> paternityClaimsByStatus,
        @Schema(required = true, description = "Other-misconduct units received in the year (exact)") long otherMisconductAllegations,
        @Schema(required = true, description = "Thematic area → seriousness (SERIOUS, NON_SERIOUS) → other-misconduct units")
        Map<String, Map<String, Object>> otherMisconduct) {

    /** One investigating entity's row. */
    @Schema(name = "InvestigationsOfEntity")
    @JsonbPropertyOrder({"entity", "investigations", "completed", "averageDays", "medianDays", "onTime", "overdue", "onTimeRate"})
    public record InvestigationJson(
            @Schema(required = true, description = "Investigating entity code") String entity,
            @Schema(required = true, description = "Investigations opened (a number; \"<3\"/\"suppressed\" when public)",
                    oneOf = {Long.class, String.class}) Object investigations,
            @Schema(required = true, oneOf = {Long.class, String.class}) Object completed,
            @Schema(nullable = true, description = "Mean days from start to completion; absent if none completed "
                    + "(or fewer than 3 in the public variant)") Double averageDays,
            @Schema(nullable = true, description = "Median days from start to completion") Double medianDays,
            @Schema(nullable = true, description = "Completed by the due date of the deadline rules (internal only)") Long onTime,
            @Schema(nullable = true, description = "Open past the due date (internal only)") Long overdue,
            @Schema(nullable = true, description = "Percent: onTime / (completed + overdue)") Double onTimeRate) {
    }

    static AnnualJson of(AnnualTables t, boolean pub) {
        Map<String, Long> perEntity = new LinkedHashMap<>();
        t.investigationsByEntity().forEach(r -> perEntity.put(r.entity(), r.investigations()));
        Map<String, Object> entityCells = ReportTable.cells(perEntity, pub);
        List<InvestigationJson> investigations = new ArrayList<>();
        for (InvestigationRow r : t.investigationsByEntity()) {
            boolean shown = !pub || r.completed() >= 3;
            investigations.add(new InvestigationJson(r.entity(), entityCells.get(r.entity()),
                    pub ? Suppression.cell(r.completed()) : r.completed(), shown ? r.averageDays() : null,
                    shown ? r.medianDays() : null, pub ? null : r.onTime(), pub ? null : r.overdue(),
                    shown ? r.onTimeRate() : null));
        }
        Map<String, Map<String, Map<String, Object>>> actions = new LinkedHashMap<>();
        t.actions().forEach((stage, states) -> actions.put(stage, ReportTable.rows(states, pub)));
        return new AnnualJson(t.year(), t.mission(), pub, t.allegations(),
                ReportTable.rows(t.allegationsByMissionAndCategory(), pub), ReportTable.cells(t.byQuarter(), pub),
                ReportTable.cells(t.byYear(), pub), investigations, ReportTable.cells(t.findings(), pub), actions,
                ReportTable.cells(t.criminalReferralsByOutcome(), pub), ReportTable.cells(t.criminalReferralsByState(), pub),
                ReportTable.cells(t.paternityClaimsByStatus(), pub), t.otherMisconductAllegations(),
                ReportTable.rows(t.otherMisconduct(), pub));
    }
}
