package dev.authlib.oauth1.internal.config.invalid;

import dev.authlib.oauth1.OAuth1Client;
import dev.authlib.oauth1.internal.config.TestConfig;
import dev.authlib.oauth1.OAuth1ClientName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A typo in the prefix ({@code authlib.oauth.client.demo.*}) used to give only Weld's unsatisfied-dependency error,
 * which names no key. Now the injection point's name, the keys to set, and what the configuration has near it.
 */
class UnconfiguredClientInjectionTest extends InvalidConfiguration {

    @ApplicationScoped
    static class Shop {
        @Inject
        @Named("demo")
        OAuth1Client demo;

        @Inject
        @OAuth1ClientName("twitter")
        OAuth1Client twitter; // configured: no problem
    }

    @Override
    Class<?>[] applicationBeans() {
        return new Class<?>[] {Shop.class};
    }

    @Override
    Map<String, String> configuration() {
        Map<String, String> p = validTwitter();
        Map<String, String> typo = new HashMap<>();
        for (Map.Entry<String, String> e : TestConfig.client("demo", "https://demo.example").entrySet()) {
            typo.put(e.getKey().replace("authlib.oauth.clients.", "authlib.oauth.client."), e.getValue());
        }
        typo.keySet().removeIf(k -> !k.endsWith("client-id"));
        p.putAll(typo);
        return p;
    }

    @Override
    List<String> expectedProblems() {
        return List.of("AUTHJ1102: authlib.oauth.client.demo.client-id: unknown key; did you mean "
                + "authlib.oauth.clients.demo.client-id?",
                "AUTHJ1104: no OAuth 1 client is configured under the name 'demo', which field "
                + Shop.class.getName() + ".demo needs: configure authlib.oauth.clients.demo.client-id (and the "
                + "client's other keys: client-secret, request-token-url, authorize-url, access-token-url, ...); "
                + "found in the configuration: authlib.oauth.client.demo.client-id");
    }
}
