package org.blueledger.allegation.api;

import jakarta.json.JsonObject;
import org.blueledger.testsupport.Api;
import org.blueledger.testsupport.SharedApplication;
import org.blueledger.testsupport.SharedApplication.AppUrl;
import org.blueledger.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.blueledger.testsupport.Api.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The case list at more than one chunk of rows (issue #15): keyset paging ({@code next} /
 * {@code after}) returns exactly the pages of {@code page=}, the liaison's list read from its
 * state's index is in the same order, totals come from counters that the database keeps exact
 * through every kind of write, and the CSV export streams every case in scope, not the newest
 * few thousand. 1,100 closed cases of 1999 are loaded once by SQL into UNOWAS (no other test
 * uses that mission), 1,050 of them concerning Iceland (no other test uses that state).
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(SharedApplication.class)
class CaseListApiIT {

    static final String CASES = "/api/v1/allegations";
    static final int LOADED = 1_100;
    static final int ICELAND = 1_050;

    @AppUrl
    URL url;

    Api api;
    String hq;
    String officer;
    String liaison;

    @BeforeAll
    static void load() throws Exception {
        try (Connection c = TestDatabase.connection()) {
            try (ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM allegation WHERE mission_code = 'UNOWAS'")) {
                r.next();
                if (r.getLong(1) > 0) {
                    return; // loaded by an earlier run against the same database
                }
            }
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO allegation (reference, mission_code, ref_year, ref_number, "
                    + "received_on, kind, seriousness, source, summary, status, created_at, created_by, modified_at, modified_by) "
                    + "VALUES (?, 'UNOWAS', 1999, ?, ?, 'OTHER_MISCONDUCT', 'NON_SERIOUS', 'OTHER', ?, 'CLOSED_OTHER', "
                    + "NOW(6), 'it', NOW(6), 'it')")) {
                for (int i = 1; i <= LOADED; i++) {
                    p.setString(1, "UNOWAS-1999-%04d".formatted(i));
                    p.setInt(2, i);
                    // eleven cases a day, so that one date spans a page boundary and the id breaks the tie
                    p.setObject(3, LocalDate.of(1999, 1, 1).plusDays(i / 11));
                    p.setString(4, "Loaded case " + i + ", with \"quotes\", a comma\nand a line break");
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO allegation_state (state_code, allegation_id, received_on) SELECT 'ISL', id, received_on "
                        + "FROM allegation WHERE mission_code = 'UNOWAS' AND ref_number <= " + ICELAND);
            }
            c.commit();
        }
    }

    @BeforeEach
    void setUp() {
        api = new Api(url);
        hq = api.newAccount("hq-list", "HQ_CONDUCT", null, null);
        officer = api.newAccount("co-list", "CONDUCT_OFFICER", "UNOWAS", null);
        liaison = api.newAccount("liaison-list-isl", "MEMBER_STATE_LIAISON", null, "ISL");
    }

    private JsonObject list(String user, String query) {
        Api.Response r = api.get(CASES + "?" + query, user, PASSWORD);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static List<String> references(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(i -> i.getString("reference")).toList();
    }

    /** Every page by {@code page=} and by following {@code next}: the same cases in the same order. */
    private List<String> walk(String user, String filter, int expected) {
        List<String> byOffset = new ArrayList<>();
        for (int page = 0; page * 200 < expected; page++) {
            JsonObject p = list(user, filter + "&size=200&page=" + page);
            assertEquals(expected, p.getJsonNumber("total").longValue(), "total of page " + page);
            byOffset.addAll(references(p));
        }
        List<String> byKeyset = new ArrayList<>();
        JsonObject p = list(user, filter + "&size=200");
        byKeyset.addAll(references(p));
        while (!p.isNull("next")) {
            p = list(user, filter + "&size=200&after=" + p.getString("next"));
            byKeyset.addAll(references(p));
        }
        assertEquals(expected, byOffset.size());
        assertEquals(byOffset, byKeyset);
        return byOffset;
    }

    @Test
    void keysetPagesAreThePagesOfTheOffsetListNewestFirst() {
        List<String> all = walk(officer, "status=CLOSED_OTHER", LOADED);
        // newest first; within a day the higher id (the later number) first
        assertEquals("UNOWAS-1999-1100", all.get(0));
        assertEquals("UNOWAS-1999-0001", all.get(LOADED - 1));
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).compareTo(all.get(i)) > 0, all.get(i - 1) + " before " + all.get(i));
        }
        assertEquals(all, walk(hq, "mission=UNOWAS", LOADED));
    }

    @Test
    void theLiaisonsListIsItsStatesCasesInTheSameOrder() {
        List<String> all = walk(liaison, "kind=OTHER_MISCONDUCT", ICELAND);
        assertEquals("UNOWAS-1999-1050", all.get(0));
        assertEquals(all, walk(liaison, "", ICELAND));
        JsonObject lastPage = list(liaison, "size=200&page=5");
        assertEquals(50, references(lastPage).size());
        assertTrue(lastPage.isNull("next"), "a short page is the last");
        assertEquals(0, list(liaison, "receivedFrom=2000-01-01").getJsonNumber("total").longValue());
        assertEquals(11, list(liaison, "receivedFrom=1999-01-05&receivedTo=1999-01-05").getJsonNumber("total").longValue());
    }

    @Test
    void aCursorThatIsNotOneIsA400NamingIt() {
        for (String bad : List.of("x", "2018-02-30_5", "2018-01-01_", "2018-01-01_99999999999999999999", "'--")) {
            Api.Response r = api.get(CASES + "?after=" + java.net.URLEncoder.encode(bad, java.nio.charset.StandardCharsets.UTF_8),
                    hq, PASSWORD);
            assertEquals(400, r.status(), bad + ": " + r.body());
            assertEquals("after", r.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        String next = list(hq, "mission=UNOWAS&size=10").getString("next");
        Api.Response both = api.get(CASES + "?mission=UNOWAS&page=2&after=" + next, hq, PASSWORD);
        assertEquals(400, both.status(), both.body());
        assertEquals("page", both.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void theExportStreamsEveryCaseInScopeAcrossChunks() {
        Api.Response r = api.get(CASES + "/export", officer, PASSWORD);
        assertEquals(200, r.status(), r.body());
        assertEquals(String.valueOf(LOADED), r.header("X-Total-Count"));
        Matcher m = Pattern.compile("^\"?(UNOWAS-1999-\\d{4})", Pattern.MULTILINE).matcher(r.body());
        List<String> refs = new ArrayList<>();
        while (m.find()) {
            refs.add(m.group(1));
        }
        assertEquals(LOADED, refs.size(), "every case, not the newest 1,000");
        assertEquals(walk(officer, "", LOADED), refs, "the list's order");
        assertTrue(r.body().lines().findFirst().orElseThrow().matches("\"?reference\"?,\"?mission\"?,.*"), r.body().lines().findFirst().orElseThrow());
        // the liaison's export holds its state's cases only
        Api.Response state = api.get(CASES + "/export?mission=UNOWAS", liaison, PASSWORD);
        assertEquals(String.valueOf(ICELAND), state.header("X-Total-Count"));
        assertFalse(state.body().contains("UNOWAS-1999-1051"));
        assertTrue(state.body().contains("UNOWAS-1999-1050"));
    }

    private static Map<String, Long> counted(Connection c, String counter, String rows) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        try (ResultSet r = c.createStatement().executeQuery(counter)) {
            while (r.next()) {
                counts.merge("counter " + r.getString(1), r.getLong(2), Long::sum); // a key's slots add up (V021)
            }
        }
        try (ResultSet r = c.createStatement().executeQuery(rows)) {
            while (r.next()) {
                counts.merge("counter " + r.getString(1), -r.getLong(2), Long::sum);
            }
        }
        counts.values().removeIf(v -> v == 0);
        return counts;
    }

    /** Differences between each counter and a COUNT of the rows it counts (empty: exact). */
    private static Map<String, Long> drift(Connection c) throws Exception {
        Map<String, Long> drift = new TreeMap<>(counted(c,
                "SELECT CONCAT(mission_code, '/', status, '/', kind), cases FROM allegation_count",
                "SELECT CONCAT(mission_code, '/', status, '/', kind), COUNT(*) FROM allegation GROUP BY 1"));
        drift.putAll(counted(c, "SELECT state_code, cases FROM allegation_state_count",
                "SELECT state_code, COUNT(*) FROM allegation_state GROUP BY 1"));
        return drift;
    }

    @Test
    void theCountersStayExactThroughIntakeCorrectionStatusChangeAndDelete() throws Exception {
        try (Connection c = TestDatabase.connection()) {
            assertEquals(Map.of(), drift(c), "before");
            String officerOfMonusco = api.newAccount("co-count", "CONDUCT_OFFICER", "MONUSCO", null);
            Api.Response filed = api.post(CASES, """
                    {"mission":"MONUSCO","receivedOn":"2021-04-01","kind":"SEA","seaType":"SEXUAL_EXPLOITATION",
                     "source":"HOTLINE","summary":"Counted","subjects":[{"personnelCategory":"MILITARY_CONTINGENT",
                     "nationality":"ISL","sex":"MALE","name":"Counted Subject"}],"victims":[]}""", officerOfMonusco, PASSWORD);
            assertEquals(201, filed.status(), filed.body());
            String reference = filed.json().getString("reference");
            assertEquals(ICELAND + 1, list(liaison, "size=1").getJsonNumber("total").longValue(), "the new case concerns Iceland");
            Api.Response limited = api.post(CASES + "/" + reference + "/status", "{\"status\":\"UNDER_REVIEW_LIMITED_INFORMATION\","
                    + "\"reason\":\"counted\",\"version\":" + filed.json().getInt("version") + "}", officerOfMonusco, PASSWORD);
            assertEquals(200, limited.status(), limited.body());
            int version = limited.json().getInt("version");
            Api.Response corrected = api.put(CASES + "/" + reference, """
                    {"mission":"MONUSCO","receivedOn":"2021-04-01","kind":"SEA","seaType":"SEXUAL_EXPLOITATION",
                     "source":"HOTLINE","summary":"Counted, no subject of Iceland","version":%d,"subjects":[],"victims":[]}"""
                    .formatted(version), officerOfMonusco, PASSWORD);
            assertEquals(200, corrected.status(), corrected.body());
            assertEquals(ICELAND, list(liaison, "size=1").getJsonNumber("total").longValue(), "no longer Iceland's");
            assertEquals(Map.of(), drift(c), "after the application's writes");
            try (ResultSet unnumbered = c.createStatement().executeQuery(
                    "SELECT COUNT(*) FROM allegation WHERE reference IS NULL OR ref_number IS NULL")) {
                unnumbered.next();
                assertEquals(0, unnumbered.getLong(1), "an intake numbers its case before it commits (V021)");
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO allegation (reference, mission_code, ref_year, ref_number, received_on, kind, "
                        + "seriousness, source, summary, status, created_at, created_by, modified_at, modified_by) VALUES "
                        + "('UNOWAS-1998-0001', 'UNOWAS', 1998, 1, '1998-06-01', 'SEA', 'SERIOUS', 'OTHER', 'by SQL', "
                        + "'PRELIMINARY_ASSESSMENT', NOW(6), 'it', NOW(6), 'it')");
                s.executeUpdate("INSERT INTO allegation_state (state_code, allegation_id, received_on) SELECT 'ISL', id, received_on "
                        + "FROM allegation WHERE reference = 'UNOWAS-1998-0001'");
                s.executeUpdate("UPDATE allegation SET status = 'CLOSED_OTHER', kind = 'OTHER_MISCONDUCT' WHERE reference = 'UNOWAS-1998-0001'");
                assertEquals(Map.of(), drift(c), "after SQL writes");
                assertEquals(LOADED + 1, list(hq, "mission=UNOWAS&size=1").getJsonNumber("total").longValue());
                s.executeUpdate("DELETE FROM allegation WHERE reference = 'UNOWAS-1998-0001'"); // cascades to allegation_state
                assertEquals(Map.of(), drift(c), "after a delete that cascades");
            }
            assertEquals(LOADED, list(hq, "mission=UNOWAS&size=1").getJsonNumber("total").longValue());
            assertEquals(LOADED, list(hq, "mission=UNOWAS&status=CLOSED_OTHER&kind=OTHER_MISCONDUCT&size=1")
                    .getJsonNumber("total").longValue());
            assertEquals(0, list(officer, "mission=MONUSCO").getJsonNumber("total").longValue(), "another mission's filter");
        }
    }

    @Test
    void aFullPageWithNothingAfterItEndsTheWalk() {
        JsonObject p = list(officer, "size=200&after=" + "1999-01-01_1");
        assertEquals(0, references(p).size());
        assertTrue(p.isNull("next"));
    }
}
