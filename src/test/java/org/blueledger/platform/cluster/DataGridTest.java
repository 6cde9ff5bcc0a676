package org.blueledger.platform.cluster;

import com.hazelcast.cluster.Cluster;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataGridTest {

    @Test
    void aSingleInstanceIsAlwaysTheLeaderAndKeepsItsMapsInMemory() {
        DataGrid cut = new DataGrid();

        assertFalse(cut.clustered());
        assertTrue(cut.isLeader());
        assertEquals(1, cut.members());
        assertTrue(cut.map("m") instanceof ConcurrentHashMap<?, ?>);
        assertSame(cut.map("m"), cut.map("m"));
    }

    @Test
    void inAClusterTheOldestMemberIsTheLeader() {
        DataGrid cut = new DataGrid();
        cut.clustered = true;
        cut.hazelcast = grid(member(true), member(false));

        assertTrue(cut.clustered());
        assertTrue(cut.isLeader());
        assertEquals(2, cut.members());
    }

    @Test
    void inAClusterAYoungerMemberIsNotTheLeader() {
        DataGrid cut = new DataGrid();
        cut.clustered = true;
        cut.hazelcast = grid(member(false), member(true));

        assertFalse(cut.isLeader());
    }

    @Test
    void askedToClusterWithoutAGridTheInstanceWorksAlone() {
        DataGrid cut = new DataGrid();
        cut.clustered = true; // no JNDI here: as Payara Micro started with --nocluster

        assertFalse(cut.clustered());
        assertTrue(cut.isLeader());
        assertTrue(cut.map("m") instanceof ConcurrentHashMap<?, ?>);
    }

    private static Member member(boolean local) {
        return (Member) Proxy.newProxyInstance(DataGridTest.class.getClassLoader(), new Class<?>[] {Member.class},
                (p, m, a) -> switch (m.getName()) {
                    case "localMember" -> local;
                    case "hashCode" -> System.identityHashCode(p);
                    case "equals" -> p == a[0];
                    default -> null;
                });
    }

    private static HazelcastInstance grid(Member... oldestFirst) {
        Set<Member> members = new LinkedHashSet<>(List.of(oldestFirst));
        Cluster cluster = (Cluster) Proxy.newProxyInstance(DataGridTest.class.getClassLoader(), new Class<?>[] {Cluster.class},
                (p, m, a) -> m.getName().equals("getMembers") ? members : null);
        return (HazelcastInstance) Proxy.newProxyInstance(DataGridTest.class.getClassLoader(),
                new Class<?>[] {HazelcastInstance.class}, (p, m, a) -> m.getName().equals("getCluster") ? cluster : null);
    }
}
