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
                .executor(Executors.newFixedThreadPool(4)).build();
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
        json.append("\n  ]\n}\n");
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
        String page = "SELECT a.reference, a.mission_code, a.received_on, a.incident_date, a.kind, a.sea_type, a.status, "
                + "a.referred_to_member_state, a.version FROM allegation a WHERE %s ORDER BY a.received_on DESC, a.id DESC LIMIT 50";
        String count = "SELECT COUNT(*) FROM allegation a WHERE %s";
        list.add(new Scenario("case list p1 hq.conduct", "hq.conduct", "/api/v1/allegations?page=0&size=50",
                List.of(Sql.of(page.formatted("1 = 1")), Sql.of(count.formatted("1 = 1")))));
        list.add(new Scenario("case list p1 conduct.minusca", "conduct.minusca", "/api/v1/allegations?page=0&size=50",
                List.of(Sql.of(page.formatted(mission), "MINUSCA"), Sql.of(count.formatted(mission), "MINUSCA"))));
        list.add(new Scenario("case list p1 liaison.npl", "liaison.npl", "/api/v1/allegations?page=0&size=50",
                List.of(Sql.of(page.formatted(liaison), "NPL"), Sql.of(count.formatted(liaison), "NPL"))));
        return list;
    }

    // The hand-written SQL of each clock, as DeadlineQueries would best be answered (docs/performance.md).
    private static final String PLAN = "SET STATEMENT optimizer_switch='exists_to_in=off,semijoin=off,materialization=off' FOR ";

    private static Sql notify(String scope, LocalDate cutoff, Object... scopeParams) {
        return sql(PLAN + "SELECT a.id, a.reference, a.mission_code, a.received_on, s.nationality FROM allegation a "
                + "STRAIGHT_JOIN subject s ON s.allegation_id = a.id WHERE a.status IN " + OPEN + " AND a.received_on <= ? "
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
                + "FROM notification nv JOIN allegation a ON a.id = nv.allegation_id WHERE nv.answer IS NULL"
                + (horizon == null ? "" : " AND nv.response_due_on <= ?") + (state == null ? "" : " AND nv.member_state = ?")
                + " AND a.status IN " + OPEN + " AND " + scope + " ORDER BY nv.response_due_on, nv.id LIMIT 50", p, scopeParams);
    }

    private static Sql investigations(String scope, LocalDate horizon, String investigator, Object... scopeParams) {
        List<Object> p = new ArrayList<>(List.of(java.sql.Date.valueOf(horizon)));
        if (investigator != null) {
            p.add(investigator);
        }
        return sql(PLAN + "SELECT a.id, a.reference, a.mission_code, inv.id, inv.due_on FROM investigation inv "
                + "JOIN allegation a ON a.id = inv.allegation_id WHERE inv.completed_on IS NULL AND inv.due_on <= ? "
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
        String from = state == null ? "FROM allegation a STRAIGHT_JOIN notification nv ON nv.allegation_id = a.id WHERE 1 = 1"
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
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + s.path()))
                .header("Authorization", "Bearer " + tokens.get(s.user())).timeout(Duration.ofSeconds(120)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(s.name() + ": " + r.statusCode() + " " + r.body());
        }
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
