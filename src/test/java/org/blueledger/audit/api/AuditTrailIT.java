package org.blueledger.audit.api;

import jakarta.json.JsonObject;
import org.blueledger.testsupport.Api;
import org.blueledger.testsupport.ClientTest;
import org.blueledger.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.blueledger.testsupport.Api.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit trail over HTTP and in the database: reads of identities, refusals and sign-ins are
 * recorded; only the auditor reads the trail; the application's database account cannot
 * change or delete entries; an entry altered behind the triggers' back is found by the check.
 */
@org.junit.jupiter.api.parallel.Isolated("breaks the chain for a moment behind the triggers' back; another class's check would see it")
class AuditTrailIT extends ClientTest {

    String auditor;

    @BeforeEach
    void setUp() {
        auditor = api.newAccount("auditor", "AUDITOR", null, null);
    }

    private List<JsonObject> entries(String query) {
        Api.Response r = api.get("/api/v1/audit?" + query, auditor, PASSWORD);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private String fileCase(String officer) {
        return api.fileCase("""
                {"mission":"UNMISS","receivedOn":"2019-01-10","kind":"SEA","seaType":"SEXUAL_ABUSE","source":"HOTLINE",
                 "summary":"Audit test","subjects":[{"personnelCategory":"UN_POLICE","nationality":"SEN","sex":"MALE","name":"S"}],
                 "victims":[{"sex":"FEMALE","ageGroup":"ADULT","name":"V"}]}""", officer);
    }

    @Test
    void readsOfIdentitiesAndOutOfScopeAttemptsAreRecorded() {
        String officer = api.newAccount("co", "CONDUCT_OFFICER", "UNMISS", null);
        String chief = api.newAccount("chief", "CHIEF_OF_CONDUCT", "UNMISS", null);
        String outsider = api.newAccount("co-other", "CONDUCT_OFFICER", "MONUSCO", null);
        String ref = fileCase(officer);
        assertEquals(200, api.get(CASES + "/" + ref, chief, PASSWORD).status());
        assertEquals(404, api.get(CASES + "/" + ref, outsider, PASSWORD).status());

        List<JsonObject> trail = entries("reference=" + ref);
        assertTrue(trail.stream().anyMatch(e -> e.getString("action").equals("CASE_FILED") && e.getString("user").equals(officer)));
        assertTrue(trail.stream().anyMatch(e -> e.getString("action").equals("CASE_READ") && e.getString("user").equals(chief)
                && e.getString("outcome").equals("ALLOWED") && e.getString("detail").contains("victims")), trail.toString());
        JsonObject denied = trail.stream().filter(e -> e.getString("user").equals(outsider)).findFirst().orElseThrow();
        assertEquals("DENIED", denied.getString("outcome"));
        assertEquals("CASE_READ", denied.getString("action"));
        assertTrue(denied.getString("detail").contains("scope"), denied.toString());
        assertFalse(denied.isNull("clientAddress"));
        assertTrue(trail.get(0).getString("at").compareTo(trail.get(trail.size() - 1).getString("at")) >= 0, "newest first");
    }

    @Test
    void failedSignInsAndRoleRefusalsAreRecorded() {
        String hq = api.newAccount("hq", "HQ_CONDUCT", null, null);
        assertEquals(401, api.get(CASES, hq, "Wrong-Password-For-Audit").status());
        assertEquals(403, api.get("/api/v1/audit", hq, PASSWORD).status(), "only the auditor reads the trail");
        assertEquals(403, api.get("/api/v1/admin/users", hq, PASSWORD).status());
        List<JsonObject> trail = entries("user=" + hq);
        assertTrue(trail.stream().anyMatch(e -> e.getString("action").equals("LOGIN") && e.getString("outcome").equals("DENIED")
                && e.getString("detail").equals("wrong password")), trail.toString());
        assertTrue(trail.stream().anyMatch(e -> e.getString("action").equals("ACCESS_DENIED")
                && e.getString("reference").contains("/api/v1/admin/users")), trail.toString());
        assertTrue(trail.stream().anyMatch(e -> e.getString("action").equals("LOGIN") && e.getString("outcome").equals("ALLOWED")));
    }

    @Test
    void eachAuditedEventWritesExactlyOneEntry() {
        String officer = api.newAccount("co-count", "CONDUCT_OFFICER", "UNMISS", null);
        String chief = api.newAccount("chief-count", "CHIEF_OF_CONDUCT", "UNMISS", null);
        String colleague = api.newAccount("co-count2", "CONDUCT_OFFICER", "UNMISS", null);
        assertEquals(1, count("reference=" + officer + "&action=ACCOUNT_CREATED"));
        String ref = fileCase(officer);
        assertEquals(1, count("reference=" + ref + "&action=CASE_FILED"));
        JsonObject c = api.get(CASES + "/" + ref, officer, PASSWORD).json();
        assertEquals(1, count("reference=" + ref + "&action=CASE_READ&user=" + officer));
        assertEquals(200, api.post(CASES + "/" + ref + "/status", "{\"status\":\"UNDER_INVESTIGATION\",\"version\":"
                + c.getInt("version") + "}", officer, PASSWORD).status());
        assertEquals(1, count("reference=" + ref + "&action=STATUS_CHANGED"));
        assertEquals(201, api.post(CASES + "/" + ref + "/assignments", "{\"username\":\"" + colleague
                + "\",\"role\":\"CONDUCT_OFFICER\"}", chief, PASSWORD).status());
        assertEquals(1, count("reference=" + ref + "&action=ASSIGNED"));
        assertEquals(204, api.delete(CASES + "/" + ref + "/assignments/" + colleague, chief, PASSWORD).status());
        assertEquals(1, count("reference=" + ref + "&action=UNASSIGNED"));
        Api.Response up = api.postBytes(CASES + "/" + ref + "/attachments?kind=CORRESPONDENCE&fileName=n.pdf",
                "%PDF-1.4 note verbale".getBytes(), "application/octet-stream", officer, PASSWORD);
        assertEquals(201, up.status());
        assertEquals(1, count("reference=" + ref + "&action=ATTACHMENT_ADDED"));
        assertEquals(200, api.get(CASES + "/" + ref + "/attachments/" + up.json().getJsonNumber("id"), chief, PASSWORD).status());
        assertEquals(1, count("reference=" + ref + "&action=ATTACHMENT_DOWNLOADED"));
        JsonObject now = api.get(CASES + "/" + ref, officer, PASSWORD).json();
        assertEquals(200, api.put(CASES + "/" + ref, now.toString().replace("Audit test", "Audit test, corrected"),
                officer, PASSWORD).status());
        assertEquals(1, count("reference=" + ref + "&action=CASE_CORRECTED"));
        long victim = now.getJsonArray("victims").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(204, api.post(CASES + "/" + ref + "/victims/" + victim + "/erasure", "{\"reason\":\"asked\"}",
                chief, PASSWORD).status());
        assertEquals(1, count("reference=" + ref + "&action=VICTIM_IDENTITY_ERASED"));
        assertEquals(401, api.get(CASES, colleague, "Not-The-Password-1").status());
        assertEquals(1, count("user=" + colleague + "&action=LOGIN&outcome=DENIED"));
    }

    private long count(String query) {
        Api.Response r = api.get("/api/v1/audit?size=1&" + query, auditor, PASSWORD);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonNumber("total").longValue();
    }

    @Test
    void badFiltersAreNamed() {
        Api.Response r = api.get("/api/v1/audit?from=yesterday&size=1000&outcome=MAYBE", auditor, PASSWORD);
        assertEquals(400, r.status());
        assertEquals(3, r.json().getJsonArray("errors").size(), r.body());
    }

    @Test
    void theApplicationsDatabaseAccountCannotChangeOrDeleteEntries() throws Exception {
        api.get(CASES, auditor, "Wrong-Password-For-Audit");
        try (Connection c = DriverManager.getConnection(TestDatabase.url(), "blueledger_it", "Blueledger-IT-Passphrase-1");
             Statement s = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE audit_entry SET detail = 'x'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM audit_entry"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
        }
    }

    @Test
    void theChainCheckFindsAnEntryAlteredBehindItsBack() throws Exception {
        api.get(CASES, auditor, "Wrong-Password-For-Audit");
        assertTrue(api.get("/api/v1/audit/verification", auditor, PASSWORD).json().getBoolean("intact"));
        try (Connection c = TestDatabase.connection(); Statement s = c.createStatement()) {
            long victim;
            String original;
            try (ResultSet rs = s.executeQuery("SELECT id, detail FROM audit_entry WHERE username = '" + auditor
                    + "' AND action = 'LOGIN' ORDER BY id LIMIT 1")) {
                rs.next();
                victim = rs.getLong(1);
                original = rs.getString(2);
            }
            // someone with the database's own rights goes around the triggers
            s.execute("DROP TRIGGER audit_entry_no_update");
            try {
                s.executeUpdate("UPDATE audit_entry SET detail = 'nothing happened' WHERE id = " + victim);
                JsonObject check = api.get("/api/v1/audit/verification", auditor, PASSWORD).json();
                assertFalse(check.getBoolean("intact"));
                assertEquals(victim, check.getJsonNumber("firstBadEntryId").longValue());
                s.executeUpdate("UPDATE audit_entry SET detail = " + (original == null ? "NULL" : "'" + original + "'")
                        + " WHERE id = " + victim);
            } finally {
                s.execute("CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW "
                        + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit entries are append-only'");
            }
        }
        assertTrue(api.get("/api/v1/audit/verification", auditor, PASSWORD).json().getBoolean("intact"));
    }

    /**
     * ADR 0011: appends spread over the partitions, each its own chain; an entry removed from the
     * middle of its partition behind the triggers' back is found at its successor, and the trail
     * is whole again once the entry is back.
     */
    @Test
    void theTrailIsChainedInPartitionsAndAnEntryRemovedFromOneIsFound() throws Exception {
        String officer = api.newAccount("co-chains", "CONDUCT_OFFICER", "UNMISS", null);
        String chief = api.newAccount("chief-chains", "CHIEF_OF_CONDUCT", "UNMISS", null);
        String ref = fileCase(officer);
        for (int i = 0; i < 24; i++) {
            assertEquals(200, api.get(CASES + "/" + ref, chief, PASSWORD).status());
        }
        assertTrue(api.get("/api/v1/audit/verification", auditor, PASSWORD).json().getBoolean("intact"));
        try (Connection c = TestDatabase.connection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(DISTINCT chain) FROM audit_entry WHERE reference = '" + ref + "'")) {
                rs.next();
                // 25 entries over 16 partitions all in one has a chance of 16^-24
                assertTrue(rs.getInt(1) > 1, "the case's entries fell into " + rs.getInt(1) + " partition(s)");
            }
            long removed;
            long successor;
            try (ResultSet rs = s.executeQuery("SELECT e.id, (SELECT MIN(n.id) FROM audit_entry n WHERE n.chain = e.chain "
                    + "AND n.id > e.id) FROM audit_entry e WHERE e.reference = '" + ref + "' AND EXISTS (SELECT 1 FROM "
                    + "audit_entry n WHERE n.chain = e.chain AND n.id > e.id) ORDER BY e.id LIMIT 1")) {
                rs.next();
                removed = rs.getLong(1);
                successor = rs.getLong(2);
            }
            s.execute("CREATE TEMPORARY TABLE audit_keep AS SELECT * FROM audit_entry WHERE id = " + removed);
            s.execute("DROP TRIGGER audit_entry_no_delete");
            try {
                s.executeUpdate("DELETE FROM audit_entry WHERE id = " + removed);
                JsonObject check = api.get("/api/v1/audit/verification", auditor, PASSWORD).json();
                assertFalse(check.getBoolean("intact"), check.toString());
                assertEquals(successor, check.getJsonNumber("firstBadEntryId").longValue(), check.toString());
                s.executeUpdate("INSERT INTO audit_entry SELECT * FROM audit_keep");
            } finally {
                s.execute("CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW "
                        + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit entries are append-only'");
            }
        }
        assertTrue(api.get("/api/v1/audit/verification", auditor, PASSWORD).json().getBoolean("intact"));
    }
}
