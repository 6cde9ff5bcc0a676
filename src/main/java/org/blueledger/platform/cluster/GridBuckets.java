package org.blueledger.platform.cluster;

import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentMap;

/**
 * Bucket4j token buckets kept in a map of the data grid, one serialized bucket state
 * ({@code byte[]}) per key, changed by compare-and-swap: {@code putIfAbsent} for a new bucket,
 * {@code replace(key, old, new)} after, which Hazelcast compares on the serialized bytes, so two
 * instances counting the same key at once retry instead of losing a count. Plain JDK values,
 * hence no application class in the grid. Every write lets the entry expire after
 * {@code idle} (a bucket refills fully by then, and a full bucket is the same as none).
 */
public final class GridBuckets extends AbstractCompareAndSwapBasedProxyManager<String> {

    private final ConcurrentMap<String, byte[]> map;
    private final Duration idle;

    public GridBuckets(ConcurrentMap<String, byte[]> map, Duration idle) {
        super(ClientSideConfig.getDefault());
        this.map = map;
        this.idle = idle;
    }

    /** Whether a bucket exists for {@code key} (reading a missing bucket through a proxy would create it). */
    public boolean has(String key) {
        return map.containsKey(key);
    }

    @Override
    protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
        return new CompareAndSwapOperation() {
            @Override
            public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
                return Optional.ofNullable(map.get(key));
            }

            @Override
            public boolean compareAndSwap(byte[] original, byte[] next, RemoteBucketState state, Optional<Long> timeoutNanos) {
                boolean swapped = original == null ? map.putIfAbsent(key, next) == null : map.replace(key, original, next);
                if (swapped) {
                    DataGrid.expireAfter(map, key, idle);
                }
                return swapped;
            }
        };
    }

    @Override
    protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
        throw new UnsupportedOperationException("synchronous use only");
    }

    @Override
    public void removeProxy(String key) {
        map.remove(key);
    }

    @Override
    protected CompletableFuture<Void> removeAsync(String key) {
        map.remove(key);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public boolean isAsyncModeSupported() {
        return false;
    }
}
