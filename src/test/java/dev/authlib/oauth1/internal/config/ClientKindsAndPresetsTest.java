package dev.authlib.oauth1.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.internal.client.ClientConfig;
import dev.authlib.oauth1.internal.client.ClientConfig.Kind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What is configured decides the kind of client, as Authlib decides from {@code request_token_url}; a provider preset
 * fills what is left out, and every explicit key wins over it.
 */
@SuppressWarnings("try") // the config must stay registered while it is read
class ClientKindsAndPresetsTest {
    static final String K = "authlib.oauth.clients.c.";

    static ClientConfig read(Map<String, String> keys) {
        Map<String, String> p = new HashMap<>();
        keys.forEach((k, v) -> p.put(K + k, v));
        try (TestConfig c = TestConfig.with(p)) {
            ConfigScan scan = ConfigScan.of(c.config());
            assertEquals(List.of(), scan.problems(true));
            return scan.clients().get("c");
        }
    }

    @Test
    void threeTokenUrls_makeALoginClient() {
        ClientConfig c = read(Map.of("client-id", "k", "client-secret", "s",
                "request-token-url", "https://p.example/rt", "authorize-url", "https://p.example/a",
                "access-token-url", "https://p.example/at"));
        assertEquals(Kind.LOGIN, c.kind());
        assertEquals("https://p.example/rt", c.login().requestTokenUrl().toString());
    }

    @Test
    void aToken_makesAStaticTokenClient_andNoUrlsAToklessOne() {
        ClientConfig statik = read(Map.of("client-id", "k", "client-secret", "s", "token", "t",
                "token-secret", "ts", "api-base-url", "https://api.example"));
        assertEquals(Kind.STATIC_TOKEN, statik.kind());
        assertNull(statik.login());
        assertFalse(statik.toString().contains("ts"), "the token secret stays out of toString: " + statik);

        ClientConfig tokenless = read(Map.of("client-id", "k", "client-secret", "s"));
        assertEquals(Kind.TOKENLESS, tokenless.kind());
        assertFalse(tokenless.credentials().emptyToken());
    }

    @Test
    void oob_isAcceptedAsTheRedirectUri() {
        ClientConfig c = read(Map.of("client-id", "k", "client-secret", "s",
                "request-token-url", "https://p.example/rt", "authorize-url", "https://p.example/a",
                "access-token-url", "https://p.example/at", "redirect-uri", "oob"));
        assertEquals("oob", c.redirectUri().toString());
    }

    @Test
    void wooCommercePreset_fillsMethodPlacementVersionAndTheApiUnderTheStore() {
        ClientConfig c = read(Map.of("provider", "woocommerce", "base-url", "https://shop.example.com/",
                "client-id", "ck", "client-secret", "cs"));
        assertEquals(Kind.TOKENLESS, c.kind());
        assertEquals("HMAC-SHA256", c.signing().method().wireName());
        assertEquals("QUERY", c.signing().type().name());
        assertFalse(c.signing().includeVersion());
        assertEquals("https://shop.example.com/wp-json/wc/v3/", c.apiBaseUrl().toString());
        assertEquals("woocommerce", c.provider());
    }

    @Test
    void explicitKeys_winOverThePreset() {
        ClientConfig c = read(Map.of("provider", "woocommerce", "base-url", "https://shop.example.com",
                "client-id", "ck", "client-secret", "cs", "signature-method", "HMAC-SHA1",
                "signature-type", "HEADER", "api-base-url", "https://shop.example.com/wp-json/wc/v2/"));
        assertEquals("HMAC-SHA1", c.signing().method().wireName());
        assertEquals("HEADER", c.signing().type().name());
        assertEquals("https://shop.example.com/wp-json/wc/v2/", c.apiBaseUrl().toString());
        assertFalse(c.signing().includeVersion(), "what the application did not set still comes from the preset");
    }

    @Test
    void loginPresets_giveALoginClient() {
        ClientConfig x = read(Map.of("provider", "x", "client-id", "k", "client-secret", "s"));
        assertEquals(Kind.LOGIN, x.kind());
        assertEquals("https://api.x.com/oauth/request_token", x.login().requestTokenUrl().toString());
        assertEquals("https://api.x.com/2/", x.apiBaseUrl().toString());

        ClientConfig etrade = read(Map.of("provider", "etrade", "client-id", "k", "client-secret", "s"));
        assertEquals("GET", etrade.login().requestTokenMethod());
        assertEquals("GET", etrade.login().accessTokenMethod());
        assertEquals("oob", etrade.redirectUri().toString());
        assertTrue(etrade.login().authorizeUrl().hasTokenPlaceholder());

        ClientConfig jira = read(Map.of("provider", "jira-dc", "base-url", "https://jira.example.com",
                "client-id", "k", "rsa-key", TestConfig.RSA_PEM));
        assertEquals("RSA-SHA1", jira.signing().method().wireName());
        assertEquals("https://jira.example.com/plugins/servlet/oauth/request-token",
                jira.login().requestTokenUrl().toString());

        ClientConfig wiki = read(Map.of("provider", "mediawiki", "base-url", "https://wiki.example/w/index.php",
                "client-id", "k", "client-secret", "s"));
        assertEquals("https://wiki.example/w/index.php?title=Special:OAuth/initiate",
                wiki.login().requestTokenUrl().toString());
    }

    @Test
    void staticTokenPresets_netsuiteAndMagento() {
        ClientConfig ns = read(Map.of("provider", "netsuite", "base-url", "https://4539762-sb1.suitetalk.api.example",
                "realm", "4539762_SB1", "client-id", "k", "client-secret", "s", "token", "t", "token-secret", "ts"));
        assertEquals(Kind.STATIC_TOKEN, ns.kind());
        assertEquals("HMAC-SHA256", ns.signing().method().wireName());
        assertEquals("4539762_SB1", ns.signing().realm());
        assertEquals("https://4539762-sb1.suitetalk.api.example/services/rest/", ns.apiBaseUrl().toString());

        ClientConfig magento = read(Map.of("provider", "magento", "base-url", "https://shop.example.com",
                "client-id", "k", "client-secret", "s", "token", "t", "token-secret", "ts"));
        assertEquals("HMAC-SHA256", magento.signing().method().wireName());
        assertEquals("https://shop.example.com/rest/V1/", magento.apiBaseUrl().toString());
    }

    @Test
    void schoologyPreset_sendsAnEmptyToken() {
        ClientConfig c = read(Map.of("provider", "schoology", "client-id", "k", "client-secret", "s"));
        assertEquals(Kind.TOKENLESS, c.kind());
        assertTrue(c.credentials().emptyToken());
        assertEquals("https://api.schoology.com/v1/", c.apiBaseUrl().toString());
    }

    @Test
    void bodyHashAndCallTimeout_areRead() {
        ClientConfig c = read(Map.of("client-id", "k", "client-secret", "s", "body-hash", "SHA-256",
                "call-timeout", "PT3S"));
        assertEquals("SHA_256", c.signing().bodyHash().name());
        assertEquals("PT3S", c.transport().callTimeout().toString());
        assertEquals(ClientConfig.DEFAULT_CALL_TIMEOUT, read(Map.of("client-id", "k", "client-secret", "s"))
                .transport().callTimeout());
    }
}
