package dev.authlib.oauth1.signature;

import static dev.authlib.oauth1.signature.Fixtures.headerParams;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** {@link OAuth1Signer#signWithBody}: requests whose body is not form-encoded, and {@code oauth_body_hash}. */
class BodyHashTest {

    private static final URI URI_ = URI.create("https://api.example.com/items?x=1");
    private static final byte[] JSON = "{\"text\":\"héllo + wörld\"}".getBytes(StandardCharsets.UTF_8);

    private static String digest(String algorithm, byte[] body) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance(algorithm).digest(body));
    }

    @Test
    void sha1BodyHash_isTheBase64DigestOfTheBody() throws Exception {
        SignedRequest s = Fixtures.pinned().bodyHash(BodyHashAlgorithm.SHA_1).build().signWithBody("POST", URI_, JSON);
        String expected = digest("SHA-1", JSON);
        assertEquals(PercentEncoding.encode(expected), headerParams(s.authorizationHeader()).get("oauth_body_hash"));
        assertTrue(Fixtures.normalisedParameters(s.baseString())
                .contains("oauth_body_hash=" + PercentEncoding.encode(expected) + "&"), s.baseString());
    }

    @Test
    void sha256BodyHash_isTheBase64DigestOfTheBody() throws Exception {
        SignedRequest s = Fixtures.pinned().signatureMethod(SignatureMethod.HMAC_SHA256)
                .bodyHash(BodyHashAlgorithm.SHA_256).build().signWithBody("PUT", URI_, JSON);
        String expected = digest("SHA-256", JSON);
        assertEquals(PercentEncoding.encode(expected), headerParams(s.authorizationHeader()).get("oauth_body_hash"));
    }

    @Test
    void emptyBody_hasTheDigestOfNothing() throws Exception {
        SignedRequest s = Fixtures.pinned().bodyHash(BodyHashAlgorithm.SHA_1).build()
                .signWithBody("POST", URI_, new byte[0]);
        assertEquals("2jmj7l5rSw0yVb%2FvlWAYkK%2FYBwk%3D", headerParams(s.authorizationHeader()).get("oauth_body_hash"));
        assertEquals(digest("SHA-1", new byte[0]), "2jmj7l5rSw0yVb/vlWAYkK/YBwk=");
    }

    @Test
    void bodyHash_isInTheQueryForQueryPlacement() throws Exception {
        SignedRequest s = Fixtures.pinned().bodyHash(BodyHashAlgorithm.SHA_256).signatureType(SignatureType.QUERY)
                .build().signWithBody("POST", URI_, JSON);
        assertTrue(s.uri().getRawQuery().contains("oauth_body_hash=" + PercentEncoding.encode(digest("SHA-256", JSON))),
                s.uri().toString());
    }

    @Test
    void withoutBodyHash_theBodyIsNotSigned() {
        OAuth1Signer signer = Fixtures.pinned().build();
        SignedRequest s = signer.signWithBody("POST", URI_, JSON);
        assertFalse(s.authorizationHeader().contains("oauth_body_hash"));
        assertEquals(signer.sign("POST", URI_, java.util.Map.of()).baseString(), s.baseString());
    }

    @Test
    void signWithBody_isSigned_andSendsNoFormBody() throws Exception {
        SignedRequest s = Fixtures.pinned().bodyHash(BodyHashAlgorithm.SHA_1).build().signWithBody("POST", URI_, JSON);
        assertNull(s.formBody());
        assertNotNull(s.signature());
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec("client-secret&".getBytes(StandardCharsets.US_ASCII), "HmacSHA1"));
        String expected = Base64.getEncoder().encodeToString(mac.doFinal(s.baseString().getBytes(StandardCharsets.US_ASCII)));
        assertEquals(expected, s.signature());
        assertEquals(PercentEncoding.encode(expected), headerParams(s.authorizationHeader()).get("oauth_signature"));
    }

    @Test
    void bodyPlacementWithNonFormBody_isRejected_pointingToHeaderOrQuery() {
        OAuth1Signer signer = Fixtures.pinned().bodyHash(BodyHashAlgorithm.SHA_1).signatureType(SignatureType.BODY)
                .build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> signer.signWithBody("POST", URI_, JSON));
        assertTrue(e.getMessage().contains("HEADER") && e.getMessage().contains("QUERY"), e.getMessage());
        assertTrue(e.getMessage().contains("form"), e.getMessage());
    }

    @Test
    void bodyPlacementWithNonFormBody_isRejectedEvenWithoutBodyHash() {
        OAuth1Signer signer = Fixtures.pinned().signatureType(SignatureType.BODY).build();
        assertThrows(IllegalArgumentException.class, () -> signer.signWithBody("POST", URI_, JSON));
    }
}
