package dev.authlib.oauth1.internal.cdi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.OAuth1Client;
import dev.authlib.oauth1.OAuth1Clients;
import dev.authlib.oauth1.OAuth1ConfigurationException;
import dev.authlib.oauth1.internal.config.TestConfig;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A multi-tenant application registers one client per customer at run time ({@code OAuth1Clients.register}, Authlib's
 * {@code register(name, **kwargs)}), with the validation and messages of the configuration; configuration wins over
 * the code's values, as in Authlib.
 */
@EnableWeld
class ClientsRegisteredInCodeTest {
    /** Registered when the test instance is made, before the container starts; replaced by one test. */
    TestConfig config = TestConfig.with(TestConfig.client("twitter", "https://api.twitter.example"));

    @WeldSetup
    WeldInitiator weld = WeldInitiator.of(TestDeployments.weld());

    @Inject
    OAuth1Clients clients;

    @AfterEach
    void releaseConfig() {
        config.close();
    }

    static Map<String, String> magento(String store) {
        return Map.of("provider", "magento", "base-url", store, "client-id", "ck", "client-secret", "from-code",
                "token", "t", "token-secret", "ts");
    }

    @Test
    void registeredClient_isFoundByName_andReplacedByRegisteringAgain() {
        OAuth1Client first = clients.register("tenant-1", magento("https://shop1.example"));
        assertSame(first, clients.get("tenant-1"));
        assertTrue(clients.names().contains("tenant-1"));
        assertEquals("https://shop1.example/rest/V1/orders", first.target("orders").getUri().toString());

        OAuth1Client second = clients.register("tenant-1", magento("https://shop1-new.example"));
        assertSame(second, clients.get("tenant-1"));
        assertEquals("https://shop1-new.example/rest/V1/orders", second.target("orders").getUri().toString());

        assertTrue(clients.unregister("tenant-1"));
        assertFalse(clients.unregister("tenant-1"));
        assertTrue(clients.find("tenant-1").isEmpty());
    }

    @Test
    void configuration_overridesTheCodesValues() {
        // values the operator sets for a tenant the code registers (a configuration source read at run time)
        Map<String, String> later = new HashMap<>(TestConfig.client("twitter", "https://api.twitter.example"));
        later.put("authlib.oauth.clients.tenant-2.api-base-url", "https://tenant2.config.example/rest/V1/");
        config.close();
        config = TestConfig.with(later);
        OAuth1Client tenant = clients.register("tenant-2", magento("https://shop2.example"));
        assertEquals("https://tenant2.config.example/rest/V1/orders", tenant.target("orders").getUri().toString());
    }

    @Test
    void invalidSettings_areRefusedWithTheConfigurationsMessages() {
        Map<String, String> bad = new HashMap<>(magento("https://shop3.example"));
        bad.put("body-hash", "MD5");
        bad.put("tokn", "x");
        OAuth1ConfigurationException e = assertThrows(OAuth1ConfigurationException.class,
                () -> clients.register("tenant-3", bad));
        assertEquals(List.of("AUTHJ1102: authlib.oauth.clients.tenant-3.tokn: unknown key; did you mean "
                + "authlib.oauth.clients.tenant-3.token?",
                "AUTHJ1005: authlib.oauth.clients.tenant-3.body-hash: 'MD5' is not one of none, SHA-1, SHA-256"),
                e.problems());
        assertTrue(clients.find("tenant-3").isEmpty());
    }

    @Test
    void aClientConfiguredAtDeployment_cannotBeReplacedInCode() {
        OAuth1ConfigurationException e = assertThrows(OAuth1ConfigurationException.class,
                () -> clients.register("twitter", magento("https://evil.example")));
        assertEquals(List.of("AUTHJ1106: the client 'twitter' is configured at deployment "
                + "(authlib.oauth.clients.twitter.*): change its configuration, or register the client under another "
                + "name"), e.problems());
        assertFalse(clients.unregister("twitter"), "deployment clients stay");
        assertEquals("twitter", clients.get("twitter").name());
    }
}
