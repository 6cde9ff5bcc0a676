package org.blueledger.security.service;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.blueledger.platform.cluster.DataGrid;
import org.blueledger.platform.cluster.GridBuckets;
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
 * <p>On one instance the state is this instance's memory, bounded as {@link #MAX_KEYS} says. In a
 * cluster ({@link DataGrid#clustered()}) the same buckets live in the data grid's map
 * {@value #GRID_MAP} ({@link GridBuckets}), so a guesser spread over the instances by the
 * balancer is counted once; there each entry expires {@code minutes} after its last failure.
 */
@ApplicationScoped
public class SignInThrottle {

    /**
     * Past this many tracked keys, state that no longer matters is dropped rather than memory
     * grown without bound: first every bucket that has refilled (it holds no failure any more),
     * then, only if the map is still full, the per-account buckets, and last the per-address
     * buckets with the fewest failures. A flood of new names or addresses can therefore not
     * wipe out the throttle of an address that is being stopped.
     */
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

    /** The data grid's map of the cluster's buckets. */
    static final String GRID_MAP = "blueledger-sign-in-throttle";

    @Inject
    DataGrid grid;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    int maxKeys = MAX_KEYS;
    private volatile GridBuckets shared;

    /** The grid's buckets when clustered, else null (this instance's map). */
    private GridBuckets shared() {
        if (grid == null || !grid.clustered()) {
            return null;
        }
        GridBuckets s = shared;
        if (s == null) {
            s = new GridBuckets(grid.map(GRID_MAP), Duration.ofMinutes(Math.max(1, minutes)));
            shared = s;
        }
        return s;
    }

    private synchronized void evict() {
        if (buckets.size() < maxKeys) {
            return;
        }
        buckets.entrySet().removeIf(e -> e.getValue().getAvailableTokens()
                >= (e.getKey().startsWith("ip:") ? Math.max(1, perAddress) : Math.max(1, perAccount)));
        if (buckets.size() >= maxKeys) {
            buckets.keySet().removeIf(k -> k.startsWith("a:"));
        }
        if (buckets.size() >= maxKeys) {
            // still full of addresses: drop those with the fewest failures, keep those nearly stopped
            int excess = buckets.size() - maxKeys * 3 / 4;
            buckets.entrySet().stream()
                    .sorted(java.util.Comparator.comparingLong(
                            (Map.Entry<String, Bucket> e) -> e.getValue().getAvailableTokens()).reversed())
                    .limit(excess).map(Map.Entry::getKey).toList()
                    .forEach(buckets::remove);
        }
    }

    /** Tracked keys (for tests). */
    int size() {
        return buckets.size();
    }

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
        GridBuckets g = shared();
        if (g != null && !g.has(key)) {
            return 0;
        }
        Bucket b = g != null ? g.builder().build(key, () -> configuration(capacity)) : buckets.get(key);
        if (b == null || b.getAvailableTokens() > 0) {
            return 0;
        }
        return b.estimateAbilityToConsume(1).getNanosToWaitForRefill();
    }

    private Bucket bucket(String key, int capacity) {
        GridBuckets g = shared();
        if (g != null) {
            return g.builder().build(key, () -> configuration(capacity));
        }
        if (buckets.size() >= maxKeys) {
            evict();
        }
        return buckets.computeIfAbsent(key, k -> Bucket.builder().addLimit(limit(capacity)).build());
    }

    private Bandwidth limit(int capacity) {
        return Bandwidth.builder().capacity(Math.max(1, capacity))
                .refillGreedy(Math.max(1, capacity), Duration.ofMinutes(Math.max(1, minutes))).build();
    }

    private BucketConfiguration configuration(int capacity) {
        return BucketConfiguration.builder().addLimit(limit(capacity)).build();
    }

    private static String accountKey(String username, String address) {
        return "a:" + (username == null ? "" : username.toLowerCase(Locale.ROOT)) + "|" + address;
    }

    private static String addressKey(String address) {
        return "ip:" + address;
    }
}
