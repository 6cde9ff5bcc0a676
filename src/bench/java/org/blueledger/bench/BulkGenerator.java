package org.blueledger.bench;

import org.blueledger.allegation.domain.AgeGroup;
import org.blueledger.allegation.domain.AllegationStatus;
import org.blueledger.followup.domain.InvestigatingEntity;
import org.blueledger.allegation.domain.InvestigationFinding;
import org.blueledger.allegation.domain.MisconductKind;
import org.blueledger.allegation.domain.PersonnelCategory;
import org.blueledger.deadline.domain.WorkingCalendar;
import org.blueledger.allegation.service.AllegationInput;
import org.blueledger.demo.DemoCaseGenerator;
import org.blueledger.platform.crypto.FieldCipher;
import org.blueledger.victimsupport.domain.ClaimLifecycle;
import org.blueledger.victimsupport.domain.ClaimStatus;
import org.blueledger.victimsupport.domain.ClaimStep;
import org.blueledger.victimsupport.domain.Party;
import org.blueledger.victimsupport.domain.PaternityOutcome;
import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
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
 * actions, assignments), and their referrals and claims: referrals for criminal accountability
 * of a substantiated case's officials and experts on mission; for the victims of SEA cases,
 * assistance referrals (medical, psychosocial, legal, ..., the Trust Fund's projects, which
 * it creates), the contact log, and paternity claims with the child's row and the steps taken,
 * each through the application's {@link ClaimLifecycle} (the shares are given on each method
 * and in docs/performance.md). Written straight into MariaDB with multi-row INSERTs, identities
 * (the subjects', the victims', the children's) encrypted by the application's own
 * {@link FieldCipher} under the application's field names. Case {@code i} depends only on the
 * seed, {@code i} and {@code bench.today} (nothing is dated after it); row ids are derived from
 * {@code i}, so chunks load in parallel and a run is reproducible (but for the random IVs of
 * the ciphertexts). Working days are counted without holidays.
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

    /** Referred for criminal accountability: UN officials and experts on mission (not contingents, not contractors). */
    private static final Set<PersonnelCategory> REFERABLE = EnumSet.of(PersonnelCategory.INTERNATIONAL_STAFF,
            PersonnelCategory.NATIONAL_STAFF, PersonnelCategory.UN_VOLUNTEER, PersonnelCategory.MILITARY_OBSERVER,
            PersonnelCategory.STAFF_OFFICER, PersonnelCategory.UN_POLICE);
    /** Assistance referral types and their weights (Trust Fund only where the mission's country has a project). */
    private static final String[][] REFERRAL_TYPES = {{"MEDICAL", "30"}, {"PSYCHOSOCIAL", "35"}, {"LEGAL", "12"},
        {"LIVELIHOOD", "8"}, {"EDUCATION", "5"}, {"MATERIAL", "5"}, {"TRUST_FUND", "5"}};
    /** Trust Fund in Support of Victims of SEA, demo projects (ids 1...): code, name, country, active. */
    private static final String[][] TRUST_FUND_PROJECTS = {
        {"TF-CAF-01", "Demo: livelihoods and psychosocial support, Bangui", "CAF", "TRUE"},
        {"TF-CAF-02", "Demo: support to children born of SEA, Bambari", "CAF", "TRUE"},
        {"TF-COD-01", "Demo: community-based assistance, Goma", "COD", "TRUE"},
        {"TF-COD-02", "Demo: vocational training, Bunia", "COD", "TRUE"},
        {"TF-SSD-01", "Demo: medical and legal assistance, Juba", "SSD", "TRUE"},
        {"TF-HTI-01", "Demo: education and livelihoods, Port-au-Prince", "HTI", "TRUE"},
        {"TF-LBR-01", "Demo: income generation, Monrovia (ended)", "LBR", "FALSE"}};
    private static final Map<String, long[]> PROJECTS_BY_MISSION = Map.of("MINUSCA", new long[] {1, 2},
            "MONUSCO", new long[] {3, 4}, "UNMISS", new long[] {5}, "MINUSTAH", new long[] {6});

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
        trustFundProjects();
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
                    "case_action", "criminal_referral", "paternity_claim", "paternity_claim_child", "paternity_claim_step",
                    "assistance_referral", "victim_contact")) {
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
        String reference = ref(mission, received.getYear(), i + 1);
        if (!in.victims().isEmpty()) {
            victimSupport(b, i, id, reference, in, received);
        }
        b.row("allegation", id, 0, reference, mission, received.getYear(), i + 1, received,
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
        criminalReferrals(b, id, in, sea, completed.plusDays(5));
        return to;
    }

    /**
     * Referrals for criminal accountability (V013, as {@code CriminalReferralService.refer}): a
     * substantiated case's UN officials and experts on mission (never contingent members, whom
     * their state's exclusive jurisdiction covers; not contractors) referred to their state of
     * nationality, 20 % of them in SEA cases and 8 % in other serious misconduct, 30 to 180 days
     * after the finding; a year or more later, 60 % have the state's outcome.
     */
    private void criminalReferrals(Batch b, long id, AllegationInput in, boolean sea, LocalDate substantiated) {
        int share = sea ? 20 : "SERIOUS".equals(in.seriousness()) ? 8 : 0;
        if (share == 0) {
            return;
        }
        Random r = new Random(stream(id, 1));
        for (int s = 0; s < in.subjects().size(); s++) {
            AllegationInput.SubjectInput si = in.subjects().get(s);
            if (!REFERABLE.contains(PersonnelCategory.valueOf(si.personnelCategory())) || si.nationality() == null
                    || r.nextInt(100) >= share) {
                continue;
            }
            LocalDate on = substantiated.plusDays(30 + r.nextInt(150));
            if (on.isAfter(today)) {
                continue;
            }
            String outcome = "PENDING";
            LocalDate outcomeOn = on.plusDays(90 + r.nextInt(640));
            if (!outcomeOn.isAfter(today) && r.nextInt(100) < 60) {
                int x = r.nextInt(100);
                outcome = x < 20 ? "PROSECUTED" : x < 45 ? "CONVICTED" : x < 50 ? "ACQUITTED" : x < 85 ? "NO_ACTION" : "UNKNOWN";
            } else {
                outcomeOn = null;
            }
            String at = on + " 15:00:00";
            b.row("criminal_referral", id * SLOTS + s, outcomeOn == null ? 0 : 1, id, id * SLOTS + s, si.nationality(), on,
                    outcome, outcomeOn, at, "hq.conduct", outcomeOn == null ? at : outcomeOn + " 15:00:00", "hq.conduct");
        }
    }

    /**
     * Victim support (V014, V015, as {@code PaternityClaimService}, {@code ReferralService} and
     * {@code VictimFileService} write it), for the victims of SEA cases: a paternity claim,
     * assistance referrals with the victim's consent, and the contact log. Drawn from a random
     * stream of its own, so the case's other rows do not depend on it.
     */
    private void victimSupport(Batch b, int i, long id, String reference, AllegationInput in, LocalDate received) {
        if (MisconductKind.valueOf(in.kind()) != MisconductKind.SEA) {
            return;
        }
        Random r = new Random(stream(id, 2));
        String mission = in.mission();
        Contacts contacts = new Contacts(b, id, reference, mission);
        paternityClaim(b, i, id, reference, in, received, r, contacts);
        int k = 0;
        for (int v = 0; v < in.victims().size(); v++) {
            long vid = id * SLOTS + v;
            if (r.nextInt(100) < 60) {
                LocalDate told = received.plusDays(5 + r.nextInt(60));
                contacts.add(vid, told, "CASE_STATUS", "Demo: told where the case stands");
            }
            if (r.nextInt(100) >= 65) {
                continue;
            }
            int n = r.nextInt(100) < 35 ? 2 : 1;
            String first = null;
            for (int j = 0; j < n; j++) {
                String type = pick(r, REFERRAL_TYPES);
                long[] projects = PROJECTS_BY_MISSION.get(mission);
                if (type.equals("TRUST_FUND") && projects == null) {
                    type = "PSYCHOSOCIAL";
                }
                if (type.equals(first)) {
                    continue;
                }
                first = type;
                LocalDate referred = received.plusDays(r.nextInt(21));
                if (referred.isAfter(today)) {
                    continue;
                }
                LocalDate consent = referred.minusDays(r.nextInt(3));
                Long project = null;
                String provider;
                if (type.equals("TRUST_FUND")) {
                    project = projects[r.nextInt(projects.length)];
                    provider = TRUST_FUND_PROJECTS[(int) (project - 1)][0];
                } else {
                    provider = "Demo " + type.toLowerCase() + " partner " + mission + "-" + (1 + r.nextInt(6));
                }
                int x = r.nextInt(100);
                LocalDate started = x < 6 ? null : referred.plusDays(1 + r.nextInt(20));
                LocalDate closed = x < 6 ? referred.plusDays(1 + r.nextInt(14))
                        : x < 12 ? started.plusDays(20 + r.nextInt(180))
                        : x < 45 ? null : started.plusDays(30 + r.nextInt(335));
                String status = x < 6 ? "DECLINED_BY_VICTIM" : x < 12 ? "CLOSED" : x < 45 ? "IN_PROGRESS" : "COMPLETED";
                if (closed != null && closed.isAfter(today)) {
                    closed = null;
                    status = started == null ? "REFERRED" : "IN_PROGRESS";
                }
                if (started != null && started.isAfter(today)) {
                    started = null;
                    status = "REFERRED";
                }
                String notes = switch (status) {
                    case "COMPLETED" -> "Demo: assistance completed";
                    case "DECLINED_BY_VICTIM" -> "Demo: the victim declined the assistance";
                    case "CLOSED" -> "Demo: provider no longer reachable";
                    default -> null;
                };
                int version = status.equals("REFERRED") ? 0
                        : status.equals("IN_PROGRESS") || status.equals("DECLINED_BY_VICTIM") ? 1 : 2;
                LocalDate modified = closed != null ? closed : started != null ? started : referred;
                b.row("assistance_referral", id * SLOTS + k++, version, id, reference, mission, vid, type, provider, project,
                        referred, consent, status, started, closed, notes, referred + " 11:00:00", "victims.rights",
                        modified + " 11:00:00", "victims.rights");
                if (r.nextBoolean()) {
                    contacts.add(vid, started != null ? started : referred, "ASSISTANCE",
                            "Demo: followed up on the " + type.toLowerCase().replace('_', ' ') + " referral");
                }
            }
        }
    }

    /**
     * A paternity claim on 12 % of sexual-exploitation and 4 % of sexual-abuse cases that have a
     * female victim and a male subject (the alleged father, whose nationality is the state that
     * owes): the child born about nine months after the incident, the claim received up to a
     * year after the birth (none yet when that lies after today), the notification due 5 working
     * days after receipt, the steps that followed, each taken through {@link ClaimLifecycle} as
     * the application does. The child's row is always written (the claim list inner-joins it),
     * name and date of birth encrypted under the application's field names.
     */
    private void paternityClaim(Batch b, int i, long id, String reference, AllegationInput in, LocalDate received, Random r,
                                Contacts contacts) {
        int share = "SEXUAL_EXPLOITATION".equals(in.seaType()) ? 12 : "SEXUAL_ABUSE".equals(in.seaType()) ? 4 : 0;
        int victim = -1;
        for (int v = 0; v < in.victims().size() && victim < 0; v++) {
            victim = "FEMALE".equals(in.victims().get(v).sex()) ? v : -1;
        }
        int father = -1;
        for (int s = 0; s < in.subjects().size() && father < 0; s++) {
            AllegationInput.SubjectInput si = in.subjects().get(s);
            father = "MALE".equals(si.sex()) && si.nationality() != null ? s : -1;
        }
        if (r.nextInt(100) >= share || victim < 0 || father < 0) {
            return;
        }
        LocalDate incident = in.incidentDate() != null ? LocalDate.parse(in.incidentDate())
                : received.minusDays(30 + r.nextInt(200));
        LocalDate born = incident.plusDays(255 + r.nextInt(30));
        LocalDate claimOn = (born.isAfter(received) ? born : received).plusDays(r.nextInt(365));
        if (claimOn.isAfter(today)) {
            return;
        }
        AllegationInput.VictimInput vi = in.victims().get(victim);
        String claimant = "MINOR".equals(vi.ageGroup()) ? (r.nextInt(100) < 80 ? "GUARDIAN" : "VICTIM")
                : r.nextInt(100) < 90 ? "VICTIM" : "GUARDIAN";
        int x = r.nextInt(100);
        String childSex = x < 48 ? "FEMALE" : x < 96 ? "MALE" : "UNKNOWN";
        long vid = id * SLOTS + victim;
        Claim c = new Claim(claimOn);
        // the state notified within the 5 working days for 75 % of claims, up to 5 weeks late for 18 %, months late for 7 %
        int late = r.nextInt(100);
        LocalDate at = calendar.due(claimOn, late < 75 ? 1 + r.nextInt(5) : late < 93 ? 6 + r.nextInt(20) : 26 + r.nextInt(225),
                WorkingCalendar.Unit.WORKING_DAYS);
        if (r.nextInt(100) < 3) {
            c.step(ClaimStep.PAUSED_AT_CLAIMANT_REQUEST, claimOn.plusDays(3 + r.nextInt(30)), null, null, null);
        } else if (c.step(ClaimStep.MEMBER_STATE_NOTIFIED, at, null, null, null)) {
            if (r.nextInt(100) < 70) {
                c.step(ClaimStep.FOCAL_POINT_NAMED, c.at.plusDays(10 + r.nextInt(50)), null,
                        "Demo focal point " + (100 + r.nextInt(900)), null);
            }
            int path = r.nextInt(100);
            boolean established = false;
            if (path < 55) {
                boolean positive = r.nextInt(100) < 75;
                if (c.step(ClaimStep.DNA_SAMPLE_COLLECTED, c.at.plusDays(30 + r.nextInt(210)),
                        r.nextInt(100) < 40 ? Party.UN : Party.MEMBER_STATE, null, null)
                        && c.step(ClaimStep.DNA_TEST_RESULT, c.at.plusDays(20 + r.nextInt(100)), null,
                        positive ? "Positive: probability of paternity 99.99 %" : "Negative: paternity excluded", null)) {
                    LocalDate on = c.at.plusDays(5 + r.nextInt(25));
                    if (positive) {
                        established = c.step(ClaimStep.PATERNITY_ESTABLISHED, on, null, "DNA", null);
                    } else {
                        c.step(ClaimStep.PATERNITY_NOT_ESTABLISHED, on, null, null, null);
                    }
                }
            } else if (path < 70) {
                established = c.step(ClaimStep.PATERNITY_ESTABLISHED, c.at.plusDays(60 + r.nextInt(340)), null, "ADMISSION",
                        null);
            } else if (path < 78) {
                c.step(ClaimStep.PATERNITY_NOT_ESTABLISHED, c.at.plusDays(60 + r.nextInt(340)), null, null, null);
            }
            if (established && r.nextInt(100) < 65
                    && c.step(ClaimStep.CHILD_SUPPORT_ARRANGED, c.at.plusDays(30 + r.nextInt(335)), null, null, null)
                    && r.nextInt(100) < 70) {
                c.step(ClaimStep.SUPPORT_PAYMENT, c.at.plusDays(30 + r.nextInt(90)), null, null,
                        java.math.BigDecimal.valueOf(20_000 + r.nextInt(280_000), 2));
            }
            if (c.status == ClaimStatus.PATERNITY_NOT_ESTABLISHED && r.nextInt(100) < 70) {
                c.step(ClaimStep.CLOSED, c.at.plusDays(20 + r.nextInt(100)), null, null, null);
            } else if (c.status.isOpen() && r.nextInt(100) < 4) {
                c.step(ClaimStep.PAUSED_AT_CLAIMANT_REQUEST, c.at.plusDays(10 + r.nextInt(190)), null, null, null);
            }
        }
        String createdAt = claimOn + " 10:30:00";
        b.row("paternity_claim", id, c.steps.size(), id, reference, in.mission(), vid, id * SLOTS + father,
                in.subjects().get(father).nationality(), claimOn, due(claimOn, "UN_NOTIFIES_PATERNITY_CLAIM"), claimant,
                childSex, c.status.name(), c.beforePause == null ? null : c.beforePause.name(), c.notifiedOn, c.focalPoint,
                c.dnaBy == null ? null : c.dnaBy.name(), c.outcome == null ? null : c.outcome.name(), c.closedOn, createdAt,
                "victims.rights", c.steps.isEmpty() ? createdAt : c.at + " 14:00:00", "victims.rights");
        // as ChildIdentityCipher: each field under its own name
        b.row("paternity_claim_child", id, cipher.encrypt("child.name", "Demo Child " + i + "-" + victim),
                cipher.encrypt("child.dateOfBirth", born.toString()));
        for (int s = 0; s < c.steps.size(); s++) {
            Object[] st = c.steps.get(s);
            b.row("paternity_claim_step", id * SLOTS + s, id, st[0], st[1], st[2], st[3], st[4], st[4] == null ? null : "USD",
                    st[1] + " 14:00:00", "victims.rights");
        }
        contacts.add(vid, claimOn, "PATERNITY_CLAIM", "Demo: claim received and explained");
    }

    /** A claim's steps as the application takes them: refused steps are a bug of the generator; none after today. */
    private final class Claim {
        final List<Object[]> steps = new ArrayList<>();
        ClaimStatus status = ClaimStatus.RECEIVED;
        ClaimStatus beforePause;
        LocalDate at;
        LocalDate notifiedOn;
        String focalPoint;
        Party dnaBy;
        PaternityOutcome outcome;
        LocalDate closedOn;
        private boolean dnaResult;

        Claim(LocalDate receivedOn) {
            this.at = receivedOn;
        }

        /** Takes the step on {@code on} unless that is after today or the claim has used its SLOTS; says whether it did. */
        boolean step(ClaimStep step, LocalDate on, Party by, String result, java.math.BigDecimal amount) {
            if (on.isAfter(today) || steps.size() == SLOTS) {
                return false;
            }
            ClaimLifecycle.refusal(status, step, dnaResult, "DNA".equals(result)).ifPresent(why -> {
                throw new IllegalStateException(step + " from " + status + ": " + why);
            });
            switch (step) {
                case MEMBER_STATE_NOTIFIED -> notifiedOn = on;
                case FOCAL_POINT_NAMED -> focalPoint = result;
                case DNA_SAMPLE_COLLECTED -> dnaBy = by;
                case DNA_TEST_RESULT -> dnaResult = true;
                case PATERNITY_ESTABLISHED -> outcome = "DNA".equals(result) ? PaternityOutcome.ESTABLISHED_BY_DNA
                        : PaternityOutcome.ESTABLISHED_BY_ADMISSION;
                case PATERNITY_NOT_ESTABLISHED -> outcome = PaternityOutcome.NOT_ESTABLISHED;
                case PAUSED_AT_CLAIMANT_REQUEST -> beforePause = status;
                case CLOSED -> closedOn = on;
                default -> {
                }
            }
            status = ClaimLifecycle.after(status, step, beforePause);
            steps.add(new Object[] {step.name(), on, by == null ? null : by.name(), result, amount});
            at = on;
            return true;
        }
    }

    /** A case's victim contacts (V015), at most SLOTS, none after today. */
    private final class Contacts {
        private final Batch b;
        private final long id;
        private final String reference;
        private final String mission;
        private int k;

        Contacts(Batch b, long id, String reference, String mission) {
            this.b = b;
            this.id = id;
            this.reference = reference;
            this.mission = mission;
        }

        void add(long victimId, LocalDate on, String topic, String note) {
            if (k < SLOTS && !on.isAfter(today)) {
                b.row("victim_contact", id * SLOTS + k++, id, reference, mission, victimId, on, topic, note, on + " 16:00:00",
                        "victims.rights");
            }
        }
    }

    /** The seed of one of a case's own random streams (other than the case's main one). */
    private long stream(long id, int n) {
        return (seed * 0x9E3779B97F4A7C15L) ^ (id * 0xC2B2AE3D27D4EB4FL) ^ ((long) n << 56);
    }

    private static String pick(Random r, String[][] weighted) {
        int total = 0;
        for (String[] w : weighted) {
            total += Integer.parseInt(w[1]);
        }
        int x = r.nextInt(total);
        for (String[] w : weighted) {
            x -= Integer.parseInt(w[1]);
            if (x < 0) {
                return w[0];
            }
        }
        return weighted[weighted.length - 1][0];
    }

    /** The Trust Fund's projects: code, name, country, active; ids 1.... */
    private void trustFundProjects() throws SQLException {
        StringBuilder sql = new StringBuilder("INSERT IGNORE INTO trust_fund_project (id, version, code, name, country, "
                + "active, created_at, created_by, modified_at, modified_by) VALUES ");
        for (int p = 0; p < TRUST_FUND_PROJECTS.length; p++) {
            String[] t = TRUST_FUND_PROJECTS[p];
            sql.append(p == 0 ? "" : ",").append('(').append(p + 1).append(", 0, '").append(t[0]).append("', '")
                    .append(t[1].replace("'", "''")).append("', '").append(t[2]).append("', ").append(t[3])
                    .append(", '2017-01-01 09:00:00', 'admin', '2017-01-01 09:00:00', 'admin')");
        }
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.executeUpdate(sql.toString());
        }
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
            COLUMNS.put("criminal_referral", "id, version, allegation_id, subject_id, referred_to, referred_on, outcome, "
                    + "outcome_on, created_at, created_by, modified_at, modified_by");
            COLUMNS.put("paternity_claim", "id, version, allegation_id, case_reference, mission_code, victim_id, subject_id, "
                    + "member_state, received_on, notification_due_on, claimant, child_sex, status, status_before_pause, "
                    + "member_state_notified_on, focal_point, dna_sample_collected_by, paternity_outcome, closed_on, "
                    + "created_at, created_by, modified_at, modified_by");
            COLUMNS.put("paternity_claim_child", "claim_id, name, date_of_birth");
            COLUMNS.put("paternity_claim_step", "id, claim_id, step, on_date, by_party, result, amount, currency, "
                    + "recorded_at, recorded_by");
            COLUMNS.put("assistance_referral", "id, version, allegation_id, case_reference, mission_code, victim_id, type, "
                    + "provider, trust_fund_project_id, referred_on, consent_on, status, started_on, closed_on, notes, "
                    + "created_at, created_by, modified_at, modified_by");
            COLUMNS.put("victim_contact", "id, allegation_id, case_reference, mission_code, victim_id, contacted_on, topic, "
                    + "note, recorded_at, recorded_by");
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
