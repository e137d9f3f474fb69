package dev.authlib.oauth1.it.flow;

import dev.authlib.oauth1.internal.store.TestHazelcast;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link SecretsNeverLeakIT} with {@code authlib.oauth.store=jcache} on an embedded Hazelcast member, whose own
 * logging (JUL) is at its most verbose level too.
 */
class SecretsNeverLeakJCacheStoreIT {
    static final SecretsNeverLeakIT.LeakConfig CONFIG = new SecretsNeverLeakIT.LeakConfig(
            TestHazelcast.storeConfig("leak-scan"));

    @RegisterExtension
    @Order(1)
    static final LeakScan scan = new LeakScan();

    @RegisterExtension
    @Order(2)
    static final HazelcastMember member = HazelcastMember.alone("leak-scan");

    @RegisterExtension
    @Order(3)
    static final FlowApp app = new FlowApp(CONFIG, FailingObserver.class);

    @AfterAll
    static void closeTaps() throws IOException {
        CONFIG.close();
    }

    @Test
    void everyFlow_atTheMostVerboseLevel_leaksNoSecret() throws Exception {
        SecretsNeverLeakIT.everyFlow(app, scan, CONFIG);
    }
}
