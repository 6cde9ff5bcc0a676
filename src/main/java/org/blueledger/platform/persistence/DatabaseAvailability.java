package org.blueledger.platform.persistence;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Whether the database is known to be unreachable. Nothing is probed while all is well: the
 * first request that fails to get a connection ({@link #suspect()}, called where connection
 * failures are classified) marks the database as suspect; from then on, at most once a second,
 * a TCP connect to the host(s) of {@code blueledger.db.url} tells whether it accepts
 * connections again, and until it does, requests are answered 503 at once (see the web
 * gate). The pool's own validation then replaces the broken connections: no restart.
 */
public final class DatabaseAvailability {

    private static final Logger LOG = Logger.getLogger(DatabaseAvailability.class.getName());
    private static final int PROBE_TIMEOUT_MS = 500;
    private static final long PROBE_EVERY_NANOS = 1_000_000_000L;

    private static volatile List<InetSocketAddress> hosts = List.of();
    private static volatile boolean suspect;
    private static volatile boolean down;
    private static volatile long checkedAt;

    private DatabaseAvailability() {
    }

    /** Thrown instead of trying the database while it is known to be down. */
    public static final class Unavailable extends RuntimeException {
        public Unavailable() {
            super(new java.sql.SQLTransientConnectionException("the database is known to be unreachable"));
        }
    }

    public static void configure(String jdbcUrl) {
        hosts = hostsOf(jdbcUrl);
    }

    /** A request could not get a connection: watch the database until it accepts connections again. */
    public static void suspect() {
        if (!suspect) {
            LOG.warning("A request could not reach the database: answering 503 until it accepts connections again");
            // only the first failure starts the clock: under load, failures (the sign-in's own look-ups
            // included) come more often than once a second and would otherwise put the probe off for ever
            checkedAt = System.nanoTime();
        }
        suspect = true;
        down = true;
    }

    /** True while the database is suspect and the last probe (at most a second old) failed. */
    public static boolean isDown() {
        if (!suspect || hosts.isEmpty()) {
            return false;
        }
        long now = System.nanoTime();
        if (now - checkedAt < PROBE_EVERY_NANOS) {
            return down;
        }
        checkedAt = now;
        boolean reachable = hosts.stream().anyMatch(DatabaseAvailability::accepts);
        down = !reachable;
        if (reachable) {
            suspect = false;
            LOG.warning("The database accepts connections again");
        }
        return down;
    }

    private static boolean accepts(InetSocketAddress host) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host.getHostString(), host.getPort()), PROBE_TIMEOUT_MS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The hosts and ports of a {@code jdbc:mariadb://h1:p1,h2:p2/db?...} URL; empty when it cannot be read. */
    static List<InetSocketAddress> hostsOf(String url) {
        List<InetSocketAddress> out = new ArrayList<>();
        try {
            int start = url.indexOf("//");
            if (!url.startsWith("jdbc:") || start < 0) {
                return List.of();
            }
            String rest = url.substring(start + 2);
            int end = rest.indexOf('/');
            String authority = end < 0 ? rest : rest.substring(0, end);
            for (String h : authority.split(",")) {
                if (h.isBlank() || h.contains("(")) {
                    return List.of(); // a form this check does not read
                }
                URI u = URI.create("tcp://" + h.strip());
                if (u.getHost() == null) {
                    return List.of();
                }
                out.add(InetSocketAddress.createUnresolved(u.getHost(), u.getPort() < 0 ? 3306 : u.getPort()));
            }
        } catch (RuntimeException e) {
            return List.of();
        }
        return out;
    }
}
