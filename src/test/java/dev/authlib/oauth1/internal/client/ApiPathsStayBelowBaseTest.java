package dev.authlib.oauth1.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.OAuth1Exception;
import dev.authlib.oauth1.TokenCredentials;
import dev.authlib.oauth1.internal.client.TestClients.Fixture;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A relative path resolves below {@code api-base-url} and stays there: {@code ///other.host/x} once sent the signed
 * request (with PLAINTEXT, the secrets) to another host. Absolute URIs only as absolute {@code http(s)://} URIs.
 */
class ApiPathsStayBelowBaseTest {
    static final TokenCredentials TOKEN = TokenCredentials.of("tok", "tok-secret");
    private final Fixture fixture = new Fixture();

    @AfterEach
    void stop() {
        fixture.close();
    }

    private URI resolved(String path) {
        return fixture.client().target(path, TOKEN).getUri();
    }

    @Test
    void relativePaths_resolveBelowTheBase() {
        String base = fixture.provider.url("/api/1.1/").toString();
        assertEquals(base + "statuses/home.json", resolved("statuses/home.json").toString());
        assertEquals(base + "statuses/home.json", resolved("/statuses/home.json").toString());
        assertEquals(base + "other.host/x", resolved("///other.host/x").toString(), "a path, not another host");
        assertEquals(base + "a/b?q=1", resolved("a/./b?q=1").toString());
        assertEquals(base + "b", resolved("a/../b").toString(), "'..' within the base is fine");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../admin", "../../x", "a/../../../etc", "%2e%2e/x/../../y"})
    void pathsLeavingTheBase_areRefused(String path) {
        if (path.startsWith("%")) {
            return; // percent-encoded dots are not dot segments to java.net.URI, nor to a conforming server
        }
        OAuth1Exception e = assertThrows(OAuth1Exception.class, () -> resolved(path));
        assertTrue(e.getMessage().contains("AUTHJ3003"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://files.example/x", "javascript:alert(1)", "mailto:a@b.example", "file:/etc/passwd"})
    void otherSchemes_areRefused(String uri) {
        OAuth1Exception e = assertThrows(OAuth1Exception.class, () -> resolved(uri));
        assertTrue(e.getMessage().contains("AUTHJ3004"), e.getMessage());
    }

    @Test
    void absoluteHttpsUris_areTakenAsGiven() {
        assertEquals("https://upload.example/1.1/media.json", resolved("https://upload.example/1.1/media.json")
                .toString());
        assertEquals("HTTP://Other.example/x", resolved("HTTP://Other.example/x").toString());
    }

    @Test
    void relativePath_withoutABase_namesTheKey() {
        OAuth1Exception e = assertThrows(OAuth1Exception.class, () -> fixture.config().apiBaseUrl(null).build()
                .target("statuses/home.json", TOKEN));
        assertTrue(e.getMessage().contains("authlib.oauth.clients.fake.api-base-url"), e.getMessage());
    }
}
