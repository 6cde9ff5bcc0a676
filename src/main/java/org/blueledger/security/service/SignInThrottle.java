package org.blueledger.security.service;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing instead of locking accounts (api.md: "repeated failures slow
 * the caller down instead of handing anyone a way to lock others out"). Failed sign-ins are
 * counted in token buckets (Bucket4j) per client address, and per account name <em>and</em>
 * address: past {@code blueledger.security.throttle.per-account} failures of one name from one
 * address, or {@code blueledger.security.throttle.per-address} failures of any names from one
 * address, within {@code blueledger.security.throttle.minutes}, that address is answered 429
 * with {@code Retry-After} before any password is checked, while the same account signs in
 * from every other address as usual. Buckets refill steadily; a success leaves them as they are.
 *
 * <p>The state is this instance's memory. Bucket4j keeps the same buckets in a data grid
 * (its Hazelcast module), which is how a cluster would share them.
 */
@ApplicationScoped
public class SignInThrottle {

    /** Past this many tracked keys, the oldest state is dropped rather than memory grown without bound. */
    static final int MAX_KEYS = 200_000;

    @Inject
    @ConfigProperty(name = "blueledger.security.throttle.per-account", defaultValue = "5")
    int perAccount;

    @Inject
    @ConfigProperty(name = "blueledger.security.throttle.per-address", defaultValue = "50")
    int perAddress;

    @Inject
    @ConfigProperty(name = "blueledger.security.throttle.minutes", defaultValue = "5")
    int minutes;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Seconds the caller must wait before trying again, or empty when it may try now. */
    public OptionalLong retryAfter(String username, String address) {
        long wait = Math.max(waitNanos(accountKey(username, address), perAccount),
                waitNanos(addressKey(address), perAddress));
        return wait <= 0 ? OptionalLong.empty() : OptionalLong.of(Math.max(1, (wait + 999_999_999L) / 1_000_000_000L));
    }

    /** Counts a failed attempt of {@code username} from {@code address}. */
    public void failed(String username, String address) {
        bucket(accountKey(username, address), perAccount).tryConsume(1);
        bucket(addressKey(address), perAddress).tryConsume(1);
    }

    private long waitNanos(String key, int capacity) {
        Bucket b = buckets.get(key);
        if (b == null || b.getAvailableTokens() > 0) {
            return 0;
        }
        return b.estimateAbilityToConsume(1).getNanosToWaitForRefill();
    }

    private Bucket bucket(String key, int capacity) {
        if (buckets.size() > MAX_KEYS) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(Math.max(1, capacity))
                        .refillGreedy(Math.max(1, capacity), Duration.ofMinutes(Math.max(1, minutes))).build())
                .build());
    }

    private static String accountKey(String username, String address) {
        return "a:" + (username == null ? "" : username.toLowerCase(Locale.ROOT)) + "|" + address;
    }

    private static String addressKey(String address) {
        return "ip:" + address;
    }
}
