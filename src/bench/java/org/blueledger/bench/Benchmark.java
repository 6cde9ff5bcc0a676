package org.blueledger.bench;

import org.blueledger.deadline.domain.WorkingCalendar;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark command (docs/performance.md): against a started application on generated data
 * ({@link BulkGenerator}), p50/p95 of {@code GET /api/v1/deadlines} per role and of the case
 * list's first page per scope, at 1 and 16 concurrent clients, each next to hand-written SQL for
 * the same rows run over JDBC on the same database, and the ratio. Authenticates once per
 * account with a bearer token ({@code POST /api/v1/auth/tokens}), so PBKDF2 is not measured.
 * Prints a table and writes JSON ({@code bench.out}, default {@code target/bench-results.json}).
 * <p>
 * System properties: {@code bench.url} ({@code http://localhost:8080}), {@code bench.db.url}
 * ({@code jdbc:mariadb://127.0.0.1:3306/blueledger_bench}), {@code bench.db.user} ({@code root}),
 * {@code bench.db.password} (empty), {@code bench.clients} ({@code 1,16}), {@code bench.requests}
 * (requests per client, 20), {@code bench.warmup} (per client, 5), {@code bench.only} (a
 * substring of the scenario names to run). The accounts are the demo accounts
 * ({@code db/seed/demo-accounts.csv}): start the application with {@code BLUELEDGER_DEMO=true}.
 */
public final class Benchmark {

    private static final String OPEN = "('PRELIMINARY_ASSESSMENT', 'UNDER_REVIEW_LIMITED_INFORMATION', 'UNDER_INVESTIGATION')";
    private static final String UNIFORMED = "(" + BulkGenerator.uniformedList() + ")";

    private final String base;
    private final String dbUrl;
    private final String dbUser;
    private final String dbPassword;
    private final HttpClient http;
    private final Map<String, String> passwords = new HashMap<>();
    private final Map<String, String> tokens = new HashMap<>();
    private final LocalDate today = LocalDate.now();
    private final WorkingCalendar calendar = new WorkingCalendar(holidays());

    /** One measured thing: an HTTP request and the SQL statements that return the same rows. */
    private record Scenario(String name, String user, String path, List<Sql> sql) {
    }

    private record Sql(String text, List<Object> params) {
        static Sql of(String text, Object... params) {
            return new Sql(text, List.of(params));
        }
    }

    private record Stats(double p50, double p95, int n) {
    }

    Benchmark(String base, String dbUrl, String dbUser, String dbPassword) {
        this.base = base;
        this.dbUrl = dbUrl;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(4, r -> {
                    Thread t = new Thread(r);
                    t.setDaemon(true); // a failed run ends the JVM instead of waiting for these
                    return t;
                })).build();
    }

    public static void main(String[] args) throws Exception {
        Benchmark b = new Benchmark(System.getProperty("bench.url", "http://localhost:8080"),
                System.getProperty("bench.db.url", "jdbc:mariadb://127.0.0.1:3306/blueledger_bench"),
                System.getProperty("bench.db.user", "root"), System.getProperty("bench.db.password", ""));
        List<Integer> clients = new ArrayList<>();
        for (String c : System.getProperty("bench.clients", "1,16").split(",")) {
            clients.add(Integer.parseInt(c.strip()));
        }
        b.run(clients, Integer.parseInt(System.getProperty("bench.requests", "20")),
                Integer.parseInt(System.getProperty("bench.warmup", "5")), System.getProperty("bench.only", ""),
                Path.of(System.getProperty("bench.out", "target/bench-results.json")));
        System.exit(0);
    }

    void run(List<Integer> clientCounts, int requests, int warmup, String only, Path out) throws Exception {
        for (String line : Files.readAllLines(Path.of("db/seed/demo-accounts.csv"))) {
            String[] f = line.split(";", -1);
            if (!line.startsWith("#") && f.length > 2 && !f[0].equals("username")) {
                passwords.put(f[0], f[1]);
            }
        }
        long cases;
        try (Connection c = connect(); ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM allegation")) {
            r.next();
            cases = r.getLong(1);
        }
        List<Scenario> scenarios = scenarios().stream().filter(s -> s.name().contains(only)).toList();
        System.out.printf(Locale.ROOT, "Blue Ledger benchmark: %,d cases, %s, today %s, %d requests per client after %d warm-up%n%n",
                cases, base, today, requests, warmup);
        String header = String.format(Locale.ROOT, "%-34s %7s %9s %9s %9s %9s %8s %8s", "request", "clients", "app p50",
                "app p95", "SQL p50", "SQL p95", "p50 x", "p95 x");
        System.out.println(header);
        System.out.println("-".repeat(header.length()));
        StringBuilder json = new StringBuilder("{\n  \"cases\": " + cases + ",\n  \"today\": \"" + today
                + "\",\n  \"requestsPerClient\": " + requests + ",\n  \"results\": [");
        boolean first = true;
        for (Scenario s : scenarios) {
            token(s.user());
            for (int clients : clientCounts) {
                Stats app = measure(clients, requests, warmup, () -> get(s));
                Stats sql = measureSql(clients, requests, warmup, s.sql());
                System.out.printf(Locale.ROOT, "%-34s %7d %7.1fms %7.1fms %7.1fms %7.1fms %8.1f %8.1f%n", s.name(), clients,
                        app.p50(), app.p95(), sql.p50(), sql.p95(), app.p50() / sql.p50(), app.p95() / sql.p95());
                json.append(first ? "" : ",").append(String.format(Locale.ROOT, "\n    {\"request\": \"%s\", \"path\": \"%s\", "
                                + "\"user\": \"%s\", \"clients\": %d, \"appP50Ms\": %.2f, \"appP95Ms\": %.2f, \"sqlP50Ms\": %.2f, "
                                + "\"sqlP95Ms\": %.2f, \"n\": %d}", s.name(), s.path(), s.user(), clients, app.p50(), app.p95(),
                        sql.p50(), sql.p95(), app.n()));
                first = false;
            }
        }
        json.append("\n  ]");
        if (only.isEmpty() || only.equals("statements")) {
            json.append(",\n  \"statementsPerRequest\": {");
            boolean firstCount = true;
            for (Scenario s : scenarios().stream().filter(x -> x.name().startsWith("case ")).toList()) {
                token(s.user());
                long statements = statements(s);
                System.out.printf(Locale.ROOT, "%-34s SQL statements per request: %d%n", s.name(), statements);
                json.append(firstCount ? "" : ",").append("\n    \"").append(s.name()).append("\": ").append(statements);
                firstCount = false;
            }
            json.append("\n  }");
        }
        if (only.isEmpty() || only.equals("intake")) {
            json.append(",\n  \"intake\": ").append(intake(Integer.getInteger("bench.intake.threads", 8),
                    Integer.getInteger("bench.intake.seconds", 20)));
        }
        if (only.isEmpty() || only.equals("export")) {
            json.append(",\n  \"export\": ").append(export());
        }
        json.append("\n}\n");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, json);
        System.out.println("\nWritten: " + out);
    }

    /** The deadlines of each role and the case list's first page of each scope, with their SQL. */
    private List<Scenario> scenarios() throws SQLException {
        LocalDate horizon = today.plusDays(3);
        Map<String, int[]> rules = new HashMap<>();
        Map<String, WorkingCalendar.Unit> units = new HashMap<>();
        try (Connection c = connect(); ResultSet r = c.createStatement().executeQuery("SELECT code, amount, unit FROM deadline_rule")) {
            while (r.next()) {
                rules.put(r.getString(1), new int[] {r.getInt(2)});
                units.put(r.getString(1), WorkingCalendar.Unit.valueOf(r.getString(3)));
            }
        }
        LocalDate notifyCutoff = calendar.latestStartDueBy(horizon, rules.get("UN_NOTIFIES_MEMBER_STATE")[0],
                units.get("UN_NOTIFIES_MEMBER_STATE"));
        LocalDate actionCutoff = calendar.latestStartDueBy(horizon, rules.get("MEMBER_STATE_REPORTS_ACTION")[0],
                units.get("MEMBER_STATE_REPORTS_ACTION"));
        LocalDate claimCutoff = calendar.latestStartDueBy(horizon, rules.get("UN_NOTIFIES_PATERNITY_CLAIM")[0],
                units.get("UN_NOTIFIES_PATERNITY_CLAIM"));
        String mission = "a.mission_code = ?";
        String liaison = "a.id IN (SELECT st.allegation_id FROM allegation_state st WHERE st.state_code = ?)";
        String investigatorScope = "EXISTS (SELECT 1 FROM case_assignment ca WHERE ca.allegation_id = a.id "
                + "AND ca.username = ? AND ca.role = 'INVESTIGATOR')";
        List<Scenario> list = new ArrayList<>();
        list.add(new Scenario("deadlines hq.conduct", "hq.conduct", "/api/v1/deadlines",
                List.of(notify("1 = 1", notifyCutoff), answers("1 = 1", horizon, null), investigations("1 = 1", horizon, null),
                        actions("1 = 1", actionCutoff, null), claims("1 = 1", claimCutoff))));
        list.add(new Scenario("deadlines conduct.minusca", "conduct.minusca", "/api/v1/deadlines",
                List.of(notify(mission, notifyCutoff, "MINUSCA"), answers(mission, horizon, null, "MINUSCA"),
                        investigations(mission, horizon, null, "MINUSCA"), actions(mission, actionCutoff, null, "MINUSCA"))));
        list.add(new Scenario("deadlines chief.unmiss", "chief.unmiss", "/api/v1/deadlines",
                List.of(notify(mission, notifyCutoff, "UNMISS"), answers(mission, horizon, null, "UNMISS"),
                        investigations(mission, horizon, null, "UNMISS"), actions(mission, actionCutoff, null, "UNMISS"))));
        list.add(new Scenario("deadlines investigator", "investigator", "/api/v1/deadlines",
                List.of(investigations(investigatorScope, horizon, "investigator", "investigator"))));
        list.add(new Scenario("deadlines liaison.npl", "liaison.npl", "/api/v1/deadlines",
                List.of(answers(liaison, null, "NPL", "NPL"), actions(liaison, actionCutoff, "NPL", "NPL"),
                        claims("c.member_state = ?", claimCutoff, "NPL"))));
        list.add(new Scenario("deadlines victims.rights", "victims.rights", "/api/v1/deadlines",
                List.of(claims("1 = 1", claimCutoff))));
        // the dashboard page after sign-in (a web session per client): it shows the same clocks
        for (Scenario d : List.copyOf(list)) {
            list.add(new Scenario("dashboard page " + d.user(), d.user(), "/dashboard.xhtml", d.sql()));
        }
        String columns = "a.reference, a.mission_code, a.received_on, a.incident_date, a.kind, a.sea_type, a.status, "
                + "a.referred_to_member_state, a.version";
        // the best hand-written list: newest first from the scope's index, the total from V019's counters
        String page = "SELECT " + columns + " FROM allegation a WHERE %s ORDER BY a.received_on DESC, a.id DESC LIMIT 50";
        String statePage = "SELECT " + columns + " FROM allegation_state st STRAIGHT_JOIN allegation a ON a.id = st.allegation_id "
                + "WHERE st.state_code = ?%s ORDER BY st.received_on DESC, st.allegation_id DESC LIMIT 50";
        String deepPage = "SELECT " + columns + " FROM (SELECT a.id FROM allegation a WHERE %s ORDER BY a.received_on DESC, "
                + "a.id DESC LIMIT 50 OFFSET %d) p JOIN allegation a ON a.id = p.id ORDER BY a.received_on DESC, a.id DESC";
        String deepStatePage = "SELECT " + columns + " FROM (SELECT st.allegation_id id, st.received_on FROM allegation_state st "
                + "WHERE st.state_code = ? ORDER BY st.received_on DESC, st.allegation_id DESC LIMIT 50 OFFSET %d) p "
                + "JOIN allegation a ON a.id = p.id ORDER BY p.received_on DESC, p.id DESC";
        String keyset = " AND (a.received_on < ? OR (a.received_on = ? AND a.id < ?))";
        String stateKeyset = " AND (st.received_on < ? OR (st.received_on = ? AND st.allegation_id < ?))";
        Sql allCount = Sql.of("SELECT SUM(cases) FROM allegation_count");
        Sql missionCount = Sql.of("SELECT SUM(cases) FROM allegation_count WHERE mission_code = ?", "MINUSCA");
        Sql stateCount = Sql.of("SELECT SUM(cases) FROM allegation_state_count WHERE state_code = ?", "NPL");
        list.add(new Scenario("case list p1 hq.conduct", "hq.conduct", "/api/v1/allegations?page=0&size=50",
                List.of(Sql.of(page.formatted("1 = 1")), allCount)));
        list.add(new Scenario("case list p1 conduct.minusca", "conduct.minusca", "/api/v1/allegations?page=0&size=50",
                List.of(Sql.of(page.formatted(mission), "MINUSCA"), missionCount)));
        list.add(new Scenario("case list p1 liaison.npl", "liaison.npl", "/api/v1/allegations?page=0&size=50",
                List.of(Sql.of(statePage.formatted(""), "NPL"), stateCount)));
        // a deep page: page 2,000 (or the state's last full page), by OFFSET and by the cursor of the page before it
        int deep = Integer.getInteger("bench.deep.page", 2000);
        int hqDeep = Math.min(deep, (int) (count("SELECT COUNT(*) FROM allegation") / 50) - 1);
        int missionDeep = Math.min(deep, (int) (count("SELECT COUNT(*) FROM allegation WHERE mission_code = 'MINUSCA'") / 50) - 1);
        int stateDeep = Math.min(deep, (int) (count("SELECT COUNT(*) FROM allegation_state WHERE state_code = 'NPL'") / 50) - 1);
        Object[] hqAt = cursor("SELECT a.received_on, a.id FROM allegation a ORDER BY a.received_on DESC, a.id DESC", hqDeep);
        Object[] missionAt = cursor("SELECT a.received_on, a.id FROM allegation a WHERE a.mission_code = 'MINUSCA' "
                + "ORDER BY a.received_on DESC, a.id DESC", missionDeep);
        Object[] stateAt = cursor("SELECT st.received_on, st.allegation_id FROM allegation_state st WHERE st.state_code = 'NPL' "
                + "ORDER BY st.received_on DESC, st.allegation_id DESC", stateDeep);
        list.add(new Scenario("case list p" + hqDeep + " offset hq", "hq.conduct", "/api/v1/allegations?size=50&page=" + hqDeep,
                List.of(Sql.of(deepPage.formatted("1 = 1", hqDeep * 50L)), allCount)));
        list.add(new Scenario("case list p" + hqDeep + " keyset hq", "hq.conduct", "/api/v1/allegations?size=50&after="
                + hqAt[0] + "_" + hqAt[1], List.of(Sql.of(page.formatted("1 = 1" + keyset), hqAt[0], hqAt[0], hqAt[1]), allCount)));
        list.add(new Scenario("case list p" + missionDeep + " offset minusca", "conduct.minusca",
                "/api/v1/allegations?size=50&page=" + missionDeep,
                List.of(Sql.of(deepPage.formatted(mission, missionDeep * 50L), "MINUSCA"), missionCount)));
        list.add(new Scenario("case list p" + missionDeep + " keyset minusca", "conduct.minusca", "/api/v1/allegations?size=50&after="
                + missionAt[0] + "_" + missionAt[1], List.of(Sql.of(page.replace("FROM allegation a", "FROM allegation a FORCE INDEX (ix_allegation_mission_received)")
                .formatted(mission + keyset), "MINUSCA", missionAt[0],
                missionAt[0], missionAt[1]), missionCount)));
        list.add(new Scenario("case list p" + stateDeep + " offset npl", "liaison.npl", "/api/v1/allegations?size=50&page=" + stateDeep,
                List.of(Sql.of(deepStatePage.formatted(stateDeep * 50L), "NPL"), stateCount)));
        list.add(new Scenario("case list p" + stateDeep + " keyset npl", "liaison.npl", "/api/v1/allegations?size=50&after="
                + stateAt[0] + "_" + stateAt[1], List.of(Sql.of(statePage.formatted(stateKeyset), "NPL", stateAt[0], stateAt[0],
                stateAt[1]), stateCount)));
        // the case page: a case with one subject, and the case with the most subjects and victims
        for (String which : List.of("small", "large")) {
            String ref = reference(which.equals("small")
                    ? "SELECT a.reference FROM allegation a WHERE (SELECT COUNT(*) FROM subject s WHERE s.allegation_id = a.id) = 1 "
                    + "AND a.mission_code = 'UNMISS' ORDER BY a.id DESC LIMIT 1"
                    : "SELECT a.reference FROM allegation a JOIN (SELECT s.allegation_id, COUNT(*) n FROM subject s JOIN allegation x "
                    + "ON x.id = s.allegation_id WHERE x.mission_code = 'UNMISS' GROUP BY s.allegation_id ORDER BY n DESC LIMIT 1) m "
                    + "ON m.allegation_id = a.id");
            list.add(new Scenario("case page " + which + " chief.unmiss", "chief.unmiss", "/api/v1/allegations/" + ref,
                    casePageSql(ref)));
        }
        // the statistics: quarterly and annual, as HQ, next to the same aggregations written by hand
        int year = Integer.getInteger("bench.stats.year", today.getYear() - 1);
        list.add(new Scenario("statistics quarterly " + year + "Q2", "hq.conduct",
                "/api/v1/statistics/quarterly?year=" + year + "&quarter=2&asOf=" + today, quarterlySql(year)));
        list.add(new Scenario("statistics annual " + year, "hq.conduct", "/api/v1/statistics/annual?year=" + year,
                annualSql(year)));
        return list;
    }

    /**
     * SQL statements the application's database account sent during one request, the least of
     * three: from {@code information_schema.USER_STATISTICS} ({@code userstat=1}, switched on here;
     * the account is {@code bench.db.app.user}, default {@code blueledger_bench}, so other clients
     * of the server do not count), or else the server's {@code Questions} less the reading
     * statement (then other clients must be idle).
     */
    private long statements(Scenario s) throws Exception {
        get(s);
        long least = Long.MAX_VALUE;
        try (Connection c = connect()) {
            c.createStatement().execute("SET GLOBAL userstat = 1");
            for (int i = 0; i < 3; i++) {
                long before = statementsSoFar(c);
                get(s);
                least = Math.min(least, statementsSoFar(c) - before);
            }
        }
        return least;
    }

    private static long statementsSoFar(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT SELECT_COMMANDS + UPDATE_COMMANDS + OTHER_COMMANDS "
                + "FROM information_schema.USER_STATISTICS WHERE USER = ?")) {
            p.setString(1, System.getProperty("bench.db.app.user", "blueledger_bench"));
            try (ResultSet r = p.executeQuery()) {
                if (r.next()) {
                    return r.getLong(1);
                }
            }
        }
        try (ResultSet r = c.createStatement().executeQuery("SHOW GLOBAL STATUS LIKE 'Questions'")) {
            r.next();
            return r.getLong(2) + 1; // this statement itself
        }
    }

    /**
     * Intake through the API ({@code POST /api/v1/allegations}, audited, a subject and a victim each)
     * on {@code threads} clients for {@code seconds}, then the same rows by raw JDBC (the reference
     * counter, the case, its subject, victim and first status, a transaction per case) into UNOCA.
     */
    private String intake(int threads, int seconds) throws Exception {
        token("conduct.minusca");
        String body = """
                {"mission":"MINUSCA","receivedOn":"%s","kind":"SEA","seaType":"SEXUAL_EXPLOITATION","seriousness":"SERIOUS",
                 "source":"HOTLINE","summary":"Benchmark intake","subjects":[{"personnelCategory":"MILITARY_CONTINGENT",
                 "nationality":"NPL","sex":"MALE","name":"Bench Subject"}],"victims":[{"sex":"FEMALE","ageGroup":"ADULT",
                 "name":"Bench Victim"}]}""".formatted(today);
        java.util.concurrent.atomic.AtomicLong created = new java.util.concurrent.atomic.AtomicLong();
        Map<Integer, Long> statuses = new java.util.concurrent.ConcurrentHashMap<>();
        double apiRate = forSeconds(threads, seconds, () -> {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/allegations"))
                    .header("Authorization", "Bearer " + tokens.get("conduct.minusca")).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            statuses.merge(r.statusCode(), 1L, Long::sum);
            return r.statusCode() == 201;
        });
        double jdbcRate = forSeconds(threads, seconds, this::rawCase);
        System.out.printf(Locale.ROOT, "%nintake, %d clients, %d s: API %.1f cases/s (statuses %s), raw JDBC %.1f cases/s, x %.1f%n",
                threads, seconds, apiRate, statuses, jdbcRate, jdbcRate / apiRate);
        return String.format(Locale.ROOT, "{\"clients\": %d, \"seconds\": %d, \"apiCasesPerSecond\": %.1f, "
                + "\"jdbcCasesPerSecond\": %.1f, \"statuses\": \"%s\"}", threads, seconds, apiRate, jdbcRate, statuses);
    }

    private final ThreadLocal<Connection> rawConnection = new ThreadLocal<>();

    private boolean rawCase() throws SQLException {
        Connection c = rawConnection.get();
        if (c == null) {
            c = connect();
            c.setAutoCommit(false);
            rawConnection.set(c);
        }
        int year = today.getYear();
        try (PreparedStatement n = c.prepareStatement("INSERT INTO allegation_number (mission_code, ref_year, last_number) "
                + "VALUES ('UNOCA', ?, 1) ON DUPLICATE KEY UPDATE last_number = last_number + 1");
             PreparedStatement q = c.prepareStatement("SELECT last_number FROM allegation_number WHERE mission_code = 'UNOCA' "
                     + "AND ref_year = ?")) {
            n.setInt(1, year);
            n.executeUpdate();
            q.setInt(1, year);
            int number;
            try (ResultSet r = q.executeQuery()) {
                r.next();
                number = r.getInt(1);
            }
            long id;
            try (PreparedStatement a = c.prepareStatement("INSERT INTO allegation (reference, mission_code, ref_year, ref_number, "
                    + "received_on, kind, sea_type, seriousness, source, summary, status, created_at, created_by, modified_at, "
                    + "modified_by) VALUES (?, 'UNOCA', ?, ?, ?, 'SEA', 'SEXUAL_EXPLOITATION', 'SERIOUS', 'HOTLINE', "
                    + "'Benchmark intake', 'PRELIMINARY_ASSESSMENT', NOW(6), 'bench', NOW(6), 'bench')",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                a.setString(1, "UNOCA-" + year + "-" + number);
                a.setInt(2, year);
                a.setInt(3, number);
                a.setObject(4, today);
                a.executeUpdate();
                try (ResultSet k = a.getGeneratedKeys()) {
                    k.next();
                    id = k.getLong(1);
                }
            }
            try (java.sql.Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO subject (allegation_id, personnel_category, nationality, sex) VALUES ("
                        + id + ", 'MILITARY_CONTINGENT', 'NPL', 'MALE')");
                st.executeUpdate("INSERT INTO victim (allegation_id, sex, age_group) VALUES (" + id + ", 'FEMALE', 'ADULT')");
                st.executeUpdate("INSERT INTO status_change (allegation_id, to_status, changed_at, changed_by) VALUES ("
                        + id + ", 'PRELIMINARY_ASSESSMENT', NOW(6), 'bench')");
            }
            c.commit();
            return true;
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
    }

    private interface Attempt {
        boolean run() throws Exception;
    }

    /** Successful attempts per second of {@code threads} threads calling {@code attempt} for {@code seconds}. */
    private static double forSeconds(int threads, int seconds, Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        java.util.concurrent.atomic.AtomicLong ok = new java.util.concurrent.atomic.AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    if (attempt.run()) {
                        ok.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        return ok.get() / ((System.nanoTime() - start) / 1e9);
    }

    /**
     * {@code GET /api/v1/allegations/export} as HQ: every case, streamed; the time, the rows and
     * bytes received, and the application JVM's heap while it streams ({@code jstat} on the
     * process listening on the benchmark's port, or {@code bench.app.pid}).
     */
    private String export() throws Exception {
        token("hq.conduct");
        String pid = System.getProperty("bench.app.pid", appPid());
        HeapWatch heap = pid == null ? null : new HeapWatch(pid);
        long t = System.nanoTime();
        HttpResponse<java.io.InputStream> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/allegations/export"))
                .header("Authorization", "Bearer " + tokens.get("hq.conduct")).timeout(Duration.ofMinutes(30)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        long lines = 0;
        try (java.io.InputStream in = r.body()) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        String peak = heap == null ? "n/a" : heap.stop();
        System.out.printf(Locale.ROOT, "CSV export as HQ: status %d, %s cases announced, %,d lines, %,d bytes in %.1f s; "
                + "application heap used before / peak while streaming: %s%n", r.statusCode(),
                r.headers().firstValue("X-Total-Count").orElse("?"), lines, bytes, seconds, peak);
        return String.format(Locale.ROOT, "{\"status\": %d, \"announced\": \"%s\", \"lines\": %d, \"bytes\": %d, "
                + "\"seconds\": %.1f, \"heap\": \"%s\"}", r.statusCode(), r.headers().firstValue("X-Total-Count").orElse("?"),
                lines, bytes, seconds, peak);
    }

    /** The pid of the Payara Micro serving {@code bench.url}'s port, from its command line. */
    private String appPid() {
        String port = String.valueOf(URI.create(base).getPort());
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().map(c -> c.contains("payara-micro")
                && c.contains("--port " + port)).orElse(false)).map(p -> String.valueOf(p.pid())).findFirst().orElse(null);
    }

    /** Samples a JVM's used heap (survivors, eden, old) every 200 ms with {@code jstat -gc}. */
    private static final class HeapWatch {
        private final Process jstat;
        private final Thread reader;
        private volatile double first = -1;
        private volatile double peak;

        HeapWatch(String pid) throws java.io.IOException {
            jstat = new ProcessBuilder("jstat", "-gc", pid, "200").redirectErrorStream(true).start();
            reader = new Thread(() -> {
                try (java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(jstat.getInputStream()))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        String[] f = line.strip().split("\\s+");
                        if (f.length > 8 && !f[0].startsWith("S0C")) {
                            double used = Double.parseDouble(f[2]) + Double.parseDouble(f[3]) + Double.parseDouble(f[5])
                                    + Double.parseDouble(f[7]);
                            if (first < 0) {
                                first = used;
                            }
                            peak = Math.max(peak, used);
                        }
                    }
                } catch (java.io.IOException | NumberFormatException e) {
                    // jstat ended
                }
            });
            reader.start();
        }

        String stop() throws InterruptedException {
            jstat.destroy();
            reader.join(2000);
            return String.format(Locale.ROOT, "%.0f MiB / %.0f MiB", first / 1024, peak / 1024);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = connect(); ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The date and id of the last case of the page before {@code page} (the cursor a client holds there). */
    private Object[] cursor(String orderedSql, int page) throws SQLException {
        try (Connection c = connect(); ResultSet r = c.createStatement().executeQuery(orderedSql + " LIMIT 1 OFFSET "
                + Math.max(0, page * 50L - 1))) {
            r.next();
            return new Object[] {r.getDate(1).toLocalDate(), r.getLong(2)};
        }
    }

    private String reference(String sql) throws SQLException {
        try (Connection c = connect(); ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    /** Every row the case page shows, one statement per table, by the case's id (found by its reference). */
    private List<Sql> casePageSql(String reference) throws SQLException {
        long id = count("SELECT id FROM allegation WHERE reference = '" + reference + "'");
        List<Sql> sql = new ArrayList<>(List.of(Sql.of("SELECT * FROM allegation a WHERE a.reference = ?", reference)));
        for (String q : List.of(
                "SELECT s.*, i.* FROM subject s LEFT JOIN subject_identity i ON i.subject_id = s.id WHERE s.allegation_id = ?",
                "SELECT v.*, i.* FROM victim v LEFT JOIN victim_identity i ON i.victim_id = v.id WHERE v.allegation_id = ?",
                "SELECT * FROM status_change WHERE allegation_id = ? ORDER BY changed_at",
                "SELECT * FROM case_assignment WHERE allegation_id = ?",
                "SELECT id, file_name, media_type, classification FROM attachment WHERE allegation_id = ?",
                "SELECT i.*, x.subject_id FROM investigation i LEFT JOIN investigation_subject x ON x.investigation_id = i.id "
                        + "WHERE i.allegation_id = ?",
                "SELECT n.*, f.* FROM notification n LEFT JOIN notification_follow_up f ON f.notification_id = n.id "
                        + "WHERE n.allegation_id = ?",
                "SELECT * FROM case_action WHERE allegation_id = ?",
                "SELECT * FROM criminal_referral WHERE allegation_id = ?")) {
            sql.add(Sql.of(q, id));
        }
        return sql;
    }

    /** The quarter's units, victims and perpetrators, grouped as the published table needs them. */
    private List<Sql> quarterlySql(int year) {
        java.sql.Date from = java.sql.Date.valueOf(LocalDate.of(year, 4, 1));
        java.sql.Date to = java.sql.Date.valueOf(LocalDate.of(year, 6, 30));
        java.sql.Timestamp asOf = java.sql.Timestamp.valueOf(today.plusDays(1).atStartOfDay());
        return List.of(Sql.of("SELECT u.mission_code, u.category, u.nat, u.incident_year, u.sea_type, "
                        + "COALESCE((SELECT sc.to_status FROM status_change sc WHERE sc.allegation_id = u.id AND sc.changed_at < ? "
                        + "ORDER BY sc.changed_at DESC, sc.id DESC LIMIT 1), 'PRELIMINARY_ASSESSMENT'), EXISTS (SELECT 1 FROM "
                        + "notification n WHERE n.allegation_id = u.id AND n.sent_on <= ?), COUNT(*) FROM (SELECT DISTINCT a.id, "
                        + "a.mission_code, COALESCE(s.personnel_category, 'UNKNOWN') category, CASE WHEN pc.uniformed THEN "
                        + "COALESCE(s.nationality, 'UNKNOWN') END nat, COALESCE(CAST(YEAR(a.incident_date) AS CHAR), 'UNKNOWN') "
                        + "incident_year, COALESCE(a.sea_type, 'UNKNOWN') sea_type FROM allegation a LEFT JOIN subject s "
                        + "ON s.allegation_id = a.id LEFT JOIN personnel_category pc ON pc.code = s.personnel_category "
                        + "WHERE a.kind = 'SEA' AND a.received_on >= ? AND a.received_on <= ?) u GROUP BY 1, 2, 3, 4, 5, 6, 7",
                        asOf, java.sql.Date.valueOf(today), from, to),
                Sql.of("SELECT v.sex, v.age_group, COUNT(*) FROM victim v JOIN allegation a ON a.id = v.allegation_id "
                        + "WHERE a.kind = 'SEA' AND a.received_on >= ? AND a.received_on <= ? GROUP BY v.sex, v.age_group", from, to),
                Sql.of("SELECT s.sex, COUNT(*) FROM subject s JOIN allegation a ON a.id = s.allegation_id WHERE a.kind = 'SEA' "
                        + "AND a.received_on >= ? AND a.received_on <= ? GROUP BY s.sex", from, to));
    }

    /** The year's units of both kinds by quarter, mission, category, area and seriousness, and the five-year trend. */
    private List<Sql> annualSql(int year) {
        java.sql.Date from = java.sql.Date.valueOf(LocalDate.of(year, 1, 1));
        java.sql.Date to = java.sql.Date.valueOf(LocalDate.of(year, 12, 31));
        List<Sql> sql = new ArrayList<>();
        for (String kind : List.of("SEA", "OTHER_MISCONDUCT")) {
            sql.add(Sql.of("SELECT u.q, u.mission_code, u.category, u.thematic, u.seriousness, COUNT(*) FROM (SELECT DISTINCT a.id, "
                    + "QUARTER(a.received_on) q, a.mission_code, COALESCE(s.personnel_category, 'UNKNOWN') category, "
                    + "CASE WHEN pc.uniformed THEN COALESCE(s.nationality, 'UNKNOWN') END nat, COALESCE(a.thematic_area, 'UNKNOWN') "
                    + "thematic, a.seriousness FROM allegation a LEFT JOIN subject s ON s.allegation_id = a.id LEFT JOIN "
                    + "personnel_category pc ON pc.code = s.personnel_category WHERE a.kind = ? AND a.received_on >= ? "
                    + "AND a.received_on <= ?) u GROUP BY 1, 2, 3, 4, 5", kind, from, to));
        }
        sql.add(Sql.of("SELECT YEAR(a.received_on), COUNT(DISTINCT a.id, COALESCE(s.personnel_category, 'UNKNOWN'), CASE WHEN "
                + "pc.uniformed THEN COALESCE(s.nationality, 'UNKNOWN') ELSE '-' END) FROM allegation a LEFT JOIN subject s ON "
                + "s.allegation_id = a.id LEFT JOIN personnel_category pc ON pc.code = s.personnel_category WHERE a.kind = 'SEA' "
                + "AND a.received_on >= ? AND a.received_on <= ? GROUP BY 1",
                java.sql.Date.valueOf(LocalDate.of(year - 4, 1, 1)), to));
        sql.add(Sql.of("SELECT i.entity, COUNT(*), SUM(i.completed_on IS NOT NULL) FROM investigation i JOIN allegation a "
                + "ON a.id = i.allegation_id WHERE a.received_on >= ? AND a.received_on <= ? GROUP BY i.entity", from, to));
        sql.add(Sql.of("SELECT i.finding, COUNT(*) FROM investigation i JOIN allegation a ON a.id = i.allegation_id "
                + "WHERE a.received_on >= ? AND a.received_on <= ? AND i.finding IS NOT NULL GROUP BY i.finding", from, to));
        sql.add(Sql.of("SELECT s.nationality, act.type, COUNT(*) FROM case_action act JOIN subject s ON s.id = act.subject_id "
                + "JOIN allegation a ON a.id = act.allegation_id WHERE a.received_on >= ? AND a.received_on <= ? GROUP BY 1, 2",
                from, to));
        return sql;
    }

    // The hand-written SQL of each clock, as DeadlineQueries would best be answered (docs/performance.md).
    private static final String PLAN = "SET STATEMENT optimizer_switch='exists_to_in=off,semijoin=off,materialization=off' FOR ";

    /** A mission's cases oldest first: its range of the (mission, received) index (the hint DeadlineQueries gives too). */
    private static String missionIndex(String scope) {
        return scope.equals("a.mission_code = ?") ? "FORCE INDEX (ix_allegation_mission_received) " : "";
    }

    private static Sql notify(String scope, LocalDate cutoff, Object... scopeParams) {
        return sql(PLAN + "SELECT a.id, a.reference, a.mission_code, a.received_on, s.nationality FROM allegation a "
                + missionIndex(scope) + "STRAIGHT_JOIN subject s ON s.allegation_id = a.id WHERE a.status IN " + OPEN + " AND a.received_on <= ? "
                + "AND s.personnel_category IN " + UNIFORMED + " AND s.nationality IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
                + "notification n WHERE n.allegation_id = a.id AND n.member_state = s.nationality) AND NOT EXISTS (SELECT 1 "
                + "FROM subject s2 WHERE s2.allegation_id = a.id AND s2.nationality = s.nationality AND s2.personnel_category IN "
                + UNIFORMED + " AND s2.id < s.id) AND " + scope + " ORDER BY a.received_on, a.id LIMIT 50",
                List.of(java.sql.Date.valueOf(cutoff)), scopeParams);
    }

    private static Sql answers(String scope, LocalDate horizon, String state, Object... scopeParams) {
        List<Object> p = new ArrayList<>();
        if (horizon != null) {
            p.add(java.sql.Date.valueOf(horizon));
        }
        if (state != null) {
            p.add(state);
        }
        return sql(PLAN + "SELECT a.id, a.reference, a.mission_code, nv.id, nv.response_due_on, nv.member_state "
                + "FROM notification nv STRAIGHT_JOIN allegation a ON a.id = nv.allegation_id WHERE nv.answer IS NULL"
                + (horizon == null ? "" : " AND nv.response_due_on <= ?") + (state == null ? "" : " AND nv.member_state = ?")
                + " AND a.status IN " + OPEN + " AND " + scope + " ORDER BY nv.response_due_on, nv.id LIMIT 50", p, scopeParams);
    }

    private static Sql investigations(String scope, LocalDate horizon, String investigator, Object... scopeParams) {
        List<Object> p = new ArrayList<>(List.of(java.sql.Date.valueOf(horizon)));
        if (investigator != null) {
            p.add(investigator);
        }
        return sql(PLAN + "SELECT a.id, a.reference, a.mission_code, inv.id, inv.due_on FROM investigation inv "
                + "STRAIGHT_JOIN allegation a ON a.id = inv.allegation_id WHERE inv.completed_on IS NULL AND inv.due_on <= ? "
                + "AND a.status IN " + OPEN + (investigator == null ? "" : " AND EXISTS (SELECT 1 FROM case_assignment asg "
                + "WHERE asg.allegation_id = a.id AND asg.username = ? AND asg.role = 'INVESTIGATOR' "
                + "AND (asg.investigation_id IS NULL OR asg.investigation_id = inv.id))") + " AND " + scope
                + " ORDER BY inv.due_on, inv.id LIMIT 50", p, scopeParams);
    }

    private static Sql actions(String scope, LocalDate cutoff, String state, Object... scopeParams) {
        List<Object> p = new ArrayList<>();
        if (state != null) {
            p.add(state);
        }
        p.add(java.sql.Date.valueOf(cutoff));
        String from = state == null ? "FROM allegation a " + missionIndex(scope) + "STRAIGHT_JOIN notification nv ON nv.allegation_id = a.id WHERE 1 = 1"
                : "FROM allegation_state st STRAIGHT_JOIN allegation a ON a.id = st.allegation_id STRAIGHT_JOIN notification nv "
                + "ON nv.allegation_id = a.id AND nv.member_state = st.state_code WHERE st.state_code = ?";
        return sql(PLAN + "SELECT a.id, a.reference, a.mission_code, a.received_on, nv.member_state " + from
                + " AND EXISTS (SELECT 1 FROM investigation inv WHERE "
                + "inv.allegation_id = a.id AND inv.finding = 'SUBSTANTIATED' AND inv.completed_on <= ? AND (NOT EXISTS "
                + "(SELECT 1 FROM investigation_subject x WHERE x.investigation_id = inv.id) OR EXISTS (SELECT 1 FROM "
                + "investigation_subject x JOIN subject sx ON sx.id = x.subject_id WHERE x.investigation_id = inv.id "
                + "AND sx.nationality = nv.member_state))) AND NOT EXISTS (SELECT 1 FROM case_action act JOIN subject sn "
                + "ON sn.id = act.subject_id WHERE act.allegation_id = a.id AND sn.nationality = nv.member_state "
                + "AND act.stage = 'FINAL' AND act.authority = 'MEMBER_STATE') AND NOT EXISTS (SELECT 1 FROM notification n2 "
                + "WHERE n2.allegation_id = a.id AND n2.member_state = nv.member_state AND n2.id < nv.id) AND EXISTS (SELECT 1 "
                + "FROM subject sy WHERE sy.allegation_id = a.id AND sy.nationality = nv.member_state) AND " + scope
                + (state == null ? " ORDER BY a.received_on, a.id" : " ORDER BY st.received_on, st.allegation_id")
                + " LIMIT 50", p, scopeParams);
    }

    private static Sql claims(String scope, LocalDate cutoff, Object... scopeParams) {
        return sql("SELECT c.* FROM paternity_claim c WHERE c.member_state_notified_on IS NULL AND c.status NOT IN "
                + "('CLOSED', 'PAUSED') AND c.received_on <= ? AND " + scope
                + " ORDER BY c.notification_due_on, c.id LIMIT 50", List.of(java.sql.Date.valueOf(cutoff)), scopeParams);
    }

    private static Sql sql(String text, List<Object> before, Object... scopeParams) {
        List<Object> p = new ArrayList<>(before);
        Collections.addAll(p, scopeParams);
        return new Sql(text, p);
    }

    /** The holidays the start command gives the application ({@code config/holidays.properties}, or {@code bench.holidays}). */
    private static Set<LocalDate> holidays() {
        Path file = Path.of(System.getProperty("bench.holidays", "config/holidays.properties"));
        Set<LocalDate> days = new java.util.HashSet<>();
        try {
            for (String line : Files.exists(file) ? Files.readAllLines(file) : List.<String>of()) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    days.add(LocalDate.parse(l.split("=")[0].strip()));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return days;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(dbUrl, dbUser, dbPassword);
    }

    private void token(String user) throws Exception {
        if (tokens.containsKey(user)) {
            return;
        }
        String basic = Base64.getEncoder().encodeToString((user + ":" + passwords.get(user)).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/tokens"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (r.statusCode() != 201 || !m.find()) {
            throw new IllegalStateException("No token for " + user + ": " + r.statusCode() + " " + r.body());
        }
        tokens.put(user, m.group(1));
    }

    private void get(Scenario s) throws Exception {
        if (s.path().endsWith(".xhtml")) {
            HttpResponse<String> r = session(s.user()).send(HttpRequest.newBuilder(URI.create(base + s.path()))
                    .timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200 || !r.body().contains("bl-")) {
                throw new IllegalStateException(s.name() + ": " + r.statusCode() + " " + r.uri());
            }
            return;
        }
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + s.path()))
                .header("Authorization", "Bearer " + tokens.get(s.user())).timeout(Duration.ofSeconds(120)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(s.name() + ": " + r.statusCode() + " " + r.body());
        }
    }

    /** Each client thread's signed-in web session per account (a cookie jar each, signed in through the form). */
    private final ThreadLocal<Map<String, HttpClient>> sessions = ThreadLocal.withInitial(HashMap::new);

    private HttpClient session(String user) throws Exception {
        HttpClient client = sessions.get().get(user);
        if (client != null) {
            return client;
        }
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        String form = client.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        StringBuilder body = new StringBuilder();
        Matcher hidden = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>").matcher(form);
        while (hidden.find()) {
            Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(hidden.group());
            Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(hidden.group());
            if (name.find()) {
                body.append(encode(name.group(1))).append('=').append(value.find() ? encode(value.group(1)) : "").append('&');
            }
        }
        body.append("loginForm%3Ausername=").append(encode(user)).append("&loginForm%3Apassword=")
                .append(encode(passwords.get(user))).append("&loginForm%3AsignIn=");
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.uri().getPath().endsWith("login.xhtml")) {
            throw new IllegalStateException("Web sign-in of " + user + " failed (two-factor on? start with BLUELEDGER_DEMO=true)");
        }
        sessions.get().put(user, client);
        return client;
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private interface Task {
        void run() throws Exception;
    }

    /** Latencies of {@code requests} calls on each of {@code clients} threads started together. */
    private static Stats measure(int clients, int requests, int warmup, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    for (int w = 0; w < warmup; w++) {
                        task.run();
                    }
                    start.await();
                    List<Long> times = new ArrayList<>();
                    for (int i = 0; i < requests; i++) {
                        long t = System.nanoTime();
                        task.run();
                        times.add(System.nanoTime() - t);
                    }
                    return times;
                }));
            }
            start.countDown();
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : futures) {
                all.addAll(f.get());
            }
            Collections.sort(all);
            return new Stats(percentile(all, 50), percentile(all, 95), all.size());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The same, for the SQL statements run one after the other on a JDBC connection per client. */
    private Stats measureSql(int clients, int requests, int warmup, List<Sql> statements) throws Exception {
        Map<Long, Connection> connections = Collections.synchronizedMap(new LinkedHashMap<>());
        try {
            return measure(clients, requests, warmup, () -> {
                Connection c = connections.get(Thread.currentThread().getId());
                if (c == null) {
                    c = connect();
                    connections.put(Thread.currentThread().getId(), c);
                }
                for (Sql sql : statements) {
                    try (PreparedStatement p = c.prepareStatement(sql.text())) {
                        for (int i = 0; i < sql.params().size(); i++) {
                            p.setObject(i + 1, sql.params().get(i));
                        }
                        try (ResultSet r = p.executeQuery()) {
                            while (r.next()) {
                                r.getObject(1);
                            }
                        }
                    }
                }
            });
        } finally {
            for (Connection c : connections.values()) {
                c.close();
            }
        }
    }

    private static double percentile(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, i)) / 1e6;
    }
}
