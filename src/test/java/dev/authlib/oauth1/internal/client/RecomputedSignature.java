package dev.authlib.oauth1.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.authlib.oauth1.internal.client.FakeProvider.Recorded;
import dev.authlib.oauth1.signature.BodyHashAlgorithm;
import dev.authlib.oauth1.signature.OAuth1Signer;
import dev.authlib.oauth1.signature.SignedRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Checks a request as the provider received it: the signature is computed again over what arrived (method, URI with
 * its raw query, form parameters or body hash), with the nonce and timestamp the request carries.
 */
final class RecomputedSignature {
    private RecomputedSignature() {}

    static void assertValid(Recorded r, FakeProvider provider, String clientSecret, String tokenSecret) {
        Map<String, String> p = r.oauthParameters();
        OAuth1Signer.Builder b = OAuth1Signer.builder(p.get("oauth_consumer_key")).clientSecret(clientSecret)
                .nonceSupplier(() -> p.get("oauth_nonce"))
                .clock(Clock.fixed(Instant.ofEpochSecond(Long.parseLong(p.get("oauth_timestamp"))), ZoneOffset.UTC));
        if (p.containsKey("oauth_token")) {
            b.token(p.get("oauth_token"), tokenSecret);
        }
        String bodyHash = p.get("oauth_body_hash");
        if (bodyHash != null) {
            b.bodyHash(bodyHash.length() > 28 ? BodyHashAlgorithm.SHA_256 : BodyHashAlgorithm.SHA_1);
        }
        URI uri = provider.url(r.path() + (r.query() == null ? "" : "?" + r.query()));
        String contentType = r.header("Content-Type");
        SignedRequest expected;
        if (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")) {
            expected = b.build().sign(r.method(), uri, FormBodies.parse(r.body()));
        } else if (bodyHash != null) {
            expected = b.build().signWithBody(r.method(), uri, r.body().getBytes(StandardCharsets.UTF_8));
        } else {
            expected = b.build().sign(r.method(), uri, Map.of());
        }
        assertEquals(expected.signature(), p.get("oauth_signature"), () -> "the signature over what arrived: " + r);
    }
}
