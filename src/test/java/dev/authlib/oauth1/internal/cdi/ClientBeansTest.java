package dev.authlib.oauth1.internal.cdi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.OAuth1Client;
import dev.authlib.oauth1.OAuth1ClientName;
import dev.authlib.oauth1.OAuth1Clients;
import dev.authlib.oauth1.internal.config.TestConfig;
import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The portable extension in a real Weld container: one bean per configured client, qualified, no @Default. */
@EnableWeld
class ClientBeansTest {
    /** Registered when the test instance is made, before the container starts. */
    final TestConfig config = TestConfig.with(twoClients());

    @WeldSetup
    WeldInitiator weld = WeldInitiator.of(TestDeployments.weld());

    @Inject
    @Named("twitter")
    OAuth1Client twitter;

    @Inject
    OAuth1Clients registry;

    static Map<String, String> twoClients() {
        Map<String, String> p = new HashMap<>(TestConfig.client("twitter", "https://api.twitter.example"));
        p.putAll(TestConfig.client("my-idp", "https://idp.example"));
        return p;
    }

    @AfterEach
    void releaseConfig() {
        config.close();
    }

    @Test
    void eachConfiguredClient_isABeanNamedAndQualified_withoutDefault() {
        assertEquals("twitter", twitter.name());
        OAuth1Client idp = weld.select(OAuth1Client.class, OAuth1ClientName.Literal.of("my-idp")).get();
        assertEquals("my-idp", idp.name());
        assertEquals("twitter", weld.select(OAuth1Client.class, NamedLiteral.of("twitter")).get().name());
        assertFalse(weld.select(OAuth1Client.class).isResolvable(), "no @Default client");
        assertEquals(Set.of("my-idp", "twitter"), registry.names());
        assertEquals("twitter", registry.get("twitter").name());
        assertTrue(registry.find("nope").isEmpty());
    }
}
