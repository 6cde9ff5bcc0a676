package org.blueledger.reminder.service;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.blueledger.testsupport.Api;
import org.blueledger.testsupport.Deployments;
import org.blueledger.testsupport.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.blueledger.testsupport.Api.PASSWORD;
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
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReminderMailIT {

    static final int SMTP_PORT = 3925;
    static final String CASES = "/api/v1/allegations";
    static final String MISSION = "UNFICYP";

    static GreenMail smtp = start();
    static Api api;
    static String officer;
    static String liaison;
    static String otherLiaison;
    static String caseA;
    static String caseB;

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
                """.formatted(SMTP_PORT));
    }

    @ArquillianResource
    Deployer deployer;

    static GreenMail start() {
        GreenMail mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    @AfterAll
    static void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    @Order(1)
    void theApplicationStarts() {
        deployer.deploy("app");
    }

    @Test
    @Order(2)
    void eachOverdueItemIsMailedOnceToEachPersonConcerned(@ArquillianResource @OperateOnDeployment("app") URL url)
            throws Exception {
        api = new Api(url);
        officer = api.newAccount("co-mail", "CONDUCT_OFFICER", MISSION, null, true);
        liaison = api.newAccount("liaison-mail", "MEMBER_STATE_LIAISON", null, "NPL", true);
        otherLiaison = api.newAccount("liaison-mail-bgd", "MEMBER_STATE_LIAISON", null, "BGD", true);
        caseA = fileCase("2026-01-05");
        // Notified to NPL on 2 Feb: the answer was due 16 Feb. IND was never notified: overdue too.
        notify(caseA, "2026-02-02");
        assertEquals(201, api.post(CASES + "/" + caseA + "/investigations",
                "{\"entity\":\"OIOS\",\"startedOn\":\"2026-01-10\",\"subjectIds\":[]}", officer, PASSWORD).status());

        // The officer: the note verbale's answer, the investigation, IND's notification. The NPL
        // liaison: the answer its state owes. The BGD liaison: nothing.
        waitFor(() -> mailsAbout(caseA).size() >= 4, Duration.ofSeconds(60), "four reminders about " + caseA);
        Thread.sleep(6000); // three more scans
        List<MimeMessage> mails = mailsAbout(caseA);
        assertEquals(Map.of(address(officer), 3, address(liaison), 1), countByRecipient(mails), describe(mails));
        for (MimeMessage m : mails) {
            assertTrue(m.getSubject().contains("overdue since"), m.getSubject());
            String body = body(m);
            assertTrue(body.contains("https://blueledger.test/allegation/view.xhtml?ref=" + caseA), body);
            for (String secret : List.of("Subject One", "Subject Two", "Victim Name", "+211")) {
                assertFalse(body.contains(secret) || m.getSubject().contains(secret), "a reminder names no one: " + body);
            }
            assertTrue(m.getHeader("Message-ID")[0].startsWith("<reminder-"), m.getHeader("Message-ID")[0]);
        }
        MimeMessage toLiaison = mails.stream().filter(m -> recipient(m).equals(address(liaison))).findFirst().orElseThrow();
        assertTrue(body(toLiaison).contains("Answer to the note verbale, from NPL"), body(toLiaison));
        assertEquals(0, mailsTo(address(otherLiaison)).stream().filter(m -> body(m).contains(caseA)).count(),
                "another state's liaison hears of none of it");

        Api.Response outbox = api.get("/api/v1/admin/reminders", Api.ADMIN, Api.ADMIN_PASSWORD);
        assertEquals(200, outbox.status(), outbox.body());
        assertTrue(outbox.json().getBoolean("enabled"));
        assertEquals(403, api.get("/api/v1/admin/reminders", officer, PASSWORD).status());
        Api.Response run = api.post("/api/v1/admin/reminders/run", "", Api.ADMIN, Api.ADMIN_PASSWORD);
        assertEquals(200, run.status(), run.body());
        assertEquals(mails.size(), mailsAbout(caseA).size(), "a run on demand repeats nothing");

        // The SMTP server goes away; a new overdue note verbale's reminders wait in the outbox.
        smtp.stop();
        smtp = null;
        caseB = fileCase("2026-01-06");
        notify(caseB, "2026-02-03");
        waitFor(() -> outboxRows(caseB, "PENDING", 1) == 3, Duration.ofSeconds(60),
                "three reminders about " + caseB + " tried once and still pending");
        assertEquals(0, outboxRows(caseA, "PENDING", 0), "what was sent is not pending");
    }

    @Test
    @Order(3)
    void mailPendingAtARestartGoesOutOnceAfterItAndNothingSentIsRepeated() throws Exception {
        try {
            deployer.undeploy("app");
            smtp = start();
            deployer.deploy("app");
            waitFor(() -> mailsAbout(caseB).size() >= 3, Duration.ofSeconds(90), "the pending reminders about " + caseB);
            Thread.sleep(6000);
            assertEquals(Map.of(address(officer), 2, address(liaison), 1), countByRecipient(mailsAbout(caseB)),
                    describe(mailsAbout(caseB)));
            assertEquals(0, mailsAbout(caseA).size(), "reminders sent before the restart are not sent again");
            assertEquals(0, mailsTo(address(otherLiaison)).stream().filter(m -> body(m).contains(caseB)).count());
            assertEquals(0, outboxRows(caseB, "PENDING", 0));
            assertEquals(3, outboxRows(caseB, "SENT", 0));
            assertEquals(4, outboxRows(caseA, "SENT", 0));
        } finally {
            deployer.undeploy("app");
        }
    }

    private String fileCase(String receivedOn) {
        Api.Response r = api.post(CASES, """
                {"mission":"%s","receivedOn":"%s","kind":"SEA","seaType":"SEXUAL_EXPLOITATION","seriousness":"SERIOUS",
                 "source":"HOTLINE","summary":"Reminder test",
                 "subjects":[{"personnelCategory":"MILITARY_CONTINGENT","nationality":"NPL","sex":"MALE","name":"Subject One"},
                             {"personnelCategory":"FORMED_POLICE_UNIT","nationality":"IND","sex":"MALE","name":"Subject Two"}],
                 "victims":[{"sex":"FEMALE","ageGroup":"ADULT","name":"Victim Name","contact":"+211 900 000 000"}]}
                """.formatted(MISSION, receivedOn), officer, PASSWORD);
        assertEquals(201, r.status(), r.body());
        return r.json().getString("reference");
    }

    private void notify(String reference, String sentOn) {
        Api.Response r = api.post(CASES + "/" + reference + "/notifications",
                "{\"memberState\":\"NPL\",\"sentOn\":\"" + sentOn + "\",\"requestsNio\":true}", officer, PASSWORD);
        assertEquals(201, r.status(), r.body());
        JsonObject n = r.json();
        assertTrue(n.getString("responseDueOn").compareTo(sentOn) > 0);
    }

    private static String address(String username) {
        return username + "@blueledger.test";
    }

    private static List<MimeMessage> received() {
        return smtp == null ? List.of() : List.of(smtp.getReceivedMessages());
    }

    private static List<MimeMessage> mailsAbout(String reference) {
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

    private static List<MimeMessage> mailsTo(String address) {
        return received().stream().filter(m -> recipient(m).equals(address)).toList();
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
                     "SELECT COUNT(*) FROM mail_outbox WHERE reference = ? AND status = ? AND attempts >= ?")) {
            s.setString(1, reference);
            s.setString(2, status);
            s.setInt(3, minAttempts);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitFor(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
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
