package dev.authlib.oauth1.it.flow;

import com.hazelcast.core.HazelcastInstance;
import dev.authlib.oauth1.internal.store.TestHazelcast;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An embedded Hazelcast member on 127.0.0.1 for the test class, started before the application opens its cache:
 * register it with {@code @RegisterExtension @Order(...)} ahead of the {@link FlowApp}.
 */
final class HazelcastMember implements BeforeAllCallback, AfterAllCallback {
    private final String name;
    private final String cluster;
    private final int port;
    private final List<Integer> peers;
    private HazelcastInstance member;

    /**
     * @param name the member's instance name (the store finds it by this name)
     * @param cluster the cluster to form or join
     * @param port this member's port
     * @param peers every member's port, this one's included
     */
    HazelcastMember(String name, String cluster, int port, List<Integer> peers) {
        this.name = name;
        this.cluster = cluster;
        this.port = port;
        this.peers = peers;
    }

    /** A cluster of one, under a fresh cluster name. */
    static HazelcastMember alone(String name) {
        int port = TestHazelcast.freePort();
        return new HazelcastMember(name, "authlib-it-" + ProcessHandle.current().pid() + "-" + System.nanoTime(), port,
                List.of(port));
    }

    HazelcastInstance instance() {
        return member;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        member = TestHazelcast.member(name, cluster, port, peers);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (member != null) {
            member.shutdown();
            member = null;
        }
    }
}
