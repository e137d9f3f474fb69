package dev.authlib.oauth1.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.TemporaryCredentials;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cookie format: a name per login, a value bound to that name, that client, that browser and its expiry. */
class PendingLoginCookiesTest {
    static final TemporaryCredentials CREDENTIALS = new TemporaryCredentials("tok-1", "s3cr3t", true,
            Map.of("authlib_return_to", "/account?tab=1", "xoauth_extra", "é"));
    static final long EXPIRES = 1_800_000_000_000L;

    static final byte[] BROWSER = "browser-id-bits!".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    final SealedBox box = SealedBoxTest.box("k1", 1);

    @Test
    void name_isPrefixAnd16Base64urlCharacters_perClientAndToken() {
        String name = PendingLoginCookies.name("twitter", "tok-1");
        assertTrue(name.matches("authlib_o1_[A-Za-z0-9_-]{16}"), name);
        assertNotEquals(name, PendingLoginCookies.name("twitter", "tok-2"));
        assertNotEquals(name, PendingLoginCookies.name("idp", "tok-1"));
        assertNotEquals(PendingLoginCookies.name("ab", "c"), PendingLoginCookies.name("a", "bc"));
    }

    @Test
    void sealedValue_opensToTheCredentialsAndExpiry() {
        String name = PendingLoginCookies.name("twitter", "tok-1");
        String value = PendingLoginCookies.seal(box, "twitter", name, BROWSER, CREDENTIALS, EXPIRES);
        assertTrue(value.matches("[A-Za-z0-9_-]+"), "cookie-octets only");
        SealedEntries.Opened opened = PendingLoginCookies.open(box, "twitter", name, BROWSER, value).orElseThrow();
        assertEquals(CREDENTIALS, opened.credentials());
        assertEquals(EXPIRES, opened.expiresAtMillis());
        assertEquals(EXPIRES, PendingLoginCookies.claimedExpiry(value));
    }

    @Test
    void valueUnderAnotherCookieName_opensToEmpty() {
        String name = PendingLoginCookies.name("twitter", "tok-1");
        String value = PendingLoginCookies.seal(box, "twitter", name, BROWSER, CREDENTIALS, EXPIRES);
        String other = PendingLoginCookies.name("twitter", "tok-2");
        assertTrue(PendingLoginCookies.open(box, "twitter", other, BROWSER, value).isEmpty());
    }

    /** A value sealed for one browser, planted in another (a sibling subdomain's cookie, say), does not open. */
    @Test
    void valueOfAnotherBrowser_opensToEmpty() {
        String name = PendingLoginCookies.name("twitter", "tok-1");
        String value = PendingLoginCookies.seal(box, "twitter", name, BROWSER, CREDENTIALS, EXPIRES);
        byte[] other = BROWSER.clone();
        other[0] ^= 1;
        assertTrue(PendingLoginCookies.open(box, "twitter", name, other, value).isEmpty());
    }

    @Test
    void valueForAnotherClient_opensToEmpty() {
        String name = PendingLoginCookies.name("twitter", "tok-1");
        String value = PendingLoginCookies.seal(box, "twitter", name, BROWSER, CREDENTIALS, EXPIRES);
        assertTrue(PendingLoginCookies.open(box, "idp", name, BROWSER, value).isEmpty());
    }

    @Test
    void extendedExpiry_opensToEmpty() {
        String name = PendingLoginCookies.name("twitter", "tok-1");
        byte[] bytes = Base64.getUrlDecoder().decode(PendingLoginCookies.seal(box, "twitter", name, BROWSER, CREDENTIALS,
                EXPIRES));
        ByteBuffer.wrap(bytes).putLong(1, EXPIRES + 86_400_000L);
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        assertEquals(EXPIRES + 86_400_000L, PendingLoginCookies.claimedExpiry(forged));
        assertTrue(PendingLoginCookies.open(box, "twitter", name, BROWSER, forged).isEmpty());
    }

    @Test
    void garbage_opensToEmpty() {
        String name = PendingLoginCookies.name("twitter", "tok-1");
        for (String junk : new String[] {"", "x", "%%%", "AAAA", "AQ", "deleted"}) {
            assertTrue(PendingLoginCookies.open(box, "twitter", name, BROWSER, junk).isEmpty(), junk);
            assertEquals(Long.MIN_VALUE, PendingLoginCookies.claimedExpiry(junk), junk);
        }
    }

    @Test
    void nonCanonicalBase64_opensToEmpty() {
        String name = PendingLoginCookies.name("twitter", "tok-1");
        String value = PendingLoginCookies.seal(box, "twitter", name, BROWSER, CREDENTIALS, EXPIRES);
        assertTrue(PendingLoginCookies.open(box, "twitter", name, BROWSER, value + "=").isEmpty());
    }
}
