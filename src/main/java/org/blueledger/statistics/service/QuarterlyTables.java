package org.blueledger.statistics.service;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The quarterly update, exact (api.md "Statistics"). Allegation breakdowns count units and each
 * adds up to {@code allegations} ({@code byNationality} to the uniformed units); victims and
 * perpetrators count persons and carry their {@code total}.
 */
public record QuarterlyTables(int year, int quarter, LocalDate asOf, String mission, long allegations,
                              Map<String, Long> byMission, Map<String, Long> byPersonnelCategory,
                              Map<String, Long> byNationality, Map<String, Long> byIncidentYear,
                              Map<String, Long> byType, Map<String, Long> victims, Map<String, Long> perpetrators,
                              Map<String, Long> byStatus, long referredToMemberState) {

    /** The breakdowns in publication order, each keyed by its API name (totals apart). */
    public Map<String, Map<String, Long>> breakdowns() {
        Map<String, Map<String, Long>> m = new LinkedHashMap<>();
        m.put("byMission", byMission);
        m.put("byPersonnelCategory", byPersonnelCategory);
        m.put("byNationality", byNationality);
        m.put("byIncidentYear", byIncidentYear);
        m.put("byType", byType);
        m.put("victims", victims);
        m.put("perpetrators", perpetrators);
        m.put("byStatus", byStatus);
        return m;
    }
}
