package org.blueledger.bench;

import org.blueledger.allegation.domain.AgeGroup;
import org.blueledger.allegation.domain.AllegationStatus;
import org.blueledger.allegation.domain.InvestigatingEntity;
import org.blueledger.allegation.domain.InvestigationFinding;
import org.blueledger.allegation.domain.MisconductKind;
import org.blueledger.allegation.domain.PersonnelCategory;
import org.blueledger.allegation.domain.WorkingCalendar;
import org.blueledger.allegation.service.AllegationInput;
import org.blueledger.allegation.service.DemoCaseGenerator;
import org.blueledger.platform.crypto.FieldCipher;
import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bulk generator for the benchmark (docs/performance.md): {@code N} synthetic cases of
 * {@link DemoCaseGenerator} with the follow-up {@code DemoCaseLoader} gives them (status
 * history, notifications and answers, investigations with their subjects and findings, final
 * actions, assignments), written straight into MariaDB with multi-row INSERTs, identities
 * encrypted by the application's own {@link FieldCipher}. Case {@code i} depends only on the
 * seed, {@code i} and {@code bench.today}; row ids are derived from {@code i}, so chunks load in
 * parallel and a run is reproducible (but for the random IVs of the ciphertexts).
 * <p>
 * Migrates an empty database with the project's Flyway scripts first and refuses a database
 * that already holds cases. Not a test and not in the WAR: {@code mvn -Pbench test-compile exec:java@generate}.
 * <p>
 * System properties: {@code bench.db.url} (default {@code jdbc:mariadb://127.0.0.1:3306/blueledger_bench}),
 * {@code bench.db.user} ({@code root}), {@code bench.db.password} (empty), {@code bench.cases}
 * (200000), {@code bench.seed} (20180514), {@code bench.today} (today), {@code bench.threads} (2),
 * {@code bench.crypto.keys} (else {@code BLUELEDGER_CRYPTO_KEYS}); the key must be the one the
 * application is started with.
 */
public final class BulkGenerator {

    private static final int CHUNK = 500;
    /** Row ids: case {@code i} owns ids {@code i * SLOTS + 1 ...} of each child table (at most SLOTS rows). */
    private static final int SLOTS = 8;

    private final String url;
    private final String user;
    private final String password;
    private final long seed;
    private final LocalDate today;
    private final FieldCipher cipher;
    private final WorkingCalendar calendar = new WorkingCalendar(Set.of());
    private final Map<String, int[]> rules = new HashMap<>();
    private final Map<String, String> ruleUnits = new HashMap<>();
    private final AtomicLong rows = new AtomicLong();

    BulkGenerator(String url, String user, String password, long seed, LocalDate today, FieldCipher cipher) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.seed = seed;
        this.today = today;
        this.cipher = cipher;
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("bench.db.url", "jdbc:mariadb://127.0.0.1:3306/blueledger_bench");
        String keys = System.getProperty("bench.crypto.keys", System.getenv("BLUELEDGER_CRYPTO_KEYS"));
        if (keys == null || keys.isBlank()) {
            throw new IllegalStateException("Set BLUELEDGER_CRYPTO_KEYS (or -Dbench.crypto.keys): the key the app will use");
        }
        int cases = Integer.parseInt(System.getProperty("bench.cases", "200000"));
        int threads = Integer.parseInt(System.getProperty("bench.threads", "2"));
        BulkGenerator g = new BulkGenerator(url, System.getProperty("bench.db.user", "root"),
                System.getProperty("bench.db.password", ""), Long.parseLong(System.getProperty("bench.seed", "20180514")),
                LocalDate.parse(System.getProperty("bench.today", LocalDate.now().toString())),
                FieldCipher.of(keys, System.getProperty("bench.crypto.active-key", System.getenv("BLUELEDGER_CRYPTO_ACTIVE_KEY"))));
        g.run(cases, threads);
    }

    void run(int cases, int threads) throws Exception {
        long t0 = System.nanoTime();
        createDatabase();
        Flyway.configure(BulkGenerator.class.getClassLoader()).dataSource(url, user, password)
                .locations("classpath:db/migration").load().migrate();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM allegation")) {
                r.next();
                if (r.getLong(1) > 0) {
                    throw new IllegalStateException("The database already holds cases: generate into an empty one");
                }
            }
            try (ResultSet r = s.executeQuery("SELECT code, amount, unit FROM deadline_rule")) {
                while (r.next()) {
                    rules.put(r.getString(1), new int[] {r.getInt(2)});
                    ruleUnits.put(r.getString(1), r.getString(3));
                }
            }
        }
        System.out.printf("Schema migrated in %.1f s; generating %,d cases (seed %d, today %s) on %d threads%n",
                (System.nanoTime() - t0) / 1e9, cases, seed, today, threads);
        long t1 = System.nanoTime();
        DemoCaseGenerator generator = new DemoCaseGenerator(seed);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        AtomicLong next = new AtomicLong();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                try (Connection c = connect()) {
                    c.setAutoCommit(false);
                    try (Statement s = c.createStatement()) {
                        s.execute("SET SESSION foreign_key_checks = 0, unique_checks = 0");
                    }
                    for (long from = next.getAndAdd(CHUNK); from < cases; from = next.getAndAdd(CHUNK)) {
                        Batch b = new Batch();
                        for (long i = from; i < Math.min(cases, from + CHUNK); i++) {
                            add(b, (int) i, generator.generate((int) i, today));
                        }
                        b.write(c);
                        long n = Math.min(cases, from + CHUNK);
                        if (n % 20_000 == 0) {
                            System.out.printf("  %,d cases, %.0f s%n", n, (System.nanoTime() - t1) / 1e9);
                        }
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long t2 = System.nanoTime();
        finish();
        System.out.printf("%,d cases (%,d rows) in %.1f s, derived tables and ANALYZE in %.1f s%n", cases, rows.get(),
                (t2 - t1) / 1e9, (System.nanoTime() - t2) / 1e9);
    }

    private void createDatabase() throws SQLException {
        int slash = url.lastIndexOf('/');
        String db = url.substring(slash + 1).replaceAll("\\?.*", "");
        if (!db.matches("[A-Za-z0-9_]+") || db.equals("blueledger") || db.contains("test")) {
            throw new IllegalStateException("Generate into a database of its own (e.g. blueledger_bench), not " + db);
        }
        try (Connection c = DriverManager.getConnection(url.substring(0, slash + 1), user, password);
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS " + db + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Numbering counters, the liaisons' scope table, and fresh index statistics. */
    private void finish() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO allegation_number (mission_code, ref_year, last_number) "
                    + "SELECT mission_code, ref_year, MAX(ref_number) FROM allegation GROUP BY mission_code, ref_year");
            if (hasTable(c, "allegation_state")) {
                s.execute("INSERT IGNORE INTO allegation_state (state_code, allegation_id, received_on) "
                        + "SELECT x.state_code, x.allegation_id, a.received_on FROM (SELECT s.nationality AS state_code, "
                        + "s.allegation_id FROM subject s WHERE s.nationality IS NOT NULL "
                        + "AND s.personnel_category IN (" + uniformedList() + ") "
                        + "UNION SELECT n.member_state, n.allegation_id FROM notification n) x "
                        + "JOIN allegation a ON a.id = x.allegation_id");
            }
            for (String t : List.of("allegation", "allegation_state", "subject", "subject_identity", "victim", "victim_identity",
                    "status_change", "case_assignment", "investigation", "investigation_subject", "notification",
                    "case_action")) {
                s.execute("ANALYZE TABLE " + t);
            }
        }
    }

    private static boolean hasTable(Connection c, String table) throws SQLException {
        try (ResultSet r = c.getMetaData().getTables(c.getCatalog(), null, table, null)) {
            return r.next();
        }
    }

    static String uniformedList() {
        return String.join(", ", java.util.Arrays.stream(PersonnelCategory.values()).filter(PersonnelCategory::isUniformed)
                .map(p -> "'" + p.name() + "'").toList());
    }

    /** The rows of one case, appended to the chunk's multi-row INSERTs. */
    private void add(Batch b, int i, DemoCaseGenerator.DemoCase c) {
        AllegationInput in = c.input();
        long id = i + 1L;
        LocalDate received = LocalDate.parse(in.receivedOn());
        String mission = in.mission();
        String filer = mission.equals("UNMISS") || mission.equals("MINUSCA") ? "conduct." + mission.toLowerCase() : "demo";
        String filedAt = received + " 09:00:00";
        Random r = new Random(seed ^ id);
        List<String[]> history = new ArrayList<>();
        history.add(new String[] {filedAt, null, AllegationStatus.PRELIMINARY_ASSESSMENT.name(), null});
        AllegationStatus status = AllegationStatus.PRELIMINARY_ASSESSMENT;
        LocalDate investigationFrom = null;
        for (DemoCaseGenerator.Step step : c.steps()) {
            history.add(new String[] {step.on() + " 10:00:00", status.name(), step.to().name(), step.reason()});
            if (step.to() == AllegationStatus.UNDER_INVESTIGATION && investigationFrom == null) {
                investigationFrom = step.on();
            }
            status = step.to();
        }
        // subjects and victims
        List<AllegationInput.SubjectInput> subjects = in.subjects();
        Set<String> states = new TreeSet<>();
        for (int s = 0; s < subjects.size(); s++) {
            AllegationInput.SubjectInput si = subjects.get(s);
            long sid = id * SLOTS + s;
            b.row("subject", sid, id, s, si.personnelCategory(), si.nationality(), si.sex(), si.rank(), si.unit());
            b.row("subject_identity", sid, cipher.encrypt("subject.name", si.name()),
                    cipher.encrypt("subject.serviceNumber", si.serviceNumber()));
            if (PersonnelCategory.valueOf(si.personnelCategory()).isUniformed() && si.nationality() != null) {
                states.add(si.nationality());
            }
        }
        boolean minor = false;
        for (int v = 0; v < in.victims().size(); v++) {
            AllegationInput.VictimInput vi = in.victims().get(v);
            long vid = id * SLOTS + v;
            minor |= AgeGroup.valueOf(vi.ageGroup()) == AgeGroup.MINOR;
            b.row("victim", vid, id, v, vi.sex(), vi.ageGroup());
            b.row("victim_identity", vid, cipher.encrypt("victim.name", vi.name()), null,
                    cipher.encrypt("victim.contact", vi.contact()));
        }
        // notifications (as DemoCaseLoader.followUp)
        boolean nio = false;
        boolean referred = false;
        int k = 0;
        for (String state : states) {
            LocalDate sent = received.plusDays(1 + r.nextInt(8));
            if (r.nextInt(100) >= 85 || sent.isAfter(today)) {
                continue;
            }
            LocalDate due = due(sent, "MEMBER_STATE_ANSWERS");
            LocalDate answered = calendar.due(sent, 3 + r.nextInt(10), WorkingCalendar.Unit.WORKING_DAYS);
            String answer = null;
            String nioName = null;
            LocalDate nioOn = null;
            LocalDate respondedOn = null;
            if (!answered.isAfter(today) && r.nextInt(100) < 75) {
                boolean will = r.nextInt(100) < 80;
                answer = will ? "WILL_INVESTIGATE" : "DECLINES";
                nioName = will ? "Lt. Col. Demo " + (100 + r.nextInt(900)) : null;
                nioOn = will ? answered.minusDays(1) : null;
                respondedOn = answered;
                nio |= will;
            }
            b.row("notification", id * SLOTS + k++, id, state, sent, true, due, answer, respondedOn, nioName, nioOn,
                    filedAt, filer);
            referred = true;
        }
        b.row("case_assignment", id * SLOTS, id, filer, "CONDUCT_OFFICER", null, filedAt, filer);
        if (investigationFrom != null) {
            status = investigate(b, id, in, r, investigationFrom, minor, nio, status, history, states, filer);
        }
        for (int h = 0; h < history.size(); h++) {
            String[] e = history.get(h);
            b.row("status_change", id * SLOTS + h, id, e[0], filer, e[1], e[2], e[3]);
        }
        String last = history.get(history.size() - 1)[0];
        b.row("allegation", id, 0, ref(mission, received.getYear(), i + 1), mission, received.getYear(), i + 1, received,
                in.incidentDate() == null ? null : LocalDate.parse(in.incidentDate()), in.kind(), in.seaType(),
                in.seaSubtype(), in.seriousness(), in.thematicArea(), in.source(), in.summary(), in.location(),
                status.name(), referred, filedAt, filer, last, filer);
    }

    /** The investigation of a case under investigation, its finding and the actions after it; returns the status. */
    private AllegationStatus investigate(Batch b, long id, AllegationInput in, Random r, LocalDate started, boolean minor,
                                         boolean nio, AllegationStatus status, List<String[]> history, Set<String> states,
                                         String by) {
        boolean sea = MisconductKind.valueOf(in.kind()) == MisconductKind.SEA;
        String rule = sea ? (minor ? "SEA_INVESTIGATION_MINOR_VICTIM" : "SEA_INVESTIGATION") : "OTHER_INVESTIGATION";
        InvestigatingEntity entity = nio ? InvestigatingEntity.MEMBER_STATE_NIO
                : sea ? InvestigatingEntity.OIOS : InvestigatingEntity.MISSION_SIU;
        LocalDate due = due(started, rule);
        LocalDate completed = started.plusDays(40 + r.nextInt(Math.max(1, (int) (due.toEpochDay() - started.toEpochDay()))));
        boolean finish = status == AllegationStatus.UNDER_INVESTIGATION && completed.plusDays(10).isBefore(today)
                && r.nextInt(100) < 70;
        InvestigationFinding finding = r.nextInt(100) < 60 ? InvestigationFinding.SUBSTANTIATED
                : InvestigationFinding.NOT_SUBSTANTIATED;
        long inv = id;
        b.row("investigation", inv, 0, id, entity.name(), started, due, finish ? completed : null,
                finish ? finding.name() : null, started + " 10:00:00", by);
        for (int s = 0; s < in.subjects().size(); s++) {
            b.row("investigation_subject", inv, id * SLOTS + s);
        }
        if (entity == InvestigatingEntity.OIOS) {
            b.row("case_assignment", id * SLOTS + 1, id, "investigator", "INVESTIGATOR", inv, started + " 10:00:00", by);
        }
        if (!finish) {
            return status;
        }
        AllegationStatus to = finding == InvestigationFinding.SUBSTANTIATED ? AllegationStatus.SUBSTANTIATED
                : AllegationStatus.NOT_SUBSTANTIATED;
        history.add(new String[] {completed.plusDays(5) + " 11:00:00", status.name(), to.name(), null});
        if (finding != InvestigationFinding.SUBSTANTIATED) {
            return to;
        }
        for (int s = 0; s < in.subjects().size(); s++) {
            AllegationInput.SubjectInput si = in.subjects().get(s);
            boolean uniformed = PersonnelCategory.valueOf(si.personnelCategory()).isUniformed();
            LocalDate decided = completed.plusDays(30 + r.nextInt(200));
            if (uniformed && states.contains(si.nationality()) && !decided.isAfter(today) && r.nextInt(100) < 50) {
                b.row("case_action", id * SLOTS + s, 0, id, id * SLOTS + s, "FINAL", "MEMBER_STATE",
                        r.nextBoolean() ? "IMPRISONMENT" : "DEMOTION", decided, "Demo: reported by the member state",
                        completed + " 12:00:00", by);
            } else if (!uniformed) {
                b.row("case_action", id * SLOTS + s, 0, id, id * SLOTS + s, "FINAL", "UN", "SEPARATION_OR_DISMISSAL",
                        completed.plusDays(20), null, completed + " 12:00:00", by);
            }
        }
        return to;
    }

    private LocalDate due(LocalDate start, String rule) {
        return calendar.due(start, rules.get(rule)[0], WorkingCalendar.Unit.valueOf(ruleUnits.get(rule)));
    }

    private static String ref(String mission, int year, int number) {
        return String.format("%s-%04d-%04d", mission, year, number);
    }

    /** The multi-row INSERTs of one chunk, one per table (foreign key checks are off; the case itself last). */
    private final class Batch {
        private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

        static {
            COLUMNS.put("subject", "id, allegation_id, position, personnel_category, nationality, sex, rank_grade, unit");
            COLUMNS.put("subject_identity", "subject_id, name, service_number");
            COLUMNS.put("victim", "id, allegation_id, position, sex, age_group");
            COLUMNS.put("victim_identity", "victim_id, name, date_of_birth, contact");
            COLUMNS.put("status_change", "id, allegation_id, changed_at, changed_by, from_status, to_status, reason");
            COLUMNS.put("notification", "id, allegation_id, member_state, sent_on, requests_nio, response_due_on, answer, "
                    + "responded_on, nio_name, nio_appointed_on, created_at, created_by");
            COLUMNS.put("investigation", "id, version, allegation_id, entity, started_on, due_on, completed_on, finding, "
                    + "created_at, created_by");
            COLUMNS.put("investigation_subject", "investigation_id, subject_id");
            COLUMNS.put("case_assignment", "id, allegation_id, username, role, investigation_id, assigned_at, assigned_by");
            COLUMNS.put("case_action", "id, version, allegation_id, subject_id, stage, authority, type, decided_on, details, "
                    + "recorded_at, recorded_by");
            // last: see write()
            COLUMNS.put("allegation", "id, version, reference, mission_code, ref_year, ref_number, received_on, incident_date, "
                    + "kind, sea_type, sea_subtype, seriousness, thematic_area, source, summary, location, status, "
                    + "referred_to_member_state, created_at, created_by, modified_at, modified_by");
        }

        private final Map<String, StringBuilder> sql = new LinkedHashMap<>();

        Batch() {
            COLUMNS.keySet().forEach(t -> sql.put(t, new StringBuilder()));
        }

        void row(String table, Object... values) {
            StringBuilder sb = sql.get(table);
            rows.incrementAndGet();
            sb.append(sb.isEmpty() ? "" : ",").append('(');
            for (int v = 0; v < values.length; v++) {
                sb.append(v == 0 ? "" : ",").append(literal(values[v]));
            }
            sb.append(')');
        }

        /**
         * Writes and commits the chunk. The insert trigger on {@code allegation} (V019) bumps the
         * shared {@code allegation_count} rows in the order of the chunk's cases, so two threads
         * can deadlock on them: {@code allegation} is written last (the counter rows are then
         * locked only until the commit that follows at once), and a chunk rolled back by a
         * deadlock is written again.
         */
        void write(Connection c) throws SQLException {
            for (int attempt = 1; ; attempt++) {
                try (Statement s = c.createStatement()) {
                    for (Map.Entry<String, StringBuilder> e : sql.entrySet()) {
                        if (!e.getValue().isEmpty()) {
                            s.executeUpdate("INSERT INTO " + e.getKey() + " (" + COLUMNS.get(e.getKey()) + ") VALUES "
                                    + e.getValue());
                        }
                    }
                    c.commit();
                    return;
                } catch (SQLTransactionRollbackException e) {
                    c.rollback();
                    if (attempt == 5) {
                        throw e;
                    }
                }
            }
        }

        private String literal(Object v) {
            if (v == null) {
                return "NULL";
            }
            if (v instanceof Number || v instanceof Boolean) {
                return v.toString();
            }
            return "'" + v.toString().replace("\\", "\\\\").replace("'", "''") + "'";
        }
    }
}
