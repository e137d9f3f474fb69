package dev.authlib.oauth1.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Authorization header (§3.5.1) assembled from text prepared per signer: the same as writing it out in full, in
 * the order consumer key, nonce, method, timestamp, version, token, callback, verifier, body hash, signature.
 */
class AuthorizationHeaderTest {

    private static final URI URI_ = URI.create("https://api.example.com/r");

    private static String expected(String realm, String rest, SignedRequest s) {
        return "OAuth " + (realm == null ? "" : "realm=\"" + realm + "\", ") + "oauth_consumer_key=\"client-id\", "
                + "oauth_nonce=\"" + Fixtures.NONCE + "\", oauth_signature_method=\"HMAC-SHA1\", "
                + "oauth_timestamp=\"" + Fixtures.TIMESTAMP + "\", oauth_version=\"1.0\", " + rest
                + "oauth_signature=\"" + PercentEncoding.encode(s.signature()) + "\"";
    }

    @Test
    void everyOptionalParameter_inItsPlace() {
        SignedRequest s = Fixtures.pinned().token("t k", "s").callback("https://a/b?c=d").verifier("v/1")
                .bodyHash(BodyHashAlgorithm.SHA_1).build().signWithBody("POST", URI_, new byte[] {1, 2, 3});
        String hash = PercentEncoding.encode(BodyHashAlgorithm.SHA_1.hash(new byte[] {1, 2, 3}));
        assertEquals(expected(null, "oauth_token=\"t%20k\", oauth_callback=\"https%3A%2F%2Fa%2Fb%3Fc%3Dd\", "
                + "oauth_verifier=\"v%2F1\", oauth_body_hash=\"" + hash + "\", ", s), s.authorizationHeader());
    }

    @Test
    void noOptionalParameter() {
        SignedRequest s = Fixtures.pinned().build().sign("GET", URI_, Map.of());
        assertEquals(expected(null, "", s), s.authorizationHeader());
    }

    @Test
    void latin1Realm_isKeptAsIs() {
        SignedRequest s = Fixtures.pinned().realm("Café \"ÿ\"").build().sign("GET", URI_, Map.of());
        assertEquals(expected("Café \\\"ÿ\\\"", "", s), s.authorizationHeader());
    }

    @Test
    void realmBeyondLatin1_isKeptAsIs() {
        SignedRequest s = Fixtures.pinned().realm("東京 Ω 😀").token("t", "s").build().sign("GET", URI_, Map.of());
        assertEquals(expected("東京 Ω 😀", "oauth_token=\"t\", ", s), s.authorizationHeader());
        assertEquals("東京 Ω 😀", Fixtures.headerParams(s.authorizationHeader()).get("realm"));
    }

    @Test
    void plaintextSignature_isPercentEncodedInTheHeader() {
        SignedRequest s = Fixtures.pinned().clientSecret("a&b%").token("t", "é")
                .signatureMethod(SignatureMethod.PLAINTEXT).build().sign("GET", URI_, Map.of());
        assertEquals("a%26b%25&%C3%A9", s.signature());
        assertEquals("a%2526b%2525%26%25C3%25A9", Fixtures.headerParams(s.authorizationHeader()).get("oauth_signature"));
    }
}
