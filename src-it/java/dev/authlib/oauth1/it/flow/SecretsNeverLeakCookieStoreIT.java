package dev.authlib.oauth1.it.flow;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link SecretsNeverLeakIT} with {@code authlib.oauth.store=cookie}: the pending logins travel sealed in
 * {@code Set-Cookie}, which is scanned like every other header (its key is one more secret to look for).
 */
class SecretsNeverLeakCookieStoreIT {
    static final SecretsNeverLeakIT.LeakConfig CONFIG = new SecretsNeverLeakIT.LeakConfig(Map.of(
            "authlib.oauth.store", "cookie", "authlib.oauth.store.cookie.keys", "k1:" + randomKey()));

    @RegisterExtension
    @Order(1)
    static final LeakScan scan = new LeakScan();

    @RegisterExtension
    @Order(2)
    static final FlowApp app = new FlowApp(CONFIG, FailingObserver.class);

    @AfterAll
    static void closeTaps() throws IOException {
        CONFIG.close();
    }

    @Test
    void everyFlow_atTheMostVerboseLevel_leaksNoSecret() throws Exception {
        SecretsNeverLeakIT.everyFlow(app, scan, CONFIG);
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
