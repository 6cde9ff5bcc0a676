package org.blueledger.statistics.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.blueledger.testsupport.Api;
import org.blueledger.testsupport.Deployments;
import org.blueledger.testsupport.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatisticsApiIT {

    static final String QUARTERLY = "/api/v1/statistics/quarterly";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    Api api;
    String statistician;

    @BeforeEach
    void setUp() throws SQLException {
        api = new Api(url);
        statistician = api.newAccount("stat", "STATISTICIAN", null, null);
        seedOnce();
    }

    // ---- the hand-built quarter ------------------------------------------------------------

    static void seedOnce() throws SQLException {
        try (Connection db = TestDatabase.connection()) {
            try (Statement s = db.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM allegation WHERE reference = 'UNMIL-2006-9001'")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
            }
            long a1 = allegation(db, "UNMIL", 9001, "2006-07-10", "2006-06-20", "SEA", "SEXUAL_EXPLOITATION", "UNDER_INVESTIGATION");
            subject(db, a1, "MILITARY_CONTINGENT", "NPL", "MALE");
            subject(db, a1, "MILITARY_CONTINGENT", "NPL", "MALE");
            subject(db, a1, "MILITARY_CONTINGENT", "PAK", "MALE");
            subject(db, a1, "INTERNATIONAL_STAFF", "FRA", "MALE");
            victim(db, a1, "FEMALE", "ADULT");
            victim(db, a1, "FEMALE", "MINOR");
            status(db, a1, "2006-07-11", null, "PRELIMINARY_ASSESSMENT");
            status(db, a1, "2006-08-01", "PRELIMINARY_ASSESSMENT", "UNDER_INVESTIGATION");
            notification(db, a1, "NPL", "2006-08-05");
            notification(db, a1, "PAK", "2007-01-15");

            long a2 = allegation(db, "UNMIL", 9002, "2006-08-15", null, "SEA", "SEXUAL_ABUSE", "PRELIMINARY_ASSESSMENT");
            subject(db, a2, "UN_POLICE", "BGD", "FEMALE");
            subject(db, a2, "NATIONAL_STAFF", "LBR", "MALE");
            victim(db, a2, "MALE", "MINOR");
            victim(db, a2, "UNKNOWN", "UNKNOWN");
            victim(db, a2, "MALE", "UNKNOWN");
            status(db, a2, "2006-08-16", null, "PRELIMINARY_ASSESSMENT");
            status(db, a2, "2006-10-01", "PRELIMINARY_ASSESSMENT", "UNDER_REVIEW_LIMITED_INFORMATION");
            status(db, a2, "2007-02-01", "UNDER_REVIEW_LIMITED_INFORMATION", "PRELIMINARY_ASSESSMENT");

            long a3 = allegation(db, "MONUC", 9003, "2006-09-30", "2005-12-01", "SEA", "OTHER", "SUBSTANTIATED");
            subject(db, a3, "CONTRACTOR", null, "UNKNOWN");
            victim(db, a3, "FEMALE", "UNKNOWN");
            status(db, a3, "2006-10-02", null, "PRELIMINARY_ASSESSMENT");
            status(db, a3, "2006-11-01", "PRELIMINARY_ASSESSMENT", "UNDER_INVESTIGATION");
            status(db, a3, "2006-12-15", "UNDER_INVESTIGATION", "SUBSTANTIATED");

            long a4 = allegation(db, "MONUC", 9004, "2006-07-01", "2006-07-01", "SEA", "SEXUAL_EXPLOITATION", "CLOSED_OTHER");
            victim(db, a4, "FEMALE", "ADULT");
            victim(db, a4, "FEMALE", "ADULT");
            status(db, a4, "2006-07-02", null, "PRELIMINARY_ASSESSMENT");
            status(db, a4, "2006-09-15", "PRELIMINARY_ASSESSMENT", "CLOSED_OTHER");

            long a5 = allegation(db, "UNMIS", 9005, "2006-09-01", "2006-08-01", "SEA", null, "NOT_SUBSTANTIATED");
            subject(db, a5, "MILITARY_OBSERVER", "NPL", "MALE");
            subject(db, a5, "STAFF_OFFICER", "NPL", "MALE");
            status(db, a5, "2006-09-02", null, "PRELIMINARY_ASSESSMENT");
            status(db, a5, "2006-09-20", "PRELIMINARY_ASSESSMENT", "UNDER_INVESTIGATION");
            status(db, a5, "2006-11-20", "UNDER_INVESTIGATION", "NOT_SUBSTANTIATED");
            notification(db, a5, "NPL", "2006-10-10");
            try (Statement s = db.createStatement()) { // the case moves to another mission
                s.executeUpdate("UPDATE allegation SET mission_code = 'UNMIL' WHERE id = " + a5);
            }

            long d1 = allegation(db, "UNMIL", 9006, "2006-08-20", "2006-08-01", "OTHER_MISCONDUCT", null, "PRELIMINARY_ASSESSMENT");
            subject(db, d1, "MILITARY_CONTINGENT", "NPL", "MALE");
            victim(db, d1, "FEMALE", "ADULT");
            status(db, d1, "2006-08-21", null, "PRELIMINARY_ASSESSMENT");
            long d2 = allegation(db, "UNMIL", 9007, "2006-06-30", null, "SEA", "SEXUAL_ABUSE", "PRELIMINARY_ASSESSMENT");
            subject(db, d2, "MILITARY_CONTINGENT", "NPL", "MALE");
            status(db, d2, "2006-07-01", null, "PRELIMINARY_ASSESSMENT");
            long d3 = allegation(db, "MONUC", 9008, "2006-10-01", null, "SEA", "SEXUAL_ABUSE", "PRELIMINARY_ASSESSMENT");
            subject(db, d3, "MILITARY_CONTINGENT", "NPL", "MALE");
            status(db, d3, "2006-10-01", null, "PRELIMINARY_ASSESSMENT");
        }
    }

    static long allegation(Connection db, String mission, int number, String received, String incident, String kind,
                           String seaType, String status) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO allegation (reference, mission_code, ref_year, "
                + "ref_number, received_on, incident_date, kind, sea_type, seriousness, thematic_area, source, summary, "
                + "status, created_at, created_by, modified_at, modified_by) VALUES (?, ?, 2006, ?, ?, ?, ?, ?, "
                + "'SERIOUS', ?, 'HOTLINE', 'Statistics test report', ?, NOW(), 'seed', NOW(), 'seed')",
                Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, mission + "-2006-" + number);
            p.setString(2, mission);
            p.setInt(3, number);
            p.setDate(4, java.sql.Date.valueOf(received));
            p.setDate(5, incident == null ? null : java.sql.Date.valueOf(incident));
            p.setString(6, kind);
            p.setString(7, seaType);
            p.setString(8, kind.equals("SEA") ? null : "FRAUD_AND_THEFT");
            p.setString(9, status);
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static void subject(Connection db, long allegation, String category, String nationality, String sex) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(
                "INSERT INTO subject (allegation_id, personnel_category, nationality, sex) VALUES (?, ?, ?, ?)")) {
            p.setLong(1, allegation);
            p.setString(2, category);
            p.setString(3, nationality);
            p.setString(4, sex);
            p.executeUpdate();
        }
    }

    static void victim(Connection db, long allegation, String sex, String age) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO victim (allegation_id, sex, age_group) VALUES (?, ?, ?)")) {
            p.setLong(1, allegation);
            p.setString(2, sex);
            p.setString(3, age);
            p.executeUpdate();
        }
    }

    static void status(Connection db, long allegation, String on, String from, String to) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO status_change (allegation_id, changed_at, changed_by, "
                + "from_status, to_status) VALUES (?, ?, 'seed', ?, ?)")) {
            p.setLong(1, allegation);
            p.setTimestamp(2, java.sql.Timestamp.valueOf(LocalDate.parse(on).atTime(10, 0)));
            p.setString(3, from);
            p.setString(4, to);
            p.executeUpdate();
        }
    }

    static void notification(Connection db, long allegation, String state, String sentOn) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO notification (allegation_id, member_state, sent_on, "
                + "requests_nio, response_due_on, created_at, created_by) VALUES (?, ?, ?, TRUE, ?, NOW(), 'seed')")) {
            p.setLong(1, allegation);
            p.setString(2, state);
            p.setDate(3, java.sql.Date.valueOf(sentOn));
            p.setDate(4, java.sql.Date.valueOf(LocalDate.parse(sentOn).plusDays(14)));
            p.executeUpdate();
        }
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
}
