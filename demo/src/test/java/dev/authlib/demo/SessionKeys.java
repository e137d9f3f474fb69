package dev.authlib.demo;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The server key of the login session, a secret: made fresh for the packaged application under test, as
 * {@code demo/run} does at each start, never written into a file.
 */
public class SessionKeys implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Map.of("authlib.oauth.store.cookie.keys", "k1:" + Base64.getEncoder().encodeToString(key));
    }

    @Override
    public void stop() {
        // nothing to stop
    }
}
