package dev.authlib.oauth1.internal.cdi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.OAuth1Client;
import dev.authlib.oauth1.OAuth1Clients;
import dev.authlib.oauth1.OAuth1ConfigurationException;
import dev.authlib.oauth1.internal.config.TestConfig;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The registry resolves a client whose configuration appears only after deployment (a config source that changes at
 * run time), validating it in full, and creates it once.
 */
@EnableWeld
class RuntimeOnlyClientsTest {
    static final Map<String, String> AT_DEPLOYMENT = TestConfig.client("twitter", "https://api.twitter.example");

    /** The configuration at deployment, registered before the container starts; each test replaces it. */
    TestConfig config = TestConfig.with(AT_DEPLOYMENT);

    @WeldSetup
    WeldInitiator weld = WeldInitiator.of(TestDeployments.weld());

    @Inject
    OAuth1Clients registry;

    @AfterEach
    void releaseConfig() {
        config.close();
    }

    /** The configuration from now on: what was deployed, plus {@code more}. */
    void configurationBecomes(Map<String, String> more) {
        config.close();
        Map<String, String> later = new HashMap<>(AT_DEPLOYMENT);
        later.putAll(more);
        config = TestConfig.with(later);
    }

    @Test
    void clientConfiguredAfterDeployment_isCreatedOnFirstUse() {
        assertTrue(registry.find("garmin").isEmpty(), "not configured yet");

        configurationBecomes(TestConfig.client("garmin", "https://connectapi.garmin.example"));

        OAuth1Client garmin = registry.get("garmin");
        assertEquals("garmin", garmin.name());
        assertSame(garmin, registry.get("garmin"), "created once");
        assertTrue(registry.names().contains("garmin"));
    }

    @Test
    void invalidClientConfiguredAfterDeployment_isRefusedNamingTheKey() {
        Map<String, String> garmin = new HashMap<>(TestConfig.client("garmin", "https://connectapi.garmin.example"));
        garmin.put("authlib.oauth.clients.garmin.signature-method", "RSA-MD5");
        configurationBecomes(garmin);

        OAuth1ConfigurationException e = assertThrows(OAuth1ConfigurationException.class, () -> registry.get("garmin"));
        assertEquals(List.of("AUTHJ1005: authlib.oauth.clients.garmin.signature-method: 'RSA-MD5' is not one of "
                + "HMAC-SHA1, HMAC-SHA256, HMAC-SHA512, RSA-SHA1, RSA-SHA256, RSA-SHA512, PLAINTEXT"), e.problems());
    }
}
