package org.blueledger.reminder.domain;

import java.time.Duration;

/**
 * When to try again after a failed send: the base (a minute by default), then twice as long
 * after each further failure, at most an hour apart. A mail is never given up.
 */
public final class Backoff {

    static final Duration MAX = Duration.ofHours(1);

    private Backoff() {
    }

    public static Duration after(int failedAttempts, Duration base) {
        int exponent = Math.max(0, Math.min(failedAttempts - 1, 12));
        Duration wait = base.multipliedBy(1L << exponent);
        return wait.compareTo(MAX) > 0 ? MAX : wait;
    }
}
