package org.blueledger.platform.persistence;

import org.blueledger.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The migrations of db/migration apply to an empty MariaDB database, load the reference data,
 * and a second run applies nothing. Runs Flyway directly (no application server).
 */
class MigrationsIT {

    static final String SCHEMA = "blueledger_migrations_test";
    static String url;

    @BeforeAll
    static void freshSchema() throws Exception {
        TestDatabase.ensureReady();
        try (Connection c = TestDatabase.serverConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + SCHEMA);
            s.execute("CREATE DATABASE " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        String server = TestDatabase.url().substring(0, TestDatabase.url().lastIndexOf('/') + 1);
        url = server + SCHEMA;
    }

    @AfterAll
    static void dropSchema() throws Exception {
        try (Connection c = TestDatabase.serverConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + SCHEMA);
        }
    }

    @Test
    void migrationsApplyToAnEmptyDatabaseAndLoadTheReferenceData() throws Exception {
        flyway().migrate();
        assertTrue(flyway().info().applied().length >= 4, "baseline and the repeatable reference data");
        try (Connection c = connection()) {
            assertEquals(249, count(c, "SELECT COUNT(*) FROM country"));
            assertEquals(16, count(c, "SELECT COUNT(*) FROM mission WHERE code IN ('UNMISS','MINUSCA','MONUSCO',"
                    + "'UNIFIL','UNFICYP','MINURSO','UNISFA','UNMIK','UNDOF','UNTSO','UNMOGIP','MINUSMA','MINUSTAH',"
                    + "'MINUJUSTH','UNAMID','MINURCAT')"));
            assertEquals(5, count(c, "SELECT COUNT(*) FROM mission WHERE closed_on IS NOT NULL AND code IN "
                    + "('MINUSMA','MINUSTAH','MINUJUSTH','UNAMID','MINURCAT')"));
            assertEquals(1, count(c, "SELECT COUNT(*) FROM country WHERE code = 'NPL' AND name_fr = 'Népal'"));
            assertEquals(6, count(c, "SELECT COUNT(*) FROM vocabulary_term WHERE vocabulary = 'CASE_STATUS'"));
            assertEquals(8, count(c, "SELECT COUNT(*) FROM vocabulary_term WHERE vocabulary = 'INVESTIGATING_ENTITY'"));
            assertEquals(5, count(c, "SELECT COUNT(*) FROM personnel_category WHERE uniformed"));
            assertEquals(2, count(c, "SELECT COUNT(*) FROM personnel_category WHERE contingent"));
            assertEquals(10, count(c, "SELECT amount FROM deadline_rule WHERE code = 'MEMBER_STATE_ANSWERS'"));
        }
        MigrateResult second = flyway().migrate();
        assertEquals(0, second.migrationsExecuted, "a second run applies nothing");
    }

    @Test
    void theSchemaRefusesARoleOutsideTheContract() throws Exception {
        flyway().migrate();
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO app_user (username, password_hash, password_changed_at, created_at) "
                    + "VALUES ('schema-check', 'x', NOW(6), NOW(6))");
            assertThrows(SQLException.class, () -> s.execute("INSERT INTO app_user_role (user_id, role) "
                    + "SELECT id, 'SUPERUSER' FROM app_user WHERE username = 'schema-check'"));
            assertThrows(SQLException.class, () -> s.execute("UPDATE app_user SET mission_code = 'NOWHERE' "
                    + "WHERE username = 'schema-check'"));
        }
    }

    private static Flyway flyway() {
        return Flyway.configure()
                .dataSource(url, System.getProperty("blueledger.test.db.user", "root"),
                        System.getProperty("blueledger.test.db.password", ""))
                .locations("filesystem:" + System.getProperty("blueledger.migrations", "db/migration"))
                .load();
    }

    private static Connection connection() throws SQLException {
        return java.sql.DriverManager.getConnection(url, System.getProperty("blueledger.test.db.user", "root"),
                System.getProperty("blueledger.test.db.password", ""));
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
