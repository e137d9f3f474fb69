package dev.authlib.oauth1.internal.cdi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.authlib.oauth1.OAuth1ConfigurationException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/** Each invalid store configuration fails the start with a message naming the key and the fix, never a key. */
@SuppressWarnings("try") // TestConfig and the container are held for their scope only
class CookieStoreConfigurationTest {
    static final String SHORT_KEY = Base64.getEncoder().encodeToString(new byte[16]);

    /** Starts a container with the store configured so, expecting the start to fail; returns the problems. */
    static List<String> problems(String store, String keys) {
        Map<String, String> p = new HashMap<>();
        if (store != null) {
            p.put("authlib.oauth.store", store);
        }
        if (keys != null) {
            p.put("authlib.oauth.store.cookie.keys", keys);
        }
        try (TestConfig c = TestConfig.with(p); WeldContainer container = EncryptedCookieStoreTest.weld().initialize()) {
            fail("the container started");
            return List.of();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof OAuth1ConfigurationException) {
                    List<String> problems = ((OAuth1ConfigurationException) t).problems();
                    problems.forEach(m -> assertFalse(m.contains(SHORT_KEY), "echoes key material: " + m));
                    return problems;
                }
            }
            throw e;
        }
    }

    static String only(List<String> problems) {
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    @Test
    void cookieStoreWithoutKeys_namesTheKeyAndHowToGenerateOne() {
        String m = only(problems("cookie", null));
        assertTrue(m.startsWith("authlib.oauth.store.cookie.keys: missing;"), m);
        assertTrue(m.contains("openssl rand -base64 32"), m);
    }

    @Test
    void onlyCommas_countAsMissing() {
        assertTrue(only(problems("cookie", " , ")).startsWith("authlib.oauth.store.cookie.keys: missing;"));
    }

    @Test
    void shortKey_isReportedWithItsIdAndSize() {
        String m = only(problems("cookie", "k1:" + SHORT_KEY));
        assertEquals("authlib.oauth.store.cookie.keys: entry 1: key 'k1' is 16 bytes, AES-256 needs exactly 32; "
                + "generate a key with `openssl rand -base64 32`", m);
    }

    @Test
    void keyThatIsNotBase64_isReportedWithoutEchoingIt() {
        String m = only(problems("cookie", SealedBoxTest.keyEntry("k1", 1) + ",k0:not*base64!"));
        assertEquals("authlib.oauth.store.cookie.keys: entry 2: key 'k0' is not base64; generate a key with "
                + "`openssl rand -base64 32`", m);
    }

    @Test
    void keyWithoutId_isReportedWithoutEchoingIt() {
        String bare = Base64.getEncoder().encodeToString(SealedBoxTest.key(3));
        String m = only(problems("cookie", bare));
        assertTrue(m.startsWith("authlib.oauth.store.cookie.keys: entry 1 is not keyId:key"), m);
        assertFalse(m.contains(bare.substring(0, 8)), m);
    }

    @Test
    void invalidAndDuplicateKeyIds_areReported() {
        List<String> problems = problems("cookie", "bad id:" + SHORT_KEY + "," + SealedBoxTest.keyEntry("k1", 1)
                + "," + SealedBoxTest.keyEntry("k1", 2));
        assertEquals(List.of(
                "authlib.oauth.store.cookie.keys: entry 1: the key id must be 1 to 32 letters, digits, '-' or '_'",
                "authlib.oauth.store.cookie.keys: entry 3: key id 'k1' appears twice"), problems);
    }

    @Test
    void everyBadEntry_isReportedTogether() {
        assertEquals(3, problems("cookie", "k1:" + SHORT_KEY + ", no-colon ,bad id:" + SHORT_KEY + ",").size());
    }

    @Test
    void unknownStore_namesTheChoices() {
        String m = only(problems("redis", null));
        assertEquals("authlib.oauth.store: 'redis' is not a built-in store; use session (the default: the HTTP "
                + "session), cookie (encrypted in the browser, with authlib.oauth.store.cookie.keys) or jcache (a "
                + "JSR-107 cache the nodes share)", m);
    }

    @Test
    void sessionStore_needsNoKeys_andIgnoresThem() {
        for (Map<String, String> p : List.<Map<String, String>>of(Map.of(), Map.of("authlib.oauth.store", "session",
                "authlib.oauth.store.cookie.keys", "k1:" + SHORT_KEY))) {
            try (TestConfig c = TestConfig.with(p); WeldContainer container = EncryptedCookieStoreTest.weld()
                    .initialize()) {
                assertFalse(container.select(CookieStoreSettings.class).get().cookieSelected());
            }
        }
    }

    @Test
    void keysInUrlSafeBase64_andSpaces_areAccepted() {
        String urlSafe = Base64.getUrlEncoder().encodeToString(SealedBoxTest.key(0xfb));
        try (TestConfig c = TestConfig.with(Map.of("authlib.oauth.store", " Cookie ",
                "authlib.oauth.store.cookie.keys", " k1 : " + urlSafe + " , " + SealedBoxTest.keyEntry("k0", 2)));
                WeldContainer container = EncryptedCookieStoreTest.weld().initialize()) {
            CookieStoreSettings s = container.select(CookieStoreSettings.class).get();
            assertTrue(s.cookieSelected());
            assertEquals("SealedBox[AES-256-GCM, keys=[k1, k0], sealing=k1]", s.box().toString());
        }
    }
}
