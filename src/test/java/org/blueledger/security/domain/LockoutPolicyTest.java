package org.blueledger.security.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LockoutPolicyTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void theFifthConsecutiveFailureLocks() {
        LockoutPolicy cut = new LockoutPolicy(5, Duration.ofMinutes(15));
        assertFalse(cut.locks(4));
        assertTrue(cut.locks(5));
        assertEquals(NOW.plus(Duration.ofMinutes(15)), cut.lockedUntil(NOW));
    }

    @Test
    void aLockoutPolicyNeedsAtLeastOneFailureAndATime() {
        assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(0, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(3, Duration.ZERO));
    }
}
