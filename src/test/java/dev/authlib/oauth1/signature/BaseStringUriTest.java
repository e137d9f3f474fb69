package dev.authlib.oauth1.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RFC 5849 §3.4.1.2: the base string URI. */
class BaseStringUriTest {

    private static String of(String uri) {
        return BaseStringUri.of(URI.create(uri));
    }

    @Test
    void schemeAndHost_areLowerCased_pathKeepsItsCase() {
        assertEquals("https://api.example.com/Path/To/X", of("HTTPS://API.Example.COM/Path/To/X"));
    }

    @Test
    void port80ForHttp_isDropped() {
        assertEquals("http://example.com/a", of("http://example.com:80/a"));
    }

    @Test
    void port443ForHttps_isDropped() {
        assertEquals("https://example.com/a", of("https://example.com:443/a"));
    }

    @Test
    void nonDefaultPorts_areKept() {
        assertEquals("http://example.com:8080/a", of("http://example.com:8080/a"));
        assertEquals("https://example.com:8443/a", of("https://example.com:8443/a"));
        assertEquals("http://example.com:443/a", of("http://example.com:443/a")); // 443 is not http's default
        assertEquals("https://example.com:80/a", of("https://example.com:80/a")); // nor 80 https's
    }

    @Test
    void emptyPort_isDropped() {
        assertEquals("http://example.com/a", of("http://example.com:/a"));
    }

    @Test
    void emptyPath_isSlash() {
        assertEquals("http://example.com/", of("http://example.com"));
        assertEquals("http://example.com/", of("http://example.com?a=b"));
    }

    @Test
    void queryAndFragment_areDropped() {
        assertEquals("http://example.com/a/b", of("http://example.com/a/b?x=1&y=2#frag"));
        assertEquals("http://example.com/", of("http://example.com#frag"));
    }

    @Test
    void userInfo_isDropped() {
        assertEquals("https://example.com/a", of("https://user:pass@example.com/a"));
    }

    @Test
    void ipv6Host_keepsItsBrackets_andIsLowerCased() {
        assertEquals("http://[2001:db8::1]:8080/x", of("http://[2001:DB8::1]:8080/x"));
        assertEquals("https://[::1]/", of("https://[::1]:443"));
    }

    @Test
    void ipv4Host_isKept() {
        assertEquals("http://127.0.0.1:9000/", of("http://127.0.0.1:9000/"));
    }

    @Test
    void pathEscapes_areKeptAsSent() {
        assertEquals("http://example.com/r%20v/a%2fb/%7E", of("http://example.com/r%20v/a%2fb/%7E"));
    }

    @Test
    void pathSubDelimiters_areKeptAsSent() {
        assertEquals("http://example.com/a;p=1/b,c/@d:e/*!$'()+", of("http://example.com/a;p=1/b,c/@d:e/*!$'()+"));
    }

    @Test
    void nonAsciiPath_isEncodedAsUtf8Octets() {
        assertEquals("http://example.com/caf%C3%A9/%E4%B8%AD/%F0%9F%98%80",
                of("http://example.com/café/中/😀"));
    }

    @Test
    void nonAsciiPath_equalsWhatAnHttpClientSends() {
        URI uri = URI.create("http://example.com/caf\u00e9/\u4e2d");
        assertEquals(URI.create(uri.toASCIIString()).getRawPath(), URI.create(BaseStringUri.of(uri)).getRawPath());
    }

    @Test
    void inBaseString_uriIsPercentEncodedOnceMore() {
        SignedRequest signed = Fixtures.pinned().build()
                .sign("GET", URI.create("HTTP://Example.COM:80/r%20v/café?q=1#f"), Map.of());
        assertTrue(signed.baseString().startsWith("GET&http%3A%2F%2Fexample.com%2Fr%2520v%2Fcaf%25C3%25A9&"),
                signed.baseString());
        assertFalse(signed.baseString().contains("%23f"));
    }

    @Test
    void relativeUri_isRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> of("/a/b?secret=1"));
        assertTrue(e.getMessage().contains("absolute"), e.getMessage());
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
    }

    @Test
    void safeForm_dropsQueryAndUserInfo() {
        assertEquals("https://example.com/a", BaseStringUri.safe(URI.create("https://u:p@example.com/a?token=s#f")));
    }

    @Test
    void hostWithUnderscore_isKeptThoughJavaNetUriFindsNoHost() {
        assertEquals("https://a_b.example.com:8443/x", of("https://A_B.example.com:8443/x?y=1"));
        assertEquals("http://a_b.example.com/", of("http://user@a_b.example.com:80"));
    }
}
