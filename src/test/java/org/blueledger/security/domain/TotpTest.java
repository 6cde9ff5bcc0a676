package org.blueledger.security.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TotpTest {

    /** The SHA-1 seed of RFC 6238, appendix B. */
    static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theCodesAreThoseOfRfc6238AppendixB() {
        assertEquals("94287082", Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(59)), 8));
        assertEquals("07081804", Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1111111109)), 8));
        assertEquals("14050471", Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1111111111)), 8));
        assertEquals("89005924", Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1234567890)), 8));
        assertEquals("69279037", Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(2000000000)), 8));
        assertEquals("65353130", Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(20000000000L)), 8));
    }

    @Test
    void base32RoundTripsTheSecret() {
        assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Totp.base32(RFC_KEY));
        assertArrayEquals(RFC_KEY, Totp.base32Decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
        String secret = Totp.newSecret(new SecureRandom());
        assertEquals(32, secret.length());
    }

    @Test
    void aCodeIsAcceptedWithinOneStepOfDriftAndNotBeyond() {
        String secret = Totp.base32(RFC_KEY);
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = Totp.step(now);
        assertEquals(OptionalLong.of(step), Totp.verify(secret, Totp.code(RFC_KEY, step, 6), now, null));
        assertEquals(OptionalLong.of(step - 1), Totp.verify(secret, Totp.code(RFC_KEY, step - 1, 6), now, null));
        assertTrue(Totp.verify(secret, Totp.code(RFC_KEY, step - 2, 6), now, null).isEmpty());
        assertTrue(Totp.verify(secret, "12345", now, null).isEmpty());
        assertTrue(Totp.verify(secret, "abcdef", now, null).isEmpty());
    }

    @Test
    void anAcceptedCodeCannotBeReplayed() {
        String secret = Totp.base32(RFC_KEY);
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = Totp.step(now);
        String code = Totp.code(RFC_KEY, step, 6);
        assertTrue(Totp.verify(secret, code, now, step).isEmpty());
    }

    @Test
    void theUriIsWhatAuthenticatorAppsRead() {
        assertEquals("otpauth://totp/Blue%20Ledger:alice?secret=ABC&issuer=Blue%20Ledger&algorithm=SHA1&digits=6&period=30",
                Totp.uri("Blue Ledger", "alice", "ABC"));
    }
}
