package org.blueledger.security.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiTokenTest {

    private static final Instant ISSUED = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void aTokenIsValidUntilItExpiresIsRevokedOrTheCredentialsChange() {
        ApiToken t = new ApiToken("h", 1L, ISSUED, ISSUED.plusSeconds(8 * 3600), "fp", "127.0.0.1");
        assertTrue(t.isValidAt(ISSUED.plusSeconds(60), "fp"));
        assertFalse(t.isValidAt(ISSUED.plusSeconds(8 * 3600), "fp"), "expired at its expiry");
        assertFalse(t.isValidAt(ISSUED.plusSeconds(60), "other"), "password, roles or enabled changed");
        t.revoke(ISSUED.plusSeconds(120));
        assertFalse(t.isValidAt(ISSUED.plusSeconds(121), "fp"), "revoked at sign-out");
    }
}
