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

    @Test
    void inAClusterTheFailuresOfOneAddressAreCountedOnceOverTheInstances() {
        java.util.concurrent.ConcurrentMap<String, byte[]> grid = new java.util.concurrent.ConcurrentHashMap<>();
        SignInThrottle a = throttle(1000);
        SignInThrottle b = throttle(1000);
        a.grid = sharedGrid(grid);
        b.grid = sharedGrid(grid);

        for (int i = 0; i < 5; i++) {
            (i % 2 == 0 ? a : b).failed("victim", "10.0.0.9");
        }

        assertTrue(a.retryAfter("victim", "10.0.0.9").isPresent());
        assertTrue(b.retryAfter("victim", "10.0.0.9").isPresent());
        assertTrue(b.retryAfter("victim", "10.0.0.8").isEmpty());
        assertTrue(a.size() == 0, "nothing in the instance's own memory");
    }

    /** A data grid as two instances of a cluster see it: one map for both. */
    private static org.blueledger.platform.cluster.DataGrid sharedGrid(java.util.concurrent.ConcurrentMap<String, byte[]> map) {
        return new org.blueledger.platform.cluster.DataGrid() {
            @Override
            public boolean clustered() {
                return true;
            }

            @Override
            @SuppressWarnings("unchecked")
            public <K, V> java.util.concurrent.ConcurrentMap<K, V> map(String name) {
                return (java.util.concurrent.ConcurrentMap<K, V>) (Object) map;
            }
        };
    }
}
