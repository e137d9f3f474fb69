package dev.authlib.oauth1.internal.store;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Embedded Hazelcast members for the JCache store's tests: bound to 127.0.0.1 only, TCP-IP join to the given peers,
 * multicast and auto-detection off, no phone-home. A member is found by the store through
 * {@code authlib.oauth.store.jcache.properties.hazelcast.instance.name} (see {@link #storeConfig}).
 */
public final class TestHazelcast {
    private TestHazelcast() {}

    /** A free port on the loopback address (free now; a member takes it a moment later). */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts a member.
     *
     * @param instanceName the member's name in this JVM
     * @param clusterName the cluster to form (a fresh one per test run, so no other run's members join)
     * @param port this member's port
     * @param peerPorts the ports of every member of the cluster, this one included
     */
    public static HazelcastInstance member(String instanceName, String clusterName, int port, List<Integer> peerPorts) {
        Config config = new Config().setInstanceName(instanceName).setClusterName(clusterName);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.logging.type", "jdk");
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.setProperty("hazelcast.partition.count", "31");
        NetworkConfig network = config.getNetworkConfig().setPort(port).setPortAutoIncrement(false);
        network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true);
        peerPorts.forEach(p -> join.getTcpIpConfig().addMember("127.0.0.1:" + p));
        return Hazelcast.newHazelcastInstance(config);
    }

    /** Hazelcast's embedded-member JCache provider (its default provider is the client's). */
    public static final String MEMBER_PROVIDER = "com.hazelcast.cache.HazelcastMemberCachingProvider";

    /**
     * The cache manager URI of every node: with Hazelcast it is part of the caches' names, so nodes that share a
     * cache use the same one.
     */
    public static final String MANAGER_URI = "authlib-test";

    /** The store's configuration for a node whose cache manager uses this member. */
    public static Map<String, String> storeConfig(String instanceName) {
        Map<String, String> p = new HashMap<>();
        p.put("authlib.oauth.store", "jcache");
        p.put("authlib.oauth.store.jcache.provider", MEMBER_PROVIDER);
        p.put("authlib.oauth.store.jcache.uri", MANAGER_URI);
        p.put("authlib.oauth.store.jcache.properties.hazelcast.instance.name", instanceName);
        p.put("authlib.oauth.store.jcache.keys", TestKeys.keyEntry("j1", 3)); // every node the same keys
        return p;
    }
}
