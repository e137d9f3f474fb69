package dev.authlib.oauth1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The builder takes the configuration keys and applies the same rules and messages as a deployment: one path for
 * the clients built in code and the CDI beans.
 */
class OAuth1ClientBuilderTest {

    @Test
    void everyProblem_isReportedAtOnce_withTheSameIdsAndKeys() {
        OAuth1ConfigurationException e = assertThrows(OAuth1ConfigurationException.class,
                () -> OAuth1ClientBuilder.newBuilder("shop").provider("woocommerce")
                        .property("clent-secret", "cs").property("oauth-version", "2.0").build());
        assertEquals(List.of(
                "AUTHJ1102: authlib.oauth.clients.shop.clent-secret: unknown key; did you mean "
                        + "authlib.oauth.clients.shop.client-secret?",
                "AUTHJ1012: authlib.oauth.clients.shop.base-url: missing, required by provider=woocommerce (the "
                        + "store's URL, such as https://shop.example.com)",
                "AUTHJ1001: authlib.oauth.clients.shop.client-id: missing, required (the consumer key the provider "
                        + "gave you)",
                "AUTHJ1005: authlib.oauth.clients.shop.oauth-version: '2.0' is not one of 1.0, omit",
                "AUTHJ1002: authlib.oauth.clients.shop.client-secret: missing, required for HMAC-SHA256 (keep it out "
                        + "of files: set the environment variable AUTHLIB_OAUTH_CLIENTS_SHOP_CLIENT_SECRET)"),
                e.problems());
        assertFalse(e.getMessage().contains("cs"), "no value is echoed");
    }

    @Test
    void aValidClient_isBuilt_andItsKindDecidesWhatItCanDo() {
        try (CloseableOAuth1Client woo = OAuth1ClientBuilder.newBuilder("woo").provider("woocommerce")
                .baseUrl(URI.create("https://shop.example.com")).clientId("ck").clientSecret("cs").build()) {
            assertEquals("woo", woo.name());
            assertEquals("https://shop.example.com/wp-json/wc/v3/orders", woo.target("orders").getUri().toString());
            OAuth1ConfigurationException e = assertThrows(OAuth1ConfigurationException.class,
                    () -> woo.fetchTemporaryCredentials(URI.create("oob")));
            assertTrue(e.getMessage().contains("AUTHJ3001: this client cannot log users in: it is a tokenless "
                    + "client"), e.getMessage());
        }
    }

    @Test
    void anInvalidName_isRefused() {
        OAuth1ConfigurationException e = assertThrows(OAuth1ConfigurationException.class,
                () -> OAuth1ClientBuilder.newBuilder("my client"));
        assertTrue(e.getMessage().contains("AUTHJ1101"), e.getMessage());
    }

    @Test
    void builderToString_showsKeysNeverValues() {
        OAuth1ClientBuilder b = OAuth1ClientBuilder.newBuilder("x").clientId("k").clientSecret("very-secret-1");
        assertFalse(b.toString().contains("very-secret-1"), b::toString);
        assertTrue(b.toString().contains("client-secret"), b::toString);
    }
}
