package org.blueledger.reminder.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReminderRulesTest {

    @Test
    void anItemIsDueSoonUntilItsDateAndOverdueFromTheDayAfter() {
        LocalDate due = LocalDate.of(2026, 11, 20);
        assertEquals(Stage.DUE_SOON, Stage.of(due, LocalDate.of(2026, 11, 18)));
        assertEquals(Stage.DUE_SOON, Stage.of(due, due), "due today is not yet overdue");
        assertEquals(Stage.OVERDUE, Stage.of(due, LocalDate.of(2026, 11, 21)));
    }

    @Test
    void theKeyDiffersPerStageRecipientAndCycleSoEachGetsOneMail() {
        LocalDate due = LocalDate.of(2026, 11, 20);
        String key = Stage.OVERDUE.dedupKey("NVA:7", due, "liaison.npl");
        assertEquals(key, Stage.OVERDUE.dedupKey("NVA:7", due, "liaison.npl"), "the same reminder has the same key");
        assertNotEquals(key, Stage.DUE_SOON.dedupKey("NVA:7", due, "liaison.npl"));
        assertNotEquals(key, Stage.OVERDUE.dedupKey("NVA:7", due, "conduct.unmiss"));
        assertNotEquals(key, Stage.OVERDUE.dedupKey("NVA:7", due.plusDays(90), "liaison.npl"),
                "a repeating clock's next cycle is a new reminder");
    }

    @Test
    void retriesBackOffExponentiallyAndStayAtMostAnHourApart() {
        Duration base = Duration.ofMinutes(1);
        assertEquals(Duration.ofMinutes(1), Backoff.after(1, base));
        assertEquals(Duration.ofMinutes(2), Backoff.after(2, base));
        assertEquals(Duration.ofMinutes(32), Backoff.after(6, base));
        assertEquals(Duration.ofHours(1), Backoff.after(7, base));
        assertEquals(Duration.ofHours(1), Backoff.after(1000, base), "never given up, never more than an hour");
    }

    @Test
    void theMailNamesTheCaseAndTheDeadlineInBothLanguagesAndNothingElse() {
        ReminderText.Mail mail = ReminderText.of("UNMISS-2026-0007", "UNMISS", "NOTE_VERBALE_ANSWER", "NPL",
                LocalDate.of(2026, 11, 20), Stage.OVERDUE, "https://blueledger.example/allegation/view.xhtml?ref=UNMISS-2026-0007");
        assertTrue(mail.subject().contains("UNMISS-2026-0007"), mail.subject());
        assertTrue(mail.subject().contains("overdue since 2026-11-20"), mail.subject());
        assertTrue(mail.subject().contains("en retard depuis le 2026-11-20"), mail.subject());
        assertTrue(mail.body().contains("Answer to the note verbale, from NPL"), mail.body());
        assertTrue(mail.body().contains("Réponse à la note verbale, de NPL"), mail.body());
        assertTrue(mail.body().contains("https://blueledger.example/allegation/view.xhtml?ref=UNMISS-2026-0007"), mail.body());
        assertTrue(mail.body().contains("sign in to Blue Ledger") && mail.body().contains("connectez-vous à Blue Ledger"),
                "the footer tells the reader, in both languages, to sign in to read the case: " + mail.body());
        assertFalse(mail.body().contains("{"), "every placeholder is filled: " + mail.body());
    }
}
