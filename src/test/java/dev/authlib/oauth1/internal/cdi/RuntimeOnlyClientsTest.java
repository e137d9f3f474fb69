package dev.authlib.oauth1.internal.cdi;

import dev.authlib.oauth1.internal.config.TestConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.OAuth1Client;
import dev.authlib.oauth1.OAuth1Clients;
import dev.authlib.oauth1.OAuth1ConfigurationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/**
 * The registry resolves a client whose configuration appears only after deployment (a config source that changes at
 * run time), validating it in full, and creates it once.
 */
class RuntimeOnlyClientsTest {

    @Test
    @SuppressWarnings("try") // the config must stay registered while it is used
    void clientConfiguredAfterDeployment_isCreatedOnFirstUse() {
        Map<String, String> atDeployment = TestConfig.client("twitter", "https://api.twitter.example");
        TestConfig deployed = TestConfig.with(atDeployment);
        try (WeldContainer container = TestDeployments.weld().initialize()) {
            OAuth1Clients registry = container.select(OAuth1Clients.class).get();
            assertTrue(registry.find("garmin").isEmpty(), "not configured yet");

            deployed.close();
            Map<String, String> later = new HashMap<>(atDeployment);
            later.putAll(TestConfig.client("garmin", "https://connectapi.garmin.example"));
            try (TestConfig c = TestConfig.with(later)) {
                OAuth1Client garmin = registry.get("garmin");
                assertEquals("garmin", garmin.name());
                assertSame(garmin, registry.get("garmin"), "created once");
                assertTrue(registry.names().contains("garmin"));
            }
        } finally {
            deployed.close();
        }
    }

    @Test
    @SuppressWarnings("try") // the config must stay registered while it is used
    void invalidClientConfiguredAfterDeployment_isRefusedNamingTheKey() {
        Map<String, String> atDeployment = TestConfig.client("twitter", "https://api.twitter.example");
        TestConfig deployed = TestConfig.with(atDeployment);
        try (WeldContainer container = TestDeployments.weld().initialize()) {
            OAuth1Clients registry = container.select(OAuth1Clients.class).get();
            deployed.close();
            Map<String, String> later = new HashMap<>(atDeployment);
            later.putAll(TestConfig.client("garmin", "https://connectapi.garmin.example"));
            later.put("authlib.oauth.clients.garmin.signature-method", "RSA-MD5");
            try (TestConfig c = TestConfig.with(later)) {
                OAuth1ConfigurationException e = assertThrows(OAuth1ConfigurationException.class,
                        () -> registry.get("garmin"));
                assertEquals(List.of("AUTHJ1005: authlib.oauth.clients.garmin.signature-method: 'RSA-MD5' is not one of "
                        + "HMAC-SHA1, HMAC-SHA256, HMAC-SHA512, RSA-SHA1, RSA-SHA256, RSA-SHA512, PLAINTEXT"),
                        e.problems());
            }
        } finally {
            deployed.close();
        }
    }
}
