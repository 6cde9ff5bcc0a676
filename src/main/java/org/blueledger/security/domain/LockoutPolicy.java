package org.blueledger.security.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Lockout after repeated failed sign-ins: the {@code maxFailures}-th consecutive failure locks
 * the account for {@code duration}; a successful sign-in resets the count.
 */
public record LockoutPolicy(int maxFailures, Duration duration) {

    public LockoutPolicy {
        if (maxFailures < 1 || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("lockout needs at least one failure and a positive duration");
        }
    }

    /** Whether an account that has now failed {@code consecutiveFailures} times gets locked. */
    public boolean locks(int consecutiveFailures) {
        return consecutiveFailures >= maxFailures;
    }

    public Instant lockedUntil(Instant now) {
        return now.plus(duration);
    }
}
