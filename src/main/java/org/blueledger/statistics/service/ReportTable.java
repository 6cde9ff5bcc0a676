package org.blueledger.statistics.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One published table: its API name and its cells in order. Cells are exact numbers, or in the
 * public variant the strings {@value Suppression#SMALL} and {@value Suppression#SECONDARY}. The
 * CSV, XLSX and PDF exports all write this one form, so they cannot disagree with the JSON.
 */
public record ReportTable(String name, Map<String, Object> cells) {

    /** The quarterly tables in publication order; {@code publicView} applies the suppression. */
    public static List<ReportTable> quarterly(QuarterlyTables t, boolean publicView) {
        List<ReportTable> tables = new ArrayList<>();
        Map<String, Object> total = new LinkedHashMap<>();
        total.put("total", t.allegations());
        tables.add(new ReportTable("allegations", total));
        t.breakdowns().forEach((name, cells) -> tables.add(new ReportTable(name, cells(cells, publicView))));
        Map<String, Object> referred = new LinkedHashMap<>();
        referred.put("total", publicView ? Suppression.cell(t.referredToMemberState()) : t.referredToMemberState());
        tables.add(new ReportTable("referredToMemberState", referred));
        return tables;
    }

    /**
     * The annual tables in order. Nested views become one table per row (e.g.
     * {@code allegationsByMissionAndCategory.UNMISS}); suppression applies row by row. In the
     * public variant an entity's durations and on-time rate are left out when fewer than 3 of its
     * investigations completed.
     */
    public static List<ReportTable> annual(AnnualTables t, boolean publicView) {
        List<ReportTable> tables = new ArrayList<>();
        Map<String, Object> total = new LinkedHashMap<>();
        total.put("total", t.allegations());
        tables.add(new ReportTable("allegations", total));
        t.allegationsByMissionAndCategory().forEach((mission, cells) ->
                tables.add(new ReportTable("allegationsByMissionAndCategory." + mission, cells(cells, publicView))));
        tables.add(new ReportTable("byQuarter", cells(t.byQuarter(), publicView)));
        tables.add(new ReportTable("byYear", cells(t.byYear(), publicView)));
        Map<String, Long> perEntity = new LinkedHashMap<>();
        t.investigationsByEntity().forEach(r -> perEntity.put(r.entity(), r.investigations()));
        Map<String, Object> entityCells = cells(perEntity, publicView);
        for (InvestigationRow r : t.investigationsByEntity()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("investigations", entityCells.get(r.entity()));
            boolean shown = !publicView || r.completed() >= 3;
            row.put("completed", publicView ? Suppression.cell(r.completed()) : r.completed());
            row.put("averageDays", shown ? r.averageDays() : null);
            row.put("medianDays", shown ? r.medianDays() : null);
            row.put("onTimeRate", shown ? r.onTimeRate() : null);
            tables.add(new ReportTable("investigationsByEntity." + r.entity(), row));
        }
        tables.add(new ReportTable("findings", cells(t.findings(), publicView)));
        t.actions().forEach((stage, states) -> states.forEach((state, types) ->
                tables.add(new ReportTable("actions." + stage + "." + state, cells(types, publicView)))));
        tables.add(new ReportTable("criminalReferralsByOutcome", cells(t.criminalReferralsByOutcome(), publicView)));
        tables.add(new ReportTable("criminalReferralsByState", cells(t.criminalReferralsByState(), publicView)));
        tables.add(new ReportTable("paternityClaimsByStatus", cells(t.paternityClaimsByStatus(), publicView)));
        Map<String, Object> otherTotal = new LinkedHashMap<>();
        otherTotal.put("total", t.otherMisconductAllegations());
        tables.add(new ReportTable("otherMisconductAllegations", otherTotal));
        t.otherMisconduct().forEach((area, cells) ->
                tables.add(new ReportTable("otherMisconduct." + area, cells(cells, publicView))));
        return tables;
    }

    /** Nested maps in their public variant, row by row. */
    public static Map<String, Map<String, Object>> rows(Map<String, Map<String, Long>> exact, boolean publicView) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        exact.forEach((k, v) -> out.put(k, cells(v, publicView)));
        return out;
    }

    /** The exact cells, or their public variant (a breakdown's own {@code total} stays exact). */
    public static Map<String, Object> cells(Map<String, Long> exact, boolean publicView) {
        return publicView ? Suppression.breakdown(exact, "total") : new LinkedHashMap<>(exact);
    }
}
