package org.blueledger.security.service;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class SignInThrottleTest {

    private static SignInThrottle throttle(int maxKeys) {
        SignInThrottle t = new SignInThrottle();
        t.perAccount = 5;
        t.perAddress = 50;
        t.minutes = 5;
        t.maxKeys = maxKeys;
        return t;
    }

    @Test
    void fiveFailuresStopTheAccountFromThatAddressOnly() {
        SignInThrottle t = throttle(1000);
        for (int i = 0; i < 5; i++) {
            assertTrue(t.retryAfter("victim", "10.0.0.1").isEmpty());
            t.failed("victim", "10.0.0.1");
        }
        assertTrue(t.retryAfter("victim", "10.0.0.1").isPresent());
        assertTrue(t.retryAfter("victim", "10.0.0.2").isEmpty());
    }

    @Test
    void aFloodOfNewNamesDoesNotResetAnAddressThatIsStopped() {
        SignInThrottle t = throttle(100);
        for (int i = 0; i < 50; i++) {
            t.failed("name" + i, "10.6.6.6");
        }
        assertTrue(t.retryAfter("anyone", "10.6.6.6").isPresent(), "the address is stopped");
        // many other addresses, each with a new name: far more keys than the map may hold
        for (int i = 0; i < 1_000; i++) {
            t.failed("flood" + i, "10.1." + (i / 250) + "." + (i % 250));
        }
        assertTrue(t.size() <= 100, "bounded: " + t.size());
        assertTrue(t.retryAfter("anyone", "10.6.6.6").isPresent(), "still stopped after the flood");
    }
}
