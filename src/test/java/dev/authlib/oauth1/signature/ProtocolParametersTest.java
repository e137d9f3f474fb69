package dev.authlib.oauth1.signature;

import static dev.authlib.oauth1.signature.Fixtures.headerParams;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** RFC 5849 §3.1: the protocol parameters each request carries. */
class ProtocolParametersTest {

    private static final URI URI_ = URI.create("https://api.example.com/");

    private static Map<String, String> params(OAuth1Signer.Builder b) {
        return headerParams(b.build().sign("GET", URI_, Map.of()).authorizationHeader());
    }

    @Test
    void clientOnly_carriesTheFiveRequiredParameters_andVersion() {
        assertEquals(Set.of("oauth_consumer_key", "oauth_nonce", "oauth_signature_method", "oauth_timestamp",
                "oauth_version", "oauth_signature"), params(Fixtures.pinned()).keySet());
    }

    @Test
    void version_isAlways1_0() {
        assertEquals("1.0", params(Fixtures.pinned()).get("oauth_version"));
        assertEquals("1.0", params(Fixtures.pinned().signatureMethod(SignatureMethod.PLAINTEXT)).get("oauth_version"));
        for (SignatureType type : SignatureType.values()) {
            SignedRequest s = Fixtures.pinned().signatureType(type).build().sign("POST", URI_, Map.of());
            assertTrue(s.baseString().contains("oauth_version%3D1.0"), type.name());
        }
    }

    @Test
    void token_isPresentWhenSet() {
        assertEquals("tok", params(Fixtures.pinned().token("tok", "sec")).get("oauth_token"));
        assertFalse(params(Fixtures.pinned()).containsKey("oauth_token"));
    }

    @Test
    void tokenWithoutSecret_isSent() {
        assertEquals("tok", params(Fixtures.pinned().token("tok", null)).get("oauth_token"));
    }

    @Test
    void callback_isPresentWhenSet() {
        assertEquals("https%3A%2F%2Fapp.example.com%2Foauth1%2Fx%2Fauthorize%3Fnext%3D%2Fa",
                params(Fixtures.pinned().callback("https://app.example.com/oauth1/x/authorize?next=/a"))
                        .get("oauth_callback"));
        assertEquals("oob", params(Fixtures.pinned().callback("oob")).get("oauth_callback"));
        assertFalse(params(Fixtures.pinned()).containsKey("oauth_callback"));
    }

    @Test
    void verifier_isPresentWhenSet() {
        assertEquals("hfdp7dh39dks9884", params(Fixtures.pinned().token("t", "s").verifier("hfdp7dh39dks9884"))
                .get("oauth_verifier"));
        assertFalse(params(Fixtures.pinned()).containsKey("oauth_verifier"));
    }

    @Test
    void allOptionalParameters_areSigned() {
        SignedRequest s = Fixtures.pinned().token("t", "s").verifier("v").callback("oob").build()
                .sign("POST", URI_, Map.of());
        String p = Fixtures.normalisedParameters(s.baseString());
        assertTrue(p.contains("oauth_callback=oob&"), p);
        assertTrue(p.contains("oauth_token=t&"), p);
        assertTrue(p.contains("oauth_verifier=v"), p);
    }

    @Test
    void consumerKey_isEncoded() {
        assertEquals("my%20app%2B1", params(OAuth1Signer.builder("my app+1").clientSecret("s")).get("oauth_consumer_key"));
    }

    @Test
    void defaultNonce_is22UnreservedCharacters() {
        OAuth1Signer signer = OAuth1Signer.builder("id").clientSecret("s").build();
        for (int i = 0; i < 200; i++) {
            String nonce = headerParams(signer.sign("GET", URI_, Map.of()).authorizationHeader()).get("oauth_nonce");
            assertEquals(22, nonce.length(), nonce);
            assertTrue(PercentEncoding.isUnreserved(nonce), nonce);
        }
    }

    @Test
    void defaultNonce_differsOnEveryCall() {
        OAuth1Signer signer = OAuth1Signer.builder("id").clientSecret("s").build();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(headerParams(signer.sign("GET", URI_, Map.of()).authorizationHeader())
                    .get("oauth_nonce")));
        }
    }

    @Test
    void sameRequestTwice_getsDifferentSignatures() {
        OAuth1Signer signer = OAuth1Signer.builder("id").clientSecret("s").clock(Fixtures.at(1)).build();
        assertNotEquals(signer.sign("GET", URI_, Map.of()).signature(), signer.sign("GET", URI_, Map.of()).signature());
    }

    @Test
    void nonceSupplier_isCalledOncePerSignature() {
        AtomicLong calls = new AtomicLong();
        OAuth1Signer signer = Fixtures.pinned().nonceSupplier(() -> "n" + calls.incrementAndGet()).build();
        assertEquals("n1", headerParams(signer.sign("GET", URI_, Map.of()).authorizationHeader()).get("oauth_nonce"));
        assertEquals("n2", headerParams(signer.sign("GET", URI_, Map.of()).authorizationHeader()).get("oauth_nonce"));
    }

    @Test
    void timestamp_isSecondsOfTheInjectedClock() {
        Clock clock = Clock.fixed(Instant.ofEpochMilli(1_318_622_958_999L), ZoneOffset.UTC);
        assertEquals("1318622958", params(Fixtures.pinned().clock(clock)).get("oauth_timestamp"));
    }

    @Test
    void timestamp_followsTheClock() {
        AtomicLong now = new AtomicLong(1_000_000);
        Clock moving = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochSecond(now.get());
            }
        };
        OAuth1Signer signer = Fixtures.pinned().clock(moving).build();
        assertEquals("1000000", headerParams(signer.sign("GET", URI_, Map.of()).authorizationHeader())
                .get("oauth_timestamp"));
        now.set(2_000_000);
        assertEquals("2000000", headerParams(signer.sign("GET", URI_, Map.of()).authorizationHeader())
                .get("oauth_timestamp"));
    }

    @Test
    void withToken_keepsEverythingElse() {
        OAuth1Signer base = Fixtures.pinned().realm("R").signatureMethod(SignatureMethod.HMAC_SHA256).build();
        SignedRequest s = base.withToken("t2", "s2").sign("GET", URI_, Map.of());
        Map<String, String> p = headerParams(s.authorizationHeader());
        assertEquals("t2", p.get("oauth_token"));
        assertEquals("HMAC-SHA256", p.get("oauth_signature_method"));
        assertEquals("R", p.get("realm"));
        assertFalse(headerParams(base.sign("GET", URI_, Map.of()).authorizationHeader()).containsKey("oauth_token"));
    }

    @Test
    void toBuilder_isACopy() {
        OAuth1Signer signer = Fixtures.pinned().build();
        signer.toBuilder().token("changed", "x").signatureType(SignatureType.QUERY);
        SignedRequest s = signer.sign("GET", URI_, Map.of());
        assertFalse(s.authorizationHeader().contains("oauth_token"));
    }

    @Test
    void builderChangedAfterBuild_doesNotChangeTheSigner() {
        OAuth1Signer.Builder b = Fixtures.pinned();
        OAuth1Signer signer = b.build();
        String before = signer.sign("GET", URI_, Map.of()).signature();
        b.clientSecret("other").token("t", "s");
        assertEquals(before, signer.sign("GET", URI_, Map.of()).signature());
    }
}
