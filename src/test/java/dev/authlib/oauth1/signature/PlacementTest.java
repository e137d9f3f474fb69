package dev.authlib.oauth1.signature;

import static dev.authlib.oauth1.signature.Fixtures.form;
import static dev.authlib.oauth1.signature.Fixtures.headerParams;
import static dev.authlib.oauth1.signature.Fixtures.pairs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RFC 5849 §3.5: the protocol parameters in the Authorization header, the query, or the form body. */
class PlacementTest {

    private static final URI URI_WITH_QUERY = URI.create("https://api.example.com/1/items?b=x+y&a=%7e%2A&c#frag");

    private static SignedRequest sign(OAuth1Signer.Builder b, SignatureType type, String method, URI uri,
            Map<String, List<String>> form) {
        return b.signatureType(type).build().sign(method, uri, form);
    }

    // ---- HEADER (§3.5.1)

    @Test
    void header_startsWithOAuthScheme_andEndsWithTheSignature() {
        SignedRequest s = sign(Fixtures.pinned(), SignatureType.HEADER, "GET", URI_WITH_QUERY, Map.of());
        String h = s.authorizationHeader();
        assertTrue(h.startsWith("OAuth oauth_consumer_key=\"client-id\", "), h);
        assertTrue(h.endsWith(", oauth_signature=\"" + PercentEncoding.encode(s.signature()) + "\""), h);
        assertEquals(List.of("oauth_consumer_key", "oauth_nonce", "oauth_signature_method", "oauth_timestamp",
                "oauth_version", "oauth_signature"), List.copyOf(headerParams(h).keySet()));
    }

    @Test
    void header_realmComesFirst() {
        SignedRequest s = sign(Fixtures.pinned().realm("http://sp.example.com/"), SignatureType.HEADER, "GET",
                URI_WITH_QUERY, Map.of());
        assertTrue(s.authorizationHeader().startsWith("OAuth realm=\"http://sp.example.com/\", oauth_consumer_key="),
                s.authorizationHeader());
    }

    @Test
    void header_realmIsAnEscapedQuotedString() {
        SignedRequest s = sign(Fixtures.pinned().realm("a \"quoted\" \\ realm, é"), SignatureType.HEADER, "GET",
                URI_WITH_QUERY, Map.of());
        assertTrue(s.authorizationHeader().startsWith("OAuth realm=\"a \\\"quoted\\\" \\\\ realm, é\", "),
                s.authorizationHeader());
        assertEquals("a \"quoted\" \\ realm, é", headerParams(s.authorizationHeader()).get("realm"));
    }

    @Test
    void header_realmWithControlCharacters_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> Fixtures.pinned().realm("a\r\nX-Injected: 1"));
        assertThrows(IllegalArgumentException.class, () -> Fixtures.pinned().realm("a\u007F"));
    }

    @Test
    void header_everyValueIsPercentEncoded() {
        OAuth1Signer.Builder b = Fixtures.pinned().token("tok \"en\",", "s").callback("https://app/cb?x=1&y=\"2\"")
                .verifier("v=1,2").nonceSupplier(() -> "n o\"n,ce");
        SignedRequest s = sign(b, SignatureType.HEADER, "GET", URI_WITH_QUERY, Map.of());
        Map<String, String> params = headerParams(s.authorizationHeader());
        assertEquals("tok%20%22en%22%2C", params.get("oauth_token"));
        assertEquals("https%3A%2F%2Fapp%2Fcb%3Fx%3D1%26y%3D%222%22", params.get("oauth_callback"));
        assertEquals("v%3D1%2C2", params.get("oauth_verifier"));
        assertEquals("n%20o%22n%2Cce", params.get("oauth_nonce"));
        for (String value : params.values()) {
            assertTrue(value.matches("[A-Za-z0-9._~%-]*"), value); // nothing needing quoting or escaping
        }
        assertEquals(PercentEncoding.encode(s.signature()), params.get("oauth_signature"));
    }

    @Test
    void header_uriIsUnchanged_butForTheFragment() {
        SignedRequest s = sign(Fixtures.pinned(), SignatureType.HEADER, "GET", URI_WITH_QUERY, Map.of());
        assertEquals("https://api.example.com/1/items?b=x+y&a=%7e%2A&c", s.uri().toString());
        assertNull(s.formBody());
    }

    @Test
    void header_formBodyIsTheEncodedFormOnly() {
        SignedRequest s = sign(Fixtures.pinned(), SignatureType.HEADER, "POST", URI_WITH_QUERY,
                form("status", "a b+c", "e", "é"));
        assertEquals("status=a%20b%2Bc&e=%C3%A9", s.formBody());
        assertNull(s.uri().getRawFragment());
    }

    // ---- QUERY (§3.5.3)

    @Test
    void query_existingQueryKeptVerbatim_oauthParametersAppended() {
        SignedRequest s = sign(Fixtures.pinned().token("t", "ts"), SignatureType.QUERY, "GET", URI_WITH_QUERY,
                Map.of());
        String q = s.uri().getRawQuery();
        assertTrue(q.startsWith("b=x+y&a=%7e%2A&c&oauth_consumer_key=client-id&"), q);
        assertTrue(q.endsWith("&oauth_signature=" + PercentEncoding.encode(s.signature())), q);
        assertTrue(q.contains("&oauth_token=t&"), q);
        assertTrue(q.contains("&oauth_version=1.0&"), q);
        assertNull(s.authorizationHeader());
        assertNull(s.formBody());
    }

    @Test
    void query_fragmentIsDropped_andSchemeHostPathKept() {
        SignedRequest s = sign(Fixtures.pinned(), SignatureType.QUERY, "GET", URI_WITH_QUERY, Map.of());
        assertNull(s.uri().getRawFragment());
        assertEquals("https://api.example.com/1/items", s.uri().toString().substring(0, s.uri().toString().indexOf('?')));
    }

    @Test
    void query_withoutExistingQuery_holdsOnlyTheProtocolParameters() {
        SignedRequest s = sign(Fixtures.pinned(), SignatureType.QUERY, "GET",
                URI.create("http://example.com:8080/p%20q"), Map.of());
        assertTrue(s.uri().toString().startsWith("http://example.com:8080/p%20q?oauth_consumer_key=client-id&"),
                s.uri().toString());
    }

    @Test
    void query_valuesAreEncoded_andTheQueryStillParses() {
        SignedRequest s = sign(Fixtures.pinned().token("a&b=c", "ts").callback("https://x/?y=1#z"),
                SignatureType.QUERY, "GET", URI.create("http://example.com/"), Map.of());
        String q = s.uri().getRawQuery();
        assertTrue(q.contains("oauth_token=a%26b%3Dc&"), q);
        assertTrue(q.contains("oauth_callback=https%3A%2F%2Fx%2F%3Fy%3D1%23z&"), q);
        Map<String, String> decoded = ResponseParameters.parseForm(q);
        assertEquals("a&b=c", decoded.get("oauth_token"));
        assertEquals("https://x/?y=1#z", decoded.get("oauth_callback"));
        assertEquals(s.signature(), decoded.get("oauth_signature"));
    }

    @Test
    void query_signedParametersAreExactlyWhatIsSent() {
        SignedRequest s = sign(Fixtures.pinned(), SignatureType.QUERY, "POST", URI_WITH_QUERY, form("f", "1"));
        // everything in the query but the signature, and the form, is in the base string
        EncodedParameters p = new EncodedParameters(8);
        p.addRawForm(s.uri().getRawQuery());
        p.addRawForm(s.formBody());
        p.sort();
        assertEquals(p.normalised(), Fixtures.normalisedParameters(s.baseString()));
        assertEquals("f=1", s.formBody());
    }

    // ---- BODY (§3.5.2)

    @Test
    void body_isTheEncodedFormThenTheProtocolParameters() {
        SignedRequest s = sign(Fixtures.pinned(), SignatureType.BODY, "POST", URI_WITH_QUERY,
                form("status", "Hello Ladies + Gentlemen", "empty", ""));
        String body = s.formBody();
        assertTrue(body.startsWith("status=Hello%20Ladies%20%2B%20Gentlemen&empty=&oauth_consumer_key=client-id&"),
                body);
        assertTrue(body.endsWith("&oauth_signature=" + PercentEncoding.encode(s.signature())), body);
        assertNull(s.authorizationHeader());
        assertEquals("https://api.example.com/1/items?b=x+y&a=%7e%2A&c", s.uri().toString());
    }

    @Test
    void body_withoutForm_holdsOnlyTheProtocolParameters() {
        SignedRequest s = sign(Fixtures.pinned(), SignatureType.BODY, "GET", URI.create("http://example.com/r"),
                Map.of());
        List<String[]> pairs = pairs(s.formBody());
        assertEquals("oauth_consumer_key", pairs.get(0)[0]);
        assertEquals("oauth_signature", pairs.get(pairs.size() - 1)[0]);
        assertFalse(s.formBody().startsWith("&"));
        assertEquals("http://example.com/r", s.uri().toString());
    }

    @Test
    void body_signedParametersAreExactlyWhatIsSent() {
        SignedRequest s = sign(Fixtures.pinned().token("t", "s"), SignatureType.BODY, "PUT", URI_WITH_QUERY,
                form("x", "1 2", "x", "*"));
        EncodedParameters p = new EncodedParameters(8);
        p.addRawForm(s.uri().getRawQuery());
        p.addRawForm(s.formBody());
        p.sort();
        assertEquals(p.normalised(), Fixtures.normalisedParameters(s.baseString()));
    }

    @Test
    void everyPlacement_signsTheSameBaseString() {
        OAuth1Signer.Builder b = Fixtures.pinned().token("t", "s").callback("oob");
        Map<String, List<String>> f = form("k", "v w");
        String header = sign(b, SignatureType.HEADER, "POST", URI_WITH_QUERY, f).baseString();
        assertEquals(header, sign(b, SignatureType.QUERY, "POST", URI_WITH_QUERY, f).baseString());
        assertEquals(header, sign(b, SignatureType.BODY, "POST", URI_WITH_QUERY, f).baseString());
    }

    @Test
    void method_isUpperCased() {
        assertEquals("DELETE", sign(Fixtures.pinned(), SignatureType.HEADER, "delete", URI_WITH_QUERY, Map.of())
                .method());
    }

    @Test
    void nullForm_isRejectedWithAHint() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> Fixtures.pinned().build().sign("GET", URI_WITH_QUERY, null));
        assertTrue(e.getMessage().contains("empty map"), e.getMessage());
    }
}
