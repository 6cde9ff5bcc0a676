package org.blueledger.reminder.service;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.blueledger.testsupport.Deployments;
import org.blueledger.testsupport.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Reminder e-mails end to end: a real Payara Micro sends through Jakarta Mail to an in-process
 * SMTP server (GreenMail). Overdue items produce one mail per item and recipient, which later
 * scans do not repeat; mail that could not be sent waits in the outbox across a restart of the
 * application server and goes out once when it is back, while what was already sent is not
 * sent again.
 * <p>
 * The application is deployed and restarted by the test itself (an unmanaged deployment), so
 * the cases and accounts are seeded with SQL once the migrations have run; the follow-up API
 * that creates such data in real use is tested by {@code FollowUpApiIT}.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
@ResourceLock(Deployments.ARQUILLIAN)
@RunAsClient
@org.junit.jupiter.api.Order(1) // a long class: at one end of the order (see the pom)
class ReminderMailIT {

    static final int SMTP_PORT = 3925;
    static final String MISSION = "UNFICYP";

    @Deployment(name = "app", managed = false, testable = false)
    static WebArchive deployment() {
        return Deployments.applicationWithConfig("""
                blueledger.mail.smtp.host=127.0.0.1
                blueledger.mail.smtp.port=%d
                blueledger.mail.from=conduct@blueledger.test
                blueledger.mail.base-url=https://blueledger.test
                blueledger.reminders.interval-seconds=2
                blueledger.reminders.initial-delay-seconds=1
                blueledger.reminders.retry-base-seconds=1
                blueledger.reminders.lease-seconds=10
                blueledger.reminders.batch-size=2
                """.formatted(SMTP_PORT));
    }

    @ArquillianResource
    Deployer deployer;

    private GreenMail smtp;

    @Test
    void eachOverdueItemIsMailedOnceAndMailPendingAtARestartGoesOutOnceAfterIt() throws Exception {
        smtp = startSmtp();
        try {
            deployer.deploy("app");
            String run = UUID.randomUUID().toString().substring(0, 6);
            String officer = account("co-mail-" + run, "CONDUCT_OFFICER", MISSION, null);
            String liaison = account("liaison-mail-" + run, "MEMBER_STATE_LIAISON", null, "NPL");
            String otherLiaison = account("liaison-bgd-" + run, "MEMBER_STATE_LIAISON", null, "BGD");
            ourUsers = List.of(officer, liaison, otherLiaison);

            // Case A, received 5 Jan: notified to Nepal on 2 Feb (answer due 16 Feb), India never
            // notified, an OIOS investigation since 10 Jan (due 10 Apr). All overdue.
            // seeded in one transaction: a scan must never see the case before its notification
            long a = inOneTransaction(() -> {
                long id = allegation("2026-01-05", officer);
                notification(id, "NPL", "2026-02-02", "2026-02-16");
                execute("INSERT INTO investigation (allegation_id, entity, started_on, due_on, created_at, created_by) "
                        + "VALUES (?, 'OIOS', '2026-01-10', '2026-04-10', NOW(6), 'test')", id);
                return id;
            });
            String caseA = reference(a);

            // The officer: the answer, the investigation, India's notification. Nepal's liaison:
            // the answer its state owes. Bangladesh's liaison: nothing.
            waitFor(() -> mailsAbout(caseA).size() >= 4, Duration.ofSeconds(180), "four reminders about " + caseA);
            laterScansHaveRun(officer, 2); // and no second reminder about case A came meanwhile
            // only this test's accounts: other test classes share the database and may hold NPL liaisons of their own
            java.util.Set<String> ours = java.util.Set.of(address(officer), address(liaison), address(otherLiaison));
            List<MimeMessage> mails = mailsAbout(caseA).stream().filter(m -> ours.contains(recipient(m))).toList();
            assertEquals(Map.of(address(officer), 3, address(liaison), 1), countByRecipient(mails), describe(mails));
            for (MimeMessage m : mails) {
                assertTrue(m.getSubject().contains("overdue since"), m.getSubject());
                String body = body(m);
                assertTrue(body.contains("https://blueledger.test/allegation/view.xhtml?ref=" + caseA), body);
                for (String name : List.of("Subject NPL Name", "Subject IND Name", "Victim Secret Name")) {
                    assertFalse(body.contains(name) || m.getSubject().contains(name), "a reminder names no one: " + body);
                }
                assertTrue(m.getHeader("Message-ID")[0].startsWith("<reminder-"), m.getHeader("Message-ID")[0]);
            }
            MimeMessage toLiaison = mails.stream().filter(m -> recipient(m).equals(address(liaison))).findFirst().orElseThrow();
            assertTrue(body(toLiaison).contains("Answer to the note verbale, from NPL"), body(toLiaison));
            assertEquals(4, outboxRows(caseA, "SENT", 1));

            // The SMTP server goes away; a new overdue note verbale's reminders wait in the outbox.
            smtp.stop();
            long b = inOneTransaction(() -> {
                long id = allegation("2026-01-06", officer);
                notification(id, "NPL", "2026-02-03", "2026-02-17");
                return id;
            });
            String caseB = reference(b);
            waitFor(() -> outboxRows(caseB, "PENDING", 1) == 3, Duration.ofSeconds(180),
                    "three reminders about " + caseB + " tried and still pending");

            // The application server stops and starts again; the SMTP server is back (empty).
            deployer.undeploy("app");
            smtp = startSmtp();
            deployer.deploy("app");
            waitFor(() -> mailsAbout(caseB).size() >= 3, Duration.ofSeconds(180), "the pending reminders about " + caseB);
            laterScansHaveRun(officer, 2);
            List<MimeMessage> mailsB = mailsAbout(caseB).stream().filter(m -> ours.contains(recipient(m))).toList();
            assertEquals(Map.of(address(officer), 2, address(liaison), 1), countByRecipient(mailsB), describe(mailsB));
            assertEquals(0, mailsAbout(caseA).size(), "reminders sent before the restart are not sent again");
            assertEquals(0, outboxRows(caseB, "PENDING", 0));
            assertEquals(3, outboxRows(caseB, "SENT", 2), "sent on a later attempt, after the restart");
            assertEquals(4, outboxRows(caseA, "SENT", 1));
            assertEquals(0, received().stream().filter(m -> recipient(m).equals(address(otherLiaison))
                    && (body(m).contains(caseA) || body(m).contains(caseB))).count(), "another state's liaison hears of none of it");
        } finally {
            try {
                deployer.undeploy("app");
            } finally {
                smtp.stop();
            }
        }
    }

    private static GreenMail startSmtp() {
        GreenMail mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    // --- seeding with SQL (unique names and references per run) ---

    private static String account(String username, String role, String mission, String state) throws Exception {
        long id = insert("INSERT INTO app_user (username, password_hash, mission_code, member_state, password_changed_at, "
                + "created_at, created_by, email) VALUES (?, 'unused', ?, ?, NOW(6), NOW(6), 'test', ?)",
                username, mission, state, address(username));
        execute("INSERT INTO app_user_role (user_id, role) VALUES (?, ?)", id, role);
        return username;
    }

    private static long allegation(String receivedOn, String officer) throws Exception {
        int number = 100000 + (int) (Math.random() * 899999);
        long id = insert("INSERT INTO allegation (reference, mission_code, ref_year, ref_number, received_on, kind, "
                + "seriousness, source, summary, status, created_at, created_by, modified_at, modified_by) "
                + "VALUES (?, ?, 2009, ?, ?, 'SEA', 'SERIOUS', 'HOTLINE', 'Reminder test', 'PRELIMINARY_ASSESSMENT', "
                + "NOW(6), 'test', NOW(6), 'test')", MISSION + "-2009-" + number,
                MISSION, number, receivedOn);
        for (String[] s : new String[][] {{"0", "MILITARY_CONTINGENT", "NPL"}, {"1", "FORMED_POLICE_UNIT", "IND"}}) {
            long subject = insert("INSERT INTO subject (allegation_id, position, personnel_category, nationality, sex) "
                    + "VALUES (?, ?, ?, ?, 'MALE')", id, Integer.valueOf(s[0]), s[1], s[2]);
            execute("INSERT INTO subject_identity (subject_id, name) VALUES (?, ?)", subject, "Subject " + s[2] + " Name");
        }
        long victim = insert("INSERT INTO victim (allegation_id, position, sex, age_group) VALUES (?, 0, 'FEMALE', 'ADULT')", id);
        execute("INSERT INTO victim_identity (victim_id, name) VALUES (?, 'Victim Secret Name')", victim);
        execute("INSERT INTO case_assignment (allegation_id, username, role, assigned_at, assigned_by) "
                + "VALUES (?, ?, 'CONDUCT_OFFICER', NOW(6), 'test')", id, officer);
        return id;
    }

    private static void notification(long allegation, String state, String sentOn, String dueOn) throws Exception {
        execute("INSERT INTO notification (allegation_id, member_state, sent_on, requests_nio, response_due_on, created_at, "
                + "created_by) VALUES (?, ?, ?, TRUE, ?, NOW(6), 'test')", allegation, state, sentOn, dueOn);
        execute("UPDATE allegation SET referred_to_member_state = TRUE WHERE id = ?", allegation);
    }

    private static String reference(long allegation) throws Exception {
        try (Connection db = TestDatabase.connection();
             PreparedStatement s = db.prepareStatement("SELECT reference FROM allegation WHERE id = ?")) {
            s.setLong(1, allegation);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** This run's accounts: the outbox and the mails are counted for them only (other tests share the database). */
    private static List<String> ourUsers = List.of("", "", "");

    /** The connection of the seeding transaction in progress, if any. */
    private static Connection seeding;

    interface Seed {
        long run() throws Exception;
    }

    /** Runs {@code seed} in one transaction, so that the reminder scan sees all of it or nothing. */
    private static long inOneTransaction(Seed seed) throws Exception {
        try (Connection db = TestDatabase.connection()) {
            db.setAutoCommit(false);
            seeding = db;
            try {
                long id = seed.run();
                db.commit();
                return id;
            } catch (Exception e) {
                db.rollback();
                throw e;
            } finally {
                seeding = null;
            }
        }
    }

    private static Connection connection() throws Exception {
        if (seeding != null) {
            return new UnclosedConnection(seeding).proxy();
        }
        return TestDatabase.connection();
    }

    /** The seeding connection, handed out without letting try-with-resources close it. */
    private record UnclosedConnection(Connection target) implements java.lang.reflect.InvocationHandler {
        Connection proxy() {
            return (Connection) java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, this);
        }

        @Override
        public Object invoke(Object p, java.lang.reflect.Method m, Object[] args) throws Throwable {
            if (m.getName().equals("close")) {
                return null;
            }
            try {
                return m.invoke(target, args);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    private static long insert(String sql, Object... args) throws Exception {
        try (Connection db = connection();
             PreparedStatement s = db.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void execute(String sql, Object... args) throws Exception {
        try (Connection db = connection(); PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }

    // --- reading the mailbox and the outbox ---

    private static String address(String username) {
        return username + "@blueledger.test";
    }

    private List<MimeMessage> received() {
        return List.of(smtp.getReceivedMessages());
    }

    private List<MimeMessage> mailsAbout(String reference) {
        List<MimeMessage> out = new ArrayList<>();
        for (MimeMessage m : received()) {
            try {
                if (m.getSubject().contains(reference)) {
                    out.add(m);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage m) {
        try {
            return m.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Integer> countByRecipient(List<MimeMessage> mails) {
        Map<String, Integer> counts = new HashMap<>();
        mails.forEach(m -> counts.merge(recipient(m), 1, Integer::sum));
        return counts;
    }

    private static String describe(List<MimeMessage> mails) {
        StringBuilder b = new StringBuilder();
        for (MimeMessage m : mails) {
            try {
                b.append(recipient(m)).append(": ").append(m.getSubject()).append('\n');
            } catch (Exception e) {
                b.append(e).append('\n');
            }
        }
        return b.toString();
    }

    /** Outbox rows about a case in a status with at least {@code minAttempts} attempts, read straight from the database. */
    private static int outboxRows(String reference, String status, int minAttempts) {
        try (Connection db = TestDatabase.connection();
             PreparedStatement s = db.prepareStatement(
                     "SELECT COUNT(*) FROM mail_outbox WHERE reference = ? AND status = ? AND attempts >= ? "
                             + "AND recipient_user IN (?, ?, ?)")) {
            s.setString(1, reference);
            s.setString(2, status);
            s.setInt(3, minAttempts);
            for (int i = 0; i < 3; i++) {
                s.setString(4 + i, ourUsers.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits for {@code scans} more complete scan-and-send rounds, each proved by the reminder of a
     * new overdue marker case arriving, instead of sleeping for a time that a loaded machine may
     * not honour: whatever a scan would have sent twice has been sent by then.
     */
    private void laterScansHaveRun(String officer, int scans) throws Exception {
        for (int i = 0; i < scans; i++) {
            long marker = inOneTransaction(() -> {
                long id = allegation("2026-01-07", officer);
                execute("INSERT INTO investigation (allegation_id, entity, started_on, due_on, created_at, created_by) "
                        + "VALUES (?, 'OIOS', '2026-01-10', '2026-04-10', NOW(6), 'test')", id);
                return id;
            });
            String ref = reference(marker);
            waitFor(() -> !mailsAbout(ref).isEmpty(), Duration.ofSeconds(120), "a reminder about the marker case " + ref);
        }
    }

    private void waitFor(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(250);
        }
        fail("timed out waiting for " + what + "; received:\n" + describe(received()));
    }
}
