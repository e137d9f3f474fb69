package dev.authlib.oauth1.signature;

import static dev.authlib.oauth1.signature.Fixtures.form;
import static dev.authlib.oauth1.signature.Fixtures.normalisedParameters;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** RFC 5849 §3.4.1.3: which parameters are signed, how they are encoded and sorted. */
class ParameterNormalisationTest {

    private static final String OAUTH = "oauth_consumer_key=client-id&oauth_nonce=" + Fixtures.NONCE
            + "&oauth_signature_method=HMAC-SHA1&oauth_timestamp=" + Fixtures.TIMESTAMP + "&oauth_version=1.0";

    private static String normalised(String uri, Map<String, List<String>> form) {
        return normalisedParameters(Fixtures.pinned().build().sign("POST", URI.create(uri), form).baseString());
    }

    private static String sortedParams(String... raw) {
        EncodedParameters p = new EncodedParameters(4);
        for (String r : raw) {
            p.addRawForm(r);
        }
        p.sort();
        return p.normalised();
    }

    @Test
    void queryFormAndProtocolParameters_areAllSigned() {
        assertEquals("a=1&b=2&" + OAUTH, normalised("http://example.com/?b=2", form("a", "1")));
    }

    @Test
    void repeatedNames_areKept_andSortedByValue() {
        assertEquals("a=1&a=2&a=3&" + OAUTH, normalised("http://example.com/?a=3&a=1", form("a", "2")));
    }

    @Test
    void repeatedNamesInTheForm_areKept() {
        assertEquals("b=&b=b&b=c&" + OAUTH, normalised("http://example.com/", form("b", "c", "b", "", "b", "b")));
    }

    @Test
    void sameNameAndValueTwice_isSignedTwice() {
        assertEquals("a=1&a=1&" + OAUTH, normalised("http://example.com/?a=1", form("a", "1")));
    }

    @Test
    void sortIsByEncodedName_thenEncodedValue_inByteOrder() {
        // encoded: "%2A" < "A" < "Z" < "_" < "a" < "z" < "~"; an escaped value ("%") sorts before digits
        assertEquals("%2A=&A=&Z=&_=&a=%20&a=%C3%A9&a=0&z=&~=",
                sortedParams("~=&z=&a=%C3%A9&a=0&a=+&_=&Z=&A=&*="));
    }

    @Test
    void sortUsesEncodedForm_notDecodedText() {
        // decoded "a b" < "a+b" but encoded "a%20b" < "a%2Bb" agrees; decoded "a~" > "a!" while "a~" > "a%21" too;
        // decoded "é" (U+00E9) > "z" but encoded "%C3%A9" < "z": the encoded order wins
        assertEquals("k=%C3%A9&k=z", sortedParams("k=z&k=%C3%A9"));
        assertEquals("n%C3%A9=&nz=", sortedParams("nz=&n%C3%A9="));
    }

    @Test
    void nameOrder_comesBeforeValueOrder() {
        // "a=z" before "a1=a": the name "a" sorts before "a1" whatever the values
        assertEquals("a=z&a1=a", sortedParams("a1=a&a=z"));
    }

    @Test
    void manyParameters_areSortedLikeFew() {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            pairs.add(String.format("p%03d=v%d", i / 3, i % 3));
        }
        String expected = String.join("&", pairs);
        Collections.shuffle(pairs, new Random(5849));
        assertEquals(expected, sortedParams(String.join("&", pairs)));
    }

    @Test
    void queryEncoding_isNormalised() {
        // '+' and %20 are a space, lower-case hex and needless escapes are re-encoded per §3.6
        assertEquals("a=x%20y&b=%2A&c=~&d=%C3%A9&e=%2B&f=%21&g=%3D%253D",
                sortedParams("a=x+y&b=*&c=%7e&d=%c3%a9&e=%2B&f=!&g=%3D%253D"));
    }

    @Test
    void rawNonAsciiInQuery_isEncodedAsUtf8() {
        assertEquals("a=caf%C3%A9%20%F0%9F%98%80&" + OAUTH, normalised("http://example.com/?a=café+😀", Map.of()));
    }

    @Test
    void formValues_areEncoded() {
        assertEquals("msg=Hello%20%2B%20%2A~%25%26%3D%23%C3%A9%F0%9F%98%80&" + OAUTH,
                normalised("http://example.com/", form("msg", "Hello + *~%&=#é😀")));
    }

    @Test
    void alreadyEncodedFormValues_areEncodedAgain() {
        assertEquals("a=%2520%252B&" + OAUTH, normalised("http://example.com/", form("a", "%20%2B")));
    }

    @Test
    void emptyValues_keepTheirEqualsSign() {
        assertEquals("a=&b=&" + OAUTH, normalised("http://example.com/?a=", form("b", "")));
    }

    @Test
    void keysWithoutEquals_haveEmptyValues() {
        assertEquals("c2=&d=&e=1&" + OAUTH, normalised("http://example.com/?c2&d&e=1", Map.of()));
    }

    @Test
    void emptyQuerySegments_areIgnored() {
        assertEquals("a=1&b=2&" + OAUTH, normalised("http://example.com/?&a=1&&b=2&", Map.of()));
    }

    @Test
    void emptyName_isKept() {
        assertEquals("=v&" + OAUTH, normalised("http://example.com/?=v", Map.of()));
    }

    @Test
    void valueWithEqualsSign_splitsAtTheFirst() {
        assertEquals("a=b%3Dc&" + OAUTH, normalised("http://example.com/?a=b=c", Map.of()));
    }

    @Test
    void formNameWithEmptyValueList_isNotSent() {
        Map<String, List<String>> f = new java.util.LinkedHashMap<>();
        f.put("none", List.of());
        f.put("a", List.of("1"));
        SignedRequest signed = Fixtures.pinned().build().sign("POST", URI.create("http://example.com/"), f);
        assertEquals("a=1&" + OAUTH, normalisedParameters(signed.baseString()));
        assertEquals("a=1", signed.formBody());
    }

    @Test
    void realm_isNeverInTheBaseString() {
        SignedRequest signed = Fixtures.pinned().realm("Photos").build()
                .sign("GET", URI.create("http://example.com/"), Map.of());
        assertFalse(signed.baseString().contains("realm"), signed.baseString());
        assertFalse(signed.baseString().contains("Photos"), signed.baseString());
        assertTrue(signed.authorizationHeader().startsWith("OAuth realm=\"Photos\", "));
    }

    @Test
    void realmAsQueryParameter_isAnOrdinaryParameter() {
        // §3.4.1.3.1 excludes only the Authorization header's realm; a query parameter of that name is signed
        assertEquals("oauth_consumer_key=client-id&oauth_nonce=" + Fixtures.NONCE
                + "&oauth_signature_method=HMAC-SHA1&oauth_timestamp=" + Fixtures.TIMESTAMP
                + "&oauth_version=1.0&realm=q", normalised("http://example.com/?realm=q", Map.of()));
    }

    @Test
    void oauthSignature_isNeverInTheBaseString() {
        SignedRequest signed = Fixtures.pinned().build().sign("POST",
                URI.create("http://example.com/?oauth_signature=stale&a=1"), form("oauth_signature", "old", "b", "2"));
        assertEquals("a=1&b=2&" + OAUTH, normalisedParameters(signed.baseString()));
        assertFalse(signed.baseString().contains("oauth_signature%3D"), signed.baseString());
    }

    @Test
    void protocolParameterValues_areEncoded() {
        SignedRequest signed = Fixtures.pinned().token("t/k n", "s").nonceSupplier(() -> "n+n")
                .build().sign("GET", URI.create("http://example.com/"), Map.of());
        String params = normalisedParameters(signed.baseString());
        assertTrue(params.contains("oauth_nonce=n%2Bn&"), params);
        assertTrue(params.contains("oauth_token=t%2Fk%20n&"), params);
    }

    @Test
    void baseString_isMethodUriAndParameters_joinedByAmpersand() {
        SignedRequest signed = Fixtures.pinned().build()
                .sign("post", URI.create("https://example.com/a?b=c%20d"), Map.of());
        assertEquals("POST&https%3A%2F%2Fexample.com%2Fa&b%3Dc%2520d%26oauth_consumer_key%3Dclient-id%26"
                + "oauth_nonce%3D" + Fixtures.NONCE + "%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D"
                + Fixtures.TIMESTAMP + "%26oauth_version%3D1.0", signed.baseString());
    }

    @Test
    void customMethod_isUpperCasedAndEncoded() {
        // §3.4.1.1: "If the request uses a custom HTTP method, it MUST be encoded (Section 3.6)."
        SignedRequest signed = Fixtures.pinned().build().sign("m-search*", URI.create("http://example.com/"), Map.of());
        assertTrue(signed.baseString().startsWith("M-SEARCH%2A&http%3A%2F%2F"), signed.baseString());
        assertEquals("M-SEARCH*", signed.method());
    }
}
