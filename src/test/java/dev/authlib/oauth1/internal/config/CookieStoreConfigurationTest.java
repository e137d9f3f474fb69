package dev.authlib.oauth1.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.authlib.oauth1.internal.cdi.TestDeployments;
import dev.authlib.oauth1.internal.store.TestKeys;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/** Each invalid store configuration fails the deployment with a message naming the key and the fix, never a key. */
@SuppressWarnings("try") // TestConfig and the container are held for their scope only
class CookieStoreConfigurationTest {
    static final String SHORT_KEY = Base64.getEncoder().encodeToString(new byte[16]);

    /** Deploys with the store configured so, expecting the deployment to fail; returns the problems. */
    static List<String> problems(String store, String keys) {
        Map<String, String> p = new HashMap<>();
        if (store != null) {
            p.put("authlib.oauth.store", store);
        }
        if (keys != null) {
            p.put("authlib.oauth.store.cookie.keys", keys);
        }
        try (TestConfig c = TestConfig.with(p); WeldContainer container = TestDeployments.weld().initialize()) {
            fail("the container started");
            return List.of();
        } catch (RuntimeException e) {
            List<String> problems = TestDeployments.reportedProblems(e);
            problems.forEach(m -> assertFalse(m.contains(SHORT_KEY), "echoes key material: " + m));
            return problems;
        }
    }

    static String only(List<String> problems) {
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    @Test
    void cookieStoreWithoutKeys_namesTheKeyAndHowToGenerateOne() {
        String m = only(problems("cookie", null));
        assertTrue(m.startsWith("AUTHJ1210: authlib.oauth.store.cookie.keys: missing;"), m);
        assertTrue(m.contains("openssl rand -base64 32"), m);
    }

    @Test
    void onlyCommas_countAsMissing() {
        assertTrue(only(problems("cookie", " , ")).startsWith("AUTHJ1210: authlib.oauth.store.cookie.keys: missing;"));
    }

    @Test
    void shortKey_isReportedWithItsIdAndSize() {
        String m = only(problems("cookie", "k1:" + SHORT_KEY));
        assertEquals("AUTHJ1215: authlib.oauth.store.cookie.keys: entry 1: key 'k1' is 16 bytes, AES-256 needs exactly 32; "
                + "generate a key with `openssl rand -base64 32`", m);
    }

    @Test
    void keyThatIsNotBase64_isReportedWithoutEchoingIt() {
        String m = only(problems("cookie", TestKeys.keyEntry("k1", 1) + ",k0:not*base64!"));
        assertEquals("AUTHJ1214: authlib.oauth.store.cookie.keys: entry 2: key 'k0' is not base64; generate a key with "
                + "`openssl rand -base64 32`", m);
    }

    @Test
    void keyWithoutId_isReportedWithoutEchoingIt() {
        String bare = Base64.getEncoder().encodeToString(TestKeys.key(3));
        String m = only(problems("cookie", bare));
        assertTrue(m.startsWith("AUTHJ1211: authlib.oauth.store.cookie.keys: entry 1 is not keyId:key"), m);
        assertFalse(m.contains(bare.substring(0, 8)), m);
    }

    @Test
    void invalidAndDuplicateKeyIds_areReported() {
        List<String> problems = problems("cookie", "bad id:" + SHORT_KEY + "," + TestKeys.keyEntry("k1", 1)
                + "," + TestKeys.keyEntry("k1", 2));
        assertEquals(List.of(
                "AUTHJ1212: authlib.oauth.store.cookie.keys: entry 1: the key id must be 1 to 32 letters, digits, '-' or '_'",
                "AUTHJ1213: authlib.oauth.store.cookie.keys: entry 3: key id 'k1' appears twice"), problems);
    }

    @Test
    void everyBadEntry_isReportedTogether() {
        assertEquals(3, problems("cookie", "k1:" + SHORT_KEY + ", no-colon ,bad id:" + SHORT_KEY + ",").size());
    }

    @Test
    void unknownStore_namesTheChoices() {
        String m = only(problems("redis", null));
        assertEquals("AUTHJ1201: authlib.oauth.store: 'redis' is not a built-in store; use session (the default: the HTTP "
                + "session), cookie (encrypted in the browser, with authlib.oauth.store.cookie.keys) or jcache (a "
                + "JSR-107 cache the nodes share)", m);
    }

    @Test
    void allZeroKey_isRefusedAsAPlaceholder() {
        String zero = Base64.getEncoder().encodeToString(new byte[32]);
        assertEquals("AUTHJ1216: authlib.oauth.store.cookie.keys: entry 1: key 'k1' has all its bytes alike, which "
                + "no random key has; generate a key with `openssl rand -base64 32`", only(problems("cookie",
                        "k1:" + zero)));
    }

    @Test
    void sessionStore_needsNoKeys_andIgnoresThem() {
        for (Map<String, String> p : List.<Map<String, String>>of(Map.of(), Map.of("authlib.oauth.store", "session",
                "authlib.oauth.store.cookie.keys", "k1:" + SHORT_KEY))) {
            try (TestConfig c = TestConfig.with(p); WeldContainer container = TestDeployments.weld().initialize()) {
                assertEquals(StoreConfig.Kind.SESSION, ConfigScan.store(org.eclipse.microprofile.config.ConfigProvider
                        .getConfig()).kind());
            }
        }
    }

    @Test
    void keysInUrlSafeBase64_andSpaces_areAccepted() {
        String urlSafe = Base64.getUrlEncoder().encodeToString(TestKeys.key(0xfb));
        try (TestConfig c = TestConfig.with(Map.of("authlib.oauth.store", " Cookie ",
                "authlib.oauth.store.cookie.keys", " k1 : " + urlSafe + " , " + TestKeys.keyEntry("k0", 2)));
                WeldContainer container = TestDeployments.weld().initialize()) {
            StoreConfig s = ConfigScan.store(org.eclipse.microprofile.config.ConfigProvider.getConfig());
            assertEquals(StoreConfig.Kind.COOKIE, s.kind());
            assertEquals("StoreConfig[COOKIE, ttl=PT10M, maxPending=10, cookieKeys=[k1, k0]]", s.toString());
        }
    }
}
