package org.blueledger.platform.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Payara Micro's data grid as the application uses it. With {@code blueledger.cluster=true}
 * (set by {@code config/cluster/run}) it is the Hazelcast instance that Payara Micro shares at
 * JNDI {@code payara/Hazelcast} (the same grid that holds the web sessions): {@link #map} is then
 * one map for every instance, and {@link #isLeader()} is true on exactly one instance, the grid's
 * oldest member, which therefore does the scheduled work; when it dies, the next oldest takes over
 * at its next run. With {@code blueledger.cluster=false} (the default: one instance, {@code mvn
 * -Pstart}, the tests) the maps are this instance's memory and it is always the leader.
 */
@ApplicationScoped
public class DataGrid {

    /** JNDI name under which Payara Micro binds its Hazelcast instance. */
    static final String JNDI = "payara/Hazelcast";

    private static final Logger LOG = Logger.getLogger(DataGrid.class.getName());

    @Inject
    @ConfigProperty(name = "blueledger.cluster", defaultValue = "false")
    boolean clustered;

    /** The grid, looked up on first use; set directly by unit tests. */
    volatile HazelcastInstance hazelcast;

    private volatile boolean missingReported;
    private final Map<String, ConcurrentMap<?, ?>> local = new ConcurrentHashMap<>();

    /** Whether this instance was started as one of a cluster and has a grid to share state in. */
    public boolean clustered() {
        return clustered && grid() != null;
    }

    /**
     * Whether this instance does the cluster's scheduled work: the grid's oldest member (Hazelcast
     * lists members oldest first, the same list on every member), or this instance alone.
     */
    public boolean isLeader() {
        HazelcastInstance grid = clustered ? grid() : null;
        if (grid == null) {
            return true;
        }
        Iterator<Member> members = grid.getCluster().getMembers().iterator();
        return !members.hasNext() || members.next().localMember();
    }

    /** How many instances share the grid (1 when not clustered). */
    public int members() {
        HazelcastInstance grid = clustered ? grid() : null;
        return grid == null ? 1 : grid.getCluster().getMembers().size();
    }

    /**
     * A map shared by every instance of the cluster (a Hazelcast {@code IMap}), or this instance's
     * own map when not clustered. Keys and values must be JDK types (String, byte[], Long ...): the
     * grid's members deserialize them without the application's class loader.
     */
    @SuppressWarnings("unchecked")
    public <K, V> ConcurrentMap<K, V> map(String name) {
        HazelcastInstance grid = clustered ? grid() : null;
        if (grid != null) {
            return grid.getMap(name);
        }
        return (ConcurrentMap<K, V>) local.computeIfAbsent(name, n -> new ConcurrentHashMap<>());
    }

    /** Lets the grid drop {@code key} of a map from {@link #map} after {@code ttl} without writes (no-op locally). */
    public static <K> void expireAfter(ConcurrentMap<K, ?> map, K key, Duration ttl) {
        if (map instanceof IMap<K, ?> grid) {
            grid.setTtl(key, Math.max(1, ttl.toSeconds()), TimeUnit.SECONDS);
        }
    }

    private HazelcastInstance grid() {
        HazelcastInstance grid = hazelcast;
        if (grid != null) {
            return grid;
        }
        try {
            Object found = InitialContext.doLookup(JNDI);
            if (found instanceof HazelcastInstance h && h.getLifecycleService().isRunning()) {
                hazelcast = h;
                LOG.info(() -> "Clustered: data grid " + h.getConfig().getClusterName() + " with "
                        + h.getCluster().getMembers().size() + " member(s)");
                return h;
            }
        } catch (NamingException | RuntimeException | LinkageError e) {
            // no grid: Payara Micro started with --nocluster
        }
        if (!missingReported) {
            missingReported = true;
            LOG.warning("blueledger.cluster=true but Payara Micro has no data grid (" + JNDI
                    + "): this instance works alone, with its own throttle and scheduled work");
        }
        return null;
    }
}
