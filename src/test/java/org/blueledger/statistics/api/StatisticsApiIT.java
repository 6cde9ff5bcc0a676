package org.blueledger.statistics.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.blueledger.testsupport.Api;
import org.blueledger.testsupport.ClientTest;
import org.blueledger.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.blueledger.testsupport.Api.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quarterly update over HTTP against a hand-built quarter (2006 Q3, which no other test
 * uses) whose every expected figure is worked out by hand below:
 * <pre>
 * A1 UNMIL  rec 2006-07-10 inc 2006-06-20 SEXUAL_EXPLOITATION
 *    subjects MC NPL M, MC NPL M, MC PAK M, INTERNATIONAL_STAFF FRA M     units (MC,NPL) (MC,PAK) (INT)   = 3
 *    victims  F adult, F minor; status PA 07-11, UI 08-01; notified NPL 08-05, PAK 2007-01-15
 * A2 UNMIL  rec 2006-08-15 inc unknown SEXUAL_ABUSE
 *    subjects UN_POLICE BGD F, NATIONAL_STAFF LBR M                      units (UNPOL,BGD) (NS)          = 2
 *    victims  M minor, unknown/unknown, M age unknown; status PA 08-16, URLI 10-01, PA 2007-02-01
 * A3 MONUC  rec 2006-09-30 inc 2005-12-01 OTHER
 *    subjects CONTRACTOR (no nationality) sex unknown                    units (CONTRACTOR)              = 1
 *    victims  F age unknown; status first recorded 10-02 PA, UI 11-01, SUBSTANTIATED 12-15
 * A4 MONUC  rec 2006-07-01 inc 2006-07-01 SEXUAL_EXPLOITATION, no subject   units (UNKNOWN)           = 1
 *    victims  F adult x2; status PA 07-02, CLOSED_OTHER 09-15
 * A5 filed under UNMIS, moved to UNMIL; rec 2006-09-01 inc 2006-08-01 type unknown
 *    subjects MILITARY_OBSERVER NPL M, STAFF_OFFICER NPL M               units (MO,NPL) (SO,NPL)         = 2
 *    no victims; status PA 09-02, UI 09-20, NOT_SUBSTANTIATED 11-20; notified NPL 10-10
 * Not counted: an OTHER_MISCONDUCT report of the quarter, SEA reports of 2006-06-30 and 2006-10-01.
 * </pre>
 */
class StatisticsApiIT extends ClientTest {

    static final String QUARTERLY = "/api/v1/statistics/quarterly";

    String statistician;

    @BeforeEach
    void setUp() throws SQLException {
        statistician = api.newAccount("stat", "STATISTICIAN", null, null);
        org.blueledger.statistics.StatisticsDataset.seedOnce();
    }

    // ---- helpers -----------------------------------------------------------------------------

    JsonObject quarterly(String query, String user) {
        Api.Response r = api.get(QUARTERLY + "?" + query, user, PASSWORD);
        assertEquals(200, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        return r.json();
    }

    static Map<String, Object> map(JsonObject o, String key) {
        Map<String, Object> m = new LinkedHashMap<>();
        o.getJsonObject(key).forEach((k, v) -> m.put(k, v.getValueType() == JsonValue.ValueType.NUMBER
                ? (Object) o.getJsonObject(key).getJsonNumber(k).longValue() : o.getJsonObject(key).getString(k)));
        return m;
    }

    static Map<String, Object> counts(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            Object v = keyValues[i + 1];
            m.put((String) keyValues[i], v instanceof Integer n ? (Object) n.longValue() : v);
        }
        return m;
    }

    static long sum(Map<String, Object> m) {
        return m.values().stream().mapToLong(v -> (Long) v).sum();
    }

    // ---- the tables --------------------------------------------------------------------------

    @Test
    void theQuarterAsAtTheEndOfTheYearCountsEveryUnitByHand() {
        JsonObject q = quarterly("year=2006&quarter=3&asOf=2006-12-31", statistician);
        assertEquals(2006, q.getInt("year"));
        assertEquals(3, q.getInt("quarter"));
        assertEquals("2006-12-31", q.getString("asOf"));
        assertEquals(9, q.getInt("allegations"));
        assertEquals(counts("MONUC", 2, "UNMIL", 7), map(q, "byMission"), "the moved case counts under UNMIL");
        assertEquals(counts("INTERNATIONAL_STAFF", 1, "NATIONAL_STAFF", 1, "MILITARY_CONTINGENT", 2,
                "MILITARY_OBSERVER", 1, "STAFF_OFFICER", 1, "UN_POLICE", 1, "CONTRACTOR", 1, "UNKNOWN", 1),
                map(q, "byPersonnelCategory"));
        assertEquals(counts("BGD", 1, "NPL", 3, "PAK", 1), map(q, "byNationality"),
                "uniformed units only: no FRA or LBR civilian");
        assertEquals(counts("2006", 6, "2005", 1, "UNKNOWN", 2), map(q, "byIncidentYear"));
        assertEquals(counts("SEXUAL_EXPLOITATION", 4, "SEXUAL_ABUSE", 2, "OTHER", 1, "UNKNOWN", 2), map(q, "byType"));
        assertEquals(counts("total", 8, "WOMEN", 3, "GIRLS", 1, "FEMALE_AGE_UNKNOWN", 1, "MEN", 0, "BOYS", 1,
                "MALE_AGE_UNKNOWN", 1, "UNKNOWN", 1), map(q, "victims"));
        assertEquals(counts("total", 9, "MEN", 7, "WOMEN", 1, "UNKNOWN", 1), map(q, "perpetrators"));
        assertEquals(counts("PRELIMINARY_ASSESSMENT", 0, "UNDER_REVIEW_LIMITED_INFORMATION", 2, "UNDER_INVESTIGATION", 3,
                "SUBSTANTIATED", 1, "NOT_SUBSTANTIATED", 2, "CLOSED_OTHER", 1), map(q, "byStatus"));
        assertEquals(5, q.getInt("referredToMemberState"));
        for (String breakdown : new String[] {"byMission", "byPersonnelCategory", "byIncidentYear", "byType", "byStatus"}) {
            assertEquals(9, sum(map(q, breakdown)), breakdown + " adds up to the total");
        }
    }

    @Test
    void theQuarterAsItStoodAtItsEndIgnoresLaterStatusesAndNotifications() {
        JsonObject q = quarterly("year=2006&quarter=3&asOf=2006-09-30", statistician);
        assertEquals(9, q.getInt("allegations"));
        assertEquals(counts("PRELIMINARY_ASSESSMENT", 3, "UNDER_REVIEW_LIMITED_INFORMATION", 0, "UNDER_INVESTIGATION", 5,
                "SUBSTANTIATED", 0, "NOT_SUBSTANTIATED", 0, "CLOSED_OTHER", 1), map(q, "byStatus"),
                "A2 went to limited information on 10-01, A3 was recorded on 10-02, A5 closed 11-20");
        assertEquals(3, q.getInt("referredToMemberState"), "A5's state was notified on 10-10");
    }

    @Test
    void asAtADayInsideTheQuarterOnlyTheReportsReceivedByThenCount() {
        JsonObject q = quarterly("year=2006&quarter=3&asOf=2006-08-31", statistician);
        assertEquals(6, q.getInt("allegations"), "A1, A2 and A4 had been received");
        assertEquals(counts("MONUC", 1, "UNMIL", 5), map(q, "byMission"));
    }

    @Test
    void aMissionFilterCountsThatMissionOnly() {
        JsonObject q = quarterly("year=2006&quarter=3&asOf=2006-12-31&mission=MONUC", statistician);
        assertEquals(2, q.getInt("allegations"));
        assertEquals("MONUC", q.getString("mission"));
        assertEquals(counts("total", 3, "WOMEN", 2, "GIRLS", 0, "FEMALE_AGE_UNKNOWN", 1, "MEN", 0, "BOYS", 0,
                "MALE_AGE_UNKNOWN", 0, "UNKNOWN", 0), map(q, "victims"));
        assertEquals(counts("total", 1, "MEN", 0, "WOMEN", 0, "UNKNOWN", 1), map(q, "perpetrators"));
        assertEquals(0, map(q, "byNationality").size());
    }

    @Test
    void hqConductReadsTheSameTables() {
        String hq = api.newAccount("stat-hq", "HQ_CONDUCT", null, null);
        assertEquals(9, quarterly("year=2006&quarter=3&asOf=2006-12-31", hq).getInt("allegations"));
    }

    @Test
    void aLiaisonCountsOnlyTheUnitsOfItsOwnUniformedNationals() {
        String liaison = api.newAccount("stat-npl", "MEMBER_STATE_LIAISON", null, "NPL");
        JsonObject q = quarterly("year=2006&quarter=3&asOf=2006-12-31", liaison);
        assertEquals(3, q.getInt("allegations"), "A1 (MC,NPL), A5 (MO,NPL), A5 (SO,NPL)");
        assertEquals(counts("UNMIL", 3), map(q, "byMission"));
        assertEquals(counts("MILITARY_CONTINGENT", 1, "MILITARY_OBSERVER", 1, "STAFF_OFFICER", 1), map(q, "byPersonnelCategory"));
        assertEquals(counts("NPL", 3), map(q, "byNationality"));
        assertEquals(counts("total", 2, "WOMEN", 1, "GIRLS", 1, "FEMALE_AGE_UNKNOWN", 0, "MEN", 0, "BOYS", 0,
                "MALE_AGE_UNKNOWN", 0, "UNKNOWN", 0), map(q, "victims"));
        assertEquals(counts("total", 4, "MEN", 4, "WOMEN", 0, "UNKNOWN", 0), map(q, "perpetrators"),
                "two Nepalese contingent members of A1 are two persons in one unit");
        assertEquals(counts("PRELIMINARY_ASSESSMENT", 0, "UNDER_REVIEW_LIMITED_INFORMATION", 0, "UNDER_INVESTIGATION", 1,
                "SUBSTANTIATED", 0, "NOT_SUBSTANTIATED", 2, "CLOSED_OTHER", 0), map(q, "byStatus"));
        assertEquals(3, q.getInt("referredToMemberState"));

        Api.Response other = api.get(QUARTERLY + "?year=2006&quarter=3&nationality=PAK", liaison, PASSWORD);
        assertEquals(403, other.status(), other.body());
    }

    @Test
    void aNationalityFilterCountsThoseUniformedUnitsOnly() {
        JsonObject q = quarterly("year=2006&quarter=3&asOf=2006-12-31&nationality=FRA", statistician);
        assertEquals(0, q.getInt("allegations"), "a civilian's nationality selects nothing");
        JsonObject pak = quarterly("year=2006&quarter=3&asOf=2006-12-31&nationality=PAK", statistician);
        assertEquals(1, pak.getInt("allegations"));
        assertEquals(counts("total", 1, "MEN", 1, "WOMEN", 0, "UNKNOWN", 0), map(pak, "perpetrators"));
    }

    // ---- the public variant and CSV -------------------------------------------------------------

    @Test
    void thePublicVariantSuppressesSmallCellsAndTheirNextSmallestNeighbour() {
        JsonObject q = quarterly("year=2006&quarter=3&asOf=2006-12-31&public=true", statistician);
        assertEquals(9, q.getInt("allegations"), "totals stay exact");
        assertEquals(counts("MONUC", "<3", "UNMIL", "suppressed"), map(q, "byMission"));
        assertEquals(counts("BGD", "<3", "NPL", 3, "PAK", "<3"), map(q, "byNationality"));
        assertEquals(counts("total", 9, "MEN", 7, "WOMEN", "<3", "UNKNOWN", "<3"), map(q, "perpetrators"));
        assertEquals(8L, map(q, "victims").get("total"));
        assertEquals(5, q.getInt("referredToMemberState"));
        for (String breakdown : new String[] {"byMission", "byPersonnelCategory", "byNationality", "byIncidentYear",
                "byType", "victims", "perpetrators", "byStatus"}) {
            Map<String, Object> cells = map(q, breakdown);
            cells.remove("total");
            assertFalse(cells.containsValue(1L) || cells.containsValue(2L), breakdown + ": " + cells);
            assertNotEquals(1, cells.values().stream().filter(v -> v instanceof String).count(), breakdown + ": " + cells);
        }
    }

    @Test
    void theTablesComeAsCsvByFormatOrByAcceptHeader() {
        Api.Response byFormat = api.get(QUARTERLY + "?year=2006&quarter=3&asOf=2006-12-31&format=csv", statistician, PASSWORD);
        assertEquals(200, byFormat.status(), byFormat.body());
        assertTrue(byFormat.contentType().startsWith("text/csv"), byFormat.contentType());
        assertTrue(byFormat.body().startsWith("\"table\",\"key\",\"value\"\r\n"), byFormat.body());
        assertTrue(byFormat.body().contains("\"byMission\",\"UNMIL\",\"7\"\r\n"), byFormat.body());
        assertTrue(byFormat.body().contains("\"allegations\",\"total\",\"9\"\r\n"), byFormat.body());
        assertFalse(byFormat.body().contains("FRA"));

        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(api.base() + QUARTERLY + "?year=2006&quarter=3&asOf=2006-12-31&public=true"))
                .header("Accept", "text/csv")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (statistician + ":" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .GET().build();
        try {
            java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
            assertTrue(r.body().contains("\"byMission\",\"MONUC\",\"<3\"\r\n"), r.body());
            assertTrue(r.body().contains("\"byMission\",\"UNMIL\",\"suppressed\"\r\n"), r.body());
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    // ---- bad input, roles, audit ----------------------------------------------------------------

    @Test
    void badParametersAre400sNamingTheParameter() {
        int nextYear = LocalDate.now().getYear() + 1;
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("quarter=3", "year");
        cases.put("year=1947&quarter=3", "year");
        cases.put("year=" + nextYear + "&quarter=1", "year");
        cases.put("year=abc&quarter=3", "year");
        cases.put("year=2006&quarter=0", "quarter");
        cases.put("year=2006&quarter=5", "quarter");
        cases.put("year=2006&quarter=abc", "quarter");
        cases.put("year=2006", "quarter");
        cases.put("year=2006&quarter=3&mission=NOPE", "mission");
        cases.put("year=2006&quarter=3&mission=unmil", "mission");
        cases.put("year=2006&quarter=3&nationality=npl", "nationality");
        cases.put("year=2006&quarter=3&nationality=XXX", "nationality");
        cases.put("year=2006&quarter=3&personnelCategory=GENERAL", "personnelCategory");
        cases.put("year=2006&quarter=3&asOf=2006-06-30", "asOf");
        cases.put("year=2006&quarter=3&asOf=2006-02-30", "asOf");
        cases.put("year=2006&quarter=3&asOf=" + LocalDate.now().plusDays(2), "asOf");
        cases.put("year=2006&quarter=3&public=maybe", "public");
        cases.put("year=2006&quarter=3&format=doc", "format");
        cases.put("year=2006&quarter=3&format=pdf&lang=de", "lang");
        cases.forEach((query, field) -> {
            Api.Response r = api.get(QUARTERLY + "?" + query, statistician, PASSWORD);
            assertEquals(400, r.status(), query + " -> " + r.body());
            assertTrue(r.contentType().startsWith("application/problem+json"), query);
            Set<String> fields = r.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .map(e -> e.getString("field")).collect(Collectors.toSet());
            assertEquals(Set.of(field), fields, query);
        });
    }

    @Test
    void aRoleThatMayNotReadStatisticsGets403AndTheRefusalIsAudited() throws SQLException {
        String officer = api.newAccount("stat-co", "CONDUCT_OFFICER", "UNMIL", null);
        Api.Response r = api.get(QUARTERLY + "?year=2006&quarter=3", officer, PASSWORD);
        assertEquals(403, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"));
        try (Connection db = TestDatabase.connection(); PreparedStatement p = db.prepareStatement(
                "SELECT COUNT(*) FROM audit_entry WHERE username = ? AND outcome = 'DENIED' "
                        + "AND action = 'ACCESS_DENIED' AND reference LIKE '%statistics/quarterly%'")) {
            p.setString(1, officer);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
        }
        assertEquals(401, api.get(QUARTERLY + "?year=2006&quarter=3", null, null).status());
    }

    @Test
    void everyReadAndExportIsAuditedWithTheTableAndItsFilters() throws SQLException {
        quarterly("year=2006&quarter=3&asOf=2006-12-31&mission=UNMIL", statistician);
        assertEquals(200, api.get(QUARTERLY + "?year=2006&quarter=3&format=csv&public=true", statistician, PASSWORD).status());
        try (Connection db = TestDatabase.connection(); PreparedStatement p = db.prepareStatement(
                "SELECT action, reference, outcome, detail FROM audit_entry WHERE username = ? AND action LIKE 'STATISTICS%' "
                        + "ORDER BY id")) {
            p.setString(1, statistician);
            try (ResultSet rs = p.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("STATISTICS_READ", rs.getString(1));
                assertEquals(null, rs.getString(2), "no case reference: the statistician never sees a case");
                assertEquals("ALLOWED", rs.getString(3));
                assertTrue(rs.getString(4).contains("table=quarterly year=2006 quarter=3 asOf=2006-12-31 mission=UNMIL"),
                        rs.getString(4));
                assertTrue(rs.next());
                assertEquals("STATISTICS_EXPORT", rs.getString(1));
                assertTrue(rs.getString(4).contains("public=true format=csv"), rs.getString(4));
                assertFalse(rs.next());
            }
        }
    }

    // ---- the annual views ------------------------------------------------------------------------

    static final String ANNUAL = "/api/v1/statistics/annual";

    JsonObject annual(String query, String user) {
        Api.Response r = api.get(ANNUAL + "?" + query, user, PASSWORD);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    @Test
    void theAnnualViewsOfTheYearAreWorkedOutByHand() {
        JsonObject y = annual("year=2006", statistician);
        assertEquals(11, y.getInt("allegations"), "A1..A5 (9 units) and the SEA reports of 06-30 and 10-01");
        assertEquals(counts("INTERNATIONAL_STAFF", 1, "NATIONAL_STAFF", 1, "MILITARY_CONTINGENT", 3, "MILITARY_OBSERVER", 1,
                "STAFF_OFFICER", 1, "UN_POLICE", 1), map(y.getJsonObject("allegationsByMissionAndCategory"), "UNMIL"));
        assertEquals(counts("MILITARY_CONTINGENT", 1, "CONTRACTOR", 1, "UNKNOWN", 1),
                map(y.getJsonObject("allegationsByMissionAndCategory"), "MONUC"));
        assertEquals(counts("Q1", 0, "Q2", 1, "Q3", 9, "Q4", 1), map(y, "byQuarter"));
        assertEquals(Set.of("2002", "2003", "2004", "2005", "2006"), map(y, "byYear").keySet());
        assertEquals(11L, map(y, "byYear").get("2006"));

        var investigations = y.getJsonArray("investigationsByEntity").getValuesAs(JsonObject.class);
        assertEquals(2, investigations.size());
        JsonObject oios = investigations.get(0);
        assertEquals("OIOS", oios.getString("entity"));
        assertEquals(4, oios.getInt("investigations"));
        assertEquals(3, oios.getInt("completed"));
        assertEquals(62.0, oios.getJsonNumber("averageDays").doubleValue(), 0.001, "(80 + 39 + 67) / 3");
        assertEquals(67.0, oios.getJsonNumber("medianDays").doubleValue(), 0.001);
        assertEquals(2, oios.getInt("onTime"));
        assertEquals(1, oios.getInt("overdue"), "A2's is open past its due date");
        assertEquals(50.0, oios.getJsonNumber("onTimeRate").doubleValue(), 0.001, "2 on time of 3 completed + 1 overdue");
        JsonObject nio = investigations.get(1);
        assertEquals("MEMBER_STATE_NIO", nio.getString("entity"));
        assertEquals(56.0, nio.getJsonNumber("medianDays").doubleValue(), 0.001);
        assertEquals(100.0, nio.getJsonNumber("onTimeRate").doubleValue(), 0.001);

        assertEquals(counts("SUBSTANTIATED", 2, "NOT_SUBSTANTIATED", 1, "CLOSED_OTHER", 1), map(y, "findings"));
        JsonObject actions = y.getJsonObject("actions");
        assertEquals(counts("REPATRIATION_INTERIM", 1), map(actions.getJsonObject("INTERIM"), "NPL"));
        assertEquals(counts("IMPRISONMENT", 1), map(actions.getJsonObject("FINAL"), "NPL"));
        assertEquals(counts("SEPARATION_OR_DISMISSAL", 1), map(actions.getJsonObject("FINAL"), "CIVILIAN"),
                "a civilian's nationality is never shown");
        assertFalse(actions.getJsonObject("FINAL").containsKey("FRA"));
        assertEquals(counts("PENDING", 1, "PROSECUTED", 0, "CONVICTED", 1, "ACQUITTED", 0, "NO_ACTION", 0, "UNKNOWN", 0),
                map(y, "criminalReferralsByOutcome"));
        assertEquals(counts("FRA", 1, "NPL", 1), map(y, "criminalReferralsByState"));
        assertEquals(counts("total", 1, "RECEIVED", 0, "MEMBER_STATE_NOTIFIED", 1, "DNA_TESTING", 0,
                "PATERNITY_ESTABLISHED", 0, "PATERNITY_NOT_ESTABLISHED", 0, "CHILD_SUPPORT_ARRANGED", 0, "PAUSED", 0,
                "CLOSED", 0), map(y, "paternityClaimsByStatus"), "the claim of 2007 is not the year's");
        assertEquals(1, y.getInt("otherMisconductAllegations"));
        assertEquals(counts("SERIOUS", 1, "NON_SERIOUS", 0), map(y.getJsonObject("otherMisconduct"), "FRAUD_AND_THEFT"));
    }

    @Test
    void aLiaisonsAnnualViewsCoverItsOwnNationalsOnly() {
        String liaison = api.newAccount("stat-npl-y", "MEMBER_STATE_LIAISON", null, "NPL");
        JsonObject y = annual("year=2006", liaison);
        assertEquals(5, y.getInt("allegations"), "A1 (MC), A5 (MO, SO), and the MC units of 06-30 and 10-01");
        assertEquals(Set.of("UNMIL", "MONUC"), y.getJsonObject("allegationsByMissionAndCategory").keySet());
        var investigations = y.getJsonArray("investigationsByEntity").getValuesAs(JsonObject.class);
        assertEquals(1, investigations.get(0).getInt("investigations"), "only A1's OIOS investigation covers a Nepalese");
        assertEquals(counts("NPL", 1), map(y, "criminalReferralsByState"));
        assertFalse(y.getJsonObject("actions").getJsonObject("FINAL").containsKey("CIVILIAN"));
        assertEquals(403, api.get(ANNUAL + "?year=2006&nationality=FRA", liaison, PASSWORD).status());
    }

    @Test
    void thePublicAnnualViewsHideSmallCellsAndTheDurationsOfFewInvestigations() {
        JsonObject y = annual("year=2006&public=true", statistician);
        assertEquals(11, y.getInt("allegations"));
        assertEquals(counts("Q1", 0, "Q2", "<3", "Q3", 9, "Q4", "<3"), map(y, "byQuarter"));
        JsonObject nio = y.getJsonArray("investigationsByEntity").getJsonObject(1);
        assertEquals("<3", nio.getString("investigations"));
        assertFalse(nio.containsKey("medianDays"), "one completed investigation: its duration would identify it");
        JsonObject oios = y.getJsonArray("investigationsByEntity").getJsonObject(0);
        assertEquals("suppressed", oios.getString("investigations"), "the one other cell of its breakdown");
        assertEquals(67.0, oios.getJsonNumber("medianDays").doubleValue(), 0.001);
    }

    @Test
    void badAnnualParametersAre400s() {
        for (String query : new String[] {"", "year=1900", "year=twenty", "year=2006&mission=XX", "year=2006&format=docx"}) {
            Api.Response r = api.get(ANNUAL + "?" + query, statistician, PASSWORD);
            assertEquals(400, r.status(), query + " -> " + r.body());
            assertTrue(r.contentType().startsWith("application/problem+json"));
        }
        String officer = api.newAccount("stat-co-y", "CHIEF_OF_CONDUCT", "UNMIL", null);
        assertEquals(403, api.get(ANNUAL + "?year=2006", officer, PASSWORD).status());
    }

    // ---- XLSX and PDF ------------------------------------------------------------------------------

    byte[] bytes(String path, String expectedType) {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.base() + path))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (statistician + ":" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .GET().build();
        try {
            java.net.http.HttpResponse<byte[]> r = java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(expectedType),
                    r.headers().firstValue("Content-Type").orElse(""));
            return r.body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    static Map<String, Object> sheetRows(byte[] xlsx) throws java.io.IOException {
        Map<String, Object> rows = new LinkedHashMap<>();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            String table = null;
            for (var row : sheet) {
                if (row.getCell(1) != null && row.getCell(2) == null && row.getCell(1).getCellType()
                        == org.apache.poi.ss.usermodel.CellType.STRING) {
                    table = row.getCell(1).getStringCellValue();
                } else if (row.getCell(2) != null) {
                    var v = row.getCell(1);
                    rows.put(table + "/" + row.getCell(2).getStringCellValue(),
                            v.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                                    ? (Object) (long) v.getNumericCellValue() : v.getStringCellValue());
                }
            }
            rows.put("title", sheet.getRow(0).getCell(0).getStringCellValue());
        }
        return rows;
    }

    @Test
    void theQuarterOpensInPoiWithNumbersAsNumbersInBothLanguages() throws java.io.IOException {
        Map<String, Object> en = sheetRows(bytes(QUARTERLY + "?year=2006&quarter=3&asOf=2006-12-31&format=xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertEquals(7L, en.get("byMission/UNMIL"));
        assertEquals(9L, en.get("allegations/total"));
        assertEquals(3L, en.get("victims/WOMEN"));
        assertTrue(((String) en.get("title")).contains("quarterly update"), en.toString());
        Map<String, Object> fr = sheetRows(bytes(QUARTERLY + "?year=2006&quarter=3&asOf=2006-12-31&format=xlsx&lang=fr&public=true",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertTrue(((String) fr.get("title")).contains("mise à jour trimestrielle"), fr.toString());
        assertEquals("<3", fr.get("byMission/MONUC"));
        assertEquals("suppressed", fr.get("byMission/UNMIL"));
        Map<String, Object> annual = sheetRows(bytes(ANNUAL + "?year=2006&format=xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertEquals(9L, annual.get("byQuarter/Q3"));
    }

    static String pdfText(byte[] pdf) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theQuarterlyPdfReadsBackInEnglishAndFrench() throws java.io.IOException {
        String en = pdfText(bytes(QUARTERLY + "?year=2006&quarter=3&asOf=2006-12-31&format=pdf&lang=en", "application/pdf"));
        assertTrue(en.contains("Special measures for protection from sexual exploitation and abuse"), en);
        assertTrue(en.contains("Allegations by mission"), en);
        assertTrue(java.util.regex.Pattern.compile("(?m)^Women\\s+3\\s*$").matcher(en).find(), en);
        assertTrue(en.contains("2006-12-31"), en);
        String fr = pdfText(bytes(QUARTERLY + "?year=2006&quarter=3&asOf=2006-12-31&format=pdf&lang=fr", "application/pdf"));
        assertTrue(fr.contains("mise à jour trimestrielle"), fr);
        assertTrue(fr.contains("Allégations par mission"), fr);
        assertTrue(java.util.regex.Pattern.compile("(?m)^Femmes\\s+3\\s*$").matcher(fr).find(), fr);
        String annual = pdfText(bytes(ANNUAL + "?year=2006&format=pdf&lang=fr", "application/pdf"));
        assertTrue(annual.contains("Enquêtes par entité"), annual);
    }

    @Test
    void theOpenApiDocumentDescribesTheTablesAndTheReferrals() {
        Api.Response doc = server().get("/openapi", null, null);
        assertEquals(200, doc.status());
        for (String name : new String[] {"QuarterlyStatistics", "AnnualStatistics", "InvestigationsOfEntity",
                "byNationality", "referredToMemberState", "medianDays", "onTimeRate", "/statistics/quarterly",
                "/statistics/annual", "NewCriminalReferral", "CriminalReferralOutcome"}) {
            assertTrue(doc.body().contains(name), name + " in /openapi");
        }
    }
}
