package org.blueledger.statistics.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.blueledger.statistics.service.QuarterlyTables;
import org.blueledger.statistics.service.Suppression;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.Map;

/** The quarterly update as api.md names its fields. */
@Schema(name = "QuarterlyStatistics", description = "SEA allegations received in a quarter (api.md \"Statistics\"). "
        + "Allegation breakdowns count units (one per report, per personnel category and, for uniformed personnel, "
        + "per contributing country) and each adds up to allegations (byNationality to the uniformed units). "
        + "In the public variant (public=true) a cell of 1 or 2 is the string \"<3\" and a secondarily suppressed "
        + "cell the string \"suppressed\"; totals stay exact.")
@JsonbPropertyOrder({"year", "quarter", "asOf", "mission", "publicVariant", "allegations", "byMission", "byPersonnelCategory",
        "byNationality", "byIncidentYear", "byType", "victims", "perpetrators", "byStatus", "referredToMemberState"})
public record QuarterlyJson(
        @Schema(required = true, example = "2018") int year,
        @Schema(required = true, minimum = "1", maximum = "4") int quarter,
        @Schema(required = true, format = "date", description = "Status as at this date (default today)") String asOf,
        @Schema(nullable = true, description = "The mission filter, or null for every mission") String mission,
        @Schema(required = true, description = "Whether this is the public, suppressed variant (public=true)")
        boolean publicVariant,
        @Schema(required = true, description = "Units (exact, also in the public variant)") long allegations,
        @Schema(required = true, description = "Units by mission code") Map<String, Object> byMission,
        @Schema(required = true, description = "Units by personnel category (UNKNOWN: a report naming no subject)")
        Map<String, Object> byPersonnelCategory,
        @Schema(required = true, description = "Uniformed units by ISO 3166 alpha-3 nationality; civilians never appear")
        Map<String, Object> byNationality,
        @Schema(required = true, description = "Units by year of the incident, and UNKNOWN")
        Map<String, Object> byIncidentYear,
        @Schema(required = true, description = "Units by SEA type: SEXUAL_EXPLOITATION, SEXUAL_ABUSE, OTHER, UNKNOWN")
        Map<String, Object> byType,
        @Schema(required = true, description = "Victims (persons): total, WOMEN, GIRLS, FEMALE_AGE_UNKNOWN, MEN, BOYS, "
                + "MALE_AGE_UNKNOWN, UNKNOWN") Map<String, Object> victims,
        @Schema(required = true, description = "Alleged perpetrators (persons): total, MEN, WOMEN, UNKNOWN")
        Map<String, Object> perpetrators,
        @Schema(required = true, description = "Units by status as at asOf, every status present")
        Map<String, Object> byStatus,
        @Schema(required = true, description = "Units of reports notified to a member state by asOf "
                + "(a number; \"<3\" in the public variant for 1 or 2)", oneOf = {Long.class, String.class})
        Object referredToMemberState) {

    static QuarterlyJson of(QuarterlyTables t, boolean publicView) {
        return new QuarterlyJson(t.year(), t.quarter(), t.asOf().toString(), t.mission(), publicView, t.allegations(),
                cells(t.byMission(), publicView), cells(t.byPersonnelCategory(), publicView),
                cells(t.byNationality(), publicView), cells(t.byIncidentYear(), publicView),
                cells(t.byType(), publicView), cells(t.victims(), publicView), cells(t.perpetrators(), publicView),
                cells(t.byStatus(), publicView),
                publicView ? Suppression.cell(t.referredToMemberState()) : t.referredToMemberState());
    }

    static Map<String, Object> cells(Map<String, Long> exact, boolean publicView) {
        return publicView ? Suppression.breakdown(exact, "total") : new LinkedHashMap<>(exact);
    }
}
