package dev.authlib.oauth1.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code oauth_version} is optional (RFC 5849 §3.1) and some providers want it absent (WooCommerce); an empty
 * {@code oauth_token} is how two-legged requests are sent to some (Schoology): present, empty, and signed.
 */
class OptionalVersionAndEmptyTokenTest {
    static OAuth1Signer.Builder signer() {
        return OAuth1Signer.builder("ck").clientSecret("cs")
                .clock(Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC))
                .nonceSupplier(() -> "n0nce");
    }

    @Test
    void versionOmitted_isNeitherSentNorSigned() {
        SignedRequest r = signer().includeVersion(false).build().sign("GET", URI.create("https://shop.example/o?a=1"),
                Map.of());
        assertFalse(r.authorizationHeader().contains("oauth_version"), r.authorizationHeader());
        assertEquals("GET&https%3A%2F%2Fshop.example%2Fo&a%3D1%26oauth_consumer_key%3Dck%26oauth_nonce%3Dn0nce"
                + "%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D1700000000", r.baseString());
        SignedRequest q = signer().includeVersion(false).signatureType(SignatureType.QUERY).build()
                .sign("GET", URI.create("https://shop.example/o"), Map.of());
        assertFalse(q.uri().getRawQuery().contains("oauth_version"), q.uri()::toString);
    }

    @Test
    void versionIsSentByDefault() {
        SignedRequest r = signer().build().sign("GET", URI.create("https://p.example/x"), Map.of());
        assertTrue(r.authorizationHeader().contains("oauth_version=\"1.0\""), r.authorizationHeader());
        assertTrue(r.baseString().contains("oauth_version%3D1.0"), r.baseString());
    }

    @Test
    void emptyToken_isSentAndSigned_withAnEmptyTokenSecret() {
        SignedRequest empty = signer().token("", "").build().sign("GET", URI.create("https://p.example/x"), Map.of());
        assertTrue(empty.authorizationHeader().contains("oauth_token=\"\""), empty.authorizationHeader());
        assertEquals("GET&https%3A%2F%2Fp.example%2Fx&oauth_consumer_key%3Dck%26oauth_nonce%3Dn0nce"
                + "%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D1700000000%26oauth_token%3D"
                + "%26oauth_version%3D1.0", empty.baseString());
        SignedRequest none = signer().build().sign("GET", URI.create("https://p.example/x"), Map.of());
        assertEquals(none.signature().length(), empty.signature().length());
        assertFalse(none.baseString().contains("oauth_token"), none.baseString());
    }
}
