package org.blueledger.security.domain;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final Duration LOCK = Duration.ofMinutes(15);

    Account cut;

    @BeforeEach
    void setUp() {
        cut = new Account("alice", "hash", EnumSet.of(Role.AUDITOR), null, null, NOW, "test");
    }

    @Test
    void fourFailuresDoNotLockTheAccount() {
        for (int i = 0; i < 4; i++) {
            assertFalse(cut.recordFailedLogin(NOW, 5, LOCK));
        }
        assertFalse(cut.isLockedAt(NOW));
        assertEquals(4, cut.getFailedLogins());
    }

    @Test
    void theFifthConsecutiveFailureLocksForTheConfiguredTime() {
        for (int i = 0; i < 4; i++) {
            cut.recordFailedLogin(NOW, 5, LOCK);
        }
        assertTrue(cut.recordFailedLogin(NOW, 5, LOCK));
        assertTrue(cut.isLockedAt(NOW.plus(Duration.ofMinutes(14))));
        assertFalse(cut.isLockedAt(NOW.plus(LOCK)));
    }

    @Test
    void aSuccessfulSignInResetsTheCount() {
        cut.recordFailedLogin(NOW, 5, LOCK);
        cut.recordFailedLogin(NOW, 5, LOCK);
        cut.recordSuccessfulLogin(NOW);
        assertEquals(0, cut.getFailedLogins());
        assertEquals(NOW, cut.getLastLoginAt());
        for (int i = 0; i < 4; i++) {
            cut.recordFailedLogin(NOW, 5, LOCK);
        }
        assertFalse(cut.isLockedAt(NOW), "failures before the success no longer count");
    }

    @Test
    void unlockingClearsTheLock() {
        for (int i = 0; i < 5; i++) {
            cut.recordFailedLogin(NOW, 5, LOCK);
        }
        cut.unlock();
        assertFalse(cut.isLockedAt(NOW));
        assertNull(cut.getLockedUntil());
    }
}
