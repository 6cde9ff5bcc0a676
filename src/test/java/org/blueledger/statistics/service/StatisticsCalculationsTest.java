package org.blueledger.statistics.service;

import org.blueledger.platform.error.FieldError;
import org.blueledger.statistics.persistence.PersonGroup;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pure parts of the statistics: person categories, orderings, parameters, the CSV form. */
class StatisticsCalculationsTest {

    @Test
    void victimsFallIntoTheSevenPublishedCategoriesAndATotal() {
        Map<String, Long> cut = QuarterlyFigures.victims(List.of(new PersonGroup("FEMALE", "ADULT", 4),
                new PersonGroup("FEMALE", "MINOR", 2), new PersonGroup("FEMALE", "UNKNOWN", 1),
                new PersonGroup("MALE", "MINOR", 3), new PersonGroup("UNKNOWN", "MINOR", 1),
                new PersonGroup("UNKNOWN", "ADULT", 1)));
        assertEquals(List.of("total", "WOMEN", "GIRLS", "FEMALE_AGE_UNKNOWN", "MEN", "BOYS", "MALE_AGE_UNKNOWN", "UNKNOWN"),
                new ArrayList<>(cut.keySet()));
        assertEquals(12L, cut.get("total"));
        assertEquals(4L, cut.get("WOMEN"));
        assertEquals(0L, cut.get("MEN"));
        assertEquals(3L, cut.get("BOYS"));
        assertEquals(2L, cut.get("UNKNOWN"), "sex unknown counts as unknown whatever the age");
    }

    @Test
    void perpetratorsAreMenWomenOrUnknown() {
        Map<String, Long> cut = QuarterlyFigures.perpetrators(List.of(new PersonGroup("MALE", null, 5),
                new PersonGroup("UNKNOWN", null, 1)));
        assertEquals(Map.of("total", 6L, "MEN", 5L, "WOMEN", 0L, "UNKNOWN", 1L), cut);
    }

    @Test
    void yearsOfIncidentRunNewestFirstWithUnknownLast() {
        Map<String, Long> cut = new TreeMap<>(Tallies.unknownLast(java.util.Comparator.<String>reverseOrder()));
        cut.put("2017", 1L);
        cut.put("UNKNOWN", 2L);
        cut.put("2018", 3L);
        assertEquals(List.of("2018", "2017", "UNKNOWN"), new ArrayList<>(cut.keySet()));
    }

    @Test
    void vocabularyOrderKeepsEveryCodeWhenZerosAreWanted() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("OTHER", 2L);
        Map<String, Long> cut = Tallies.ordered(counts, List.of("SEXUAL_EXPLOITATION", "OTHER"), true);
        assertEquals(List.of("SEXUAL_EXPLOITATION", "OTHER"), new ArrayList<>(cut.keySet()));
        assertEquals(0L, cut.get("SEXUAL_EXPLOITATION"));
    }

    @Test
    void aQuarterOutsideOneToFourOrAYearBefore1948IsNamed() {
        List<FieldError> errors = new ArrayList<>();
        StatisticsParameters.quarter("0", errors);
        StatisticsParameters.quarter("abc", errors);
        StatisticsParameters.year("1947", 2026, errors);
        StatisticsParameters.year("2027", 2026, errors);
        StatisticsParameters.date("2018-02-30", "asOf", errors);
        assertEquals(List.of("quarter", "quarter", "year", "year", "asOf"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    void theCsvIsRfc4180WithEveryCellQuotedAndFormulasDefused() {
        Map<String, Object> cells = new LinkedHashMap<>();
        cells.put("=HYPERLINK(\"x\")", 3L);
        String cut = StatisticsCsv.write(Map.of("year", 2018), List.of(new ReportTable("byMission", cells)));
        assertEquals("\"table\",\"key\",\"value\"\r\n\"parameter\",\"year\",\"2018\"\r\n"
                + "\"byMission\",\"'=HYPERLINK(\"\"x\"\")\",\"3\"\r\n", cut);
    }

    @Test
    void thePublicQuarterlyTablesKeepTotalsExact() {
        Map<String, Long> two = new LinkedHashMap<>();
        two.put("UNMISS", 2L);
        two.put("MINUSCA", 9L);
        Map<String, Long> status = new LinkedHashMap<>();
        status.put("UNDER_INVESTIGATION", 11L);
        Map<String, Long> victims = new LinkedHashMap<>();
        victims.put("total", 1L);
        victims.put("WOMEN", 1L);
        QuarterlyTables t = new QuarterlyTables(2018, 2, LocalDate.of(2018, 6, 30), null, 11, two, Map.of(), Map.of(),
                Map.of(), Map.of(), victims, Map.of(), status, 1);
        List<ReportTable> cut = ReportTable.quarterly(t, true);
        assertEquals(11L, cut.get(0).cells().get("total"));
        Map<String, Object> byMission = cut.get(1).cells();
        assertEquals("<3", byMission.get("UNMISS"));
        assertEquals("suppressed", byMission.get("MINUSCA"));
        Map<String, Object> v = cut.stream().filter(x -> x.name().equals("victims")).findFirst().orElseThrow().cells();
        assertEquals(1L, v.get("total"));
        assertEquals("<3", v.get("WOMEN"));
        assertTrue(cut.get(cut.size() - 1).cells().get("total") instanceof String, "referredToMemberState 1 -> <3");
    }
}
