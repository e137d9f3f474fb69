package dev.authlib.oauth1.internal.cdi;

import dev.authlib.oauth1.internal.config.TestConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.OAuth1Client;
import dev.authlib.oauth1.OAuth1ClientName;
import dev.authlib.oauth1.OAuth1Clients;
import jakarta.enterprise.inject.literal.NamedLiteral;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/** The portable extension in a real Weld container: one bean per configured client, qualified, no @Default. */
class ClientBeansTest {

    @Test
    @SuppressWarnings("try") // the config must stay registered while the container runs
    void eachConfiguredClient_isABeanNamedAndQualified_withoutDefault() {
        Map<String, String> p = new HashMap<>(TestConfig.client("twitter", "https://api.twitter.example"));
        p.putAll(TestConfig.client("my-idp", "https://idp.example"));
        try (TestConfig c = TestConfig.with(p); WeldContainer container = TestDeployments.weld().initialize()) {
            OAuth1Client twitter = container.select(OAuth1Client.class, NamedLiteral.of("twitter")).get();
            assertEquals("twitter", twitter.name());
            OAuth1Client idp = container.select(OAuth1Client.class, OAuth1ClientName.Literal.of("my-idp")).get();
            assertEquals("my-idp", idp.name());
            assertFalse(container.select(OAuth1Client.class).isResolvable(), "no @Default client");
            OAuth1Clients registry = container.select(OAuth1Clients.class).get();
            assertEquals(Set.of("my-idp", "twitter"), registry.names());
            assertEquals("twitter", registry.get("twitter").name());
            assertTrue(registry.find("nope").isEmpty());
        }
    }
}
