package dev.authlib.oauth1.internal.store;

import dev.authlib.oauth1.internal.config.TestConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.cache.HazelcastCachingProvider;
import com.hazelcast.core.HazelcastInstance;
import dev.authlib.oauth1.OAuth1ConfigurationException;
import dev.authlib.oauth1.TemporaryCredentialStore;
import dev.authlib.oauth1.TemporaryCredentials;
import jakarta.ws.rs.core.NewCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.configuration.CompleteConfiguration;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.spi.CachingProvider;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JCache store through CDI against a real JCache provider (an embedded Hazelcast member on 127.0.0.1), one
 * request context per browser request, as the JAX-RS filter drives it.
 */
class JCacheTemporaryCredentialStoreTest {
    static final String TOKEN = EncryptedCookieStoreTest.TOKEN;
    static final String SECRET = EncryptedCookieStoreTest.SECRET;
    static final TemporaryCredentials TYPICAL = EncryptedCookieStoreTest.TYPICAL;
    static final String MEMBER = "jcache-store-test";

    static HazelcastInstance member;

    TestConfig config;
    WeldContainer container;
    StoreSettings settings;
    JCacheTemporaryCredentialStore store;

    @BeforeAll
    static void startMember() {
        int port = TestHazelcast.freePort();
        member = TestHazelcast.member(MEMBER, "authlib-unit-" + System.nanoTime(), port, List.of(port));
    }

    @AfterAll
    static void stopMember() {
        if (member != null) {
            member.shutdown();
        }
    }

    static Weld weld() {
        return TestStores.weld();
    }

    static Map<String, String> jcacheConfig(String cacheName) {
        Map<String, String> p = new HashMap<>(TestHazelcast.storeConfig(MEMBER));
        p.put("authlib.oauth.store.jcache.cache-name", cacheName);
        return p;
    }

    void start(Map<String, String> properties) {
        stop();
        config = TestConfig.with(properties);
        container = weld().initialize();
        settings = container.select(StoreSettings.class).get();
        store = container.select(JCacheTemporaryCredentialStore.class).get();
    }

    /** A fresh cache per test: the name is unique, the store creates it. */
    String startWithFreshCache() {
        String name = "pending-" + System.nanoTime();
        start(jcacheConfig(name));
        return name;
    }

    @AfterEach
    void stop() {
        if (container != null) {
            container.close();
            container = null;
        }
        if (config != null) {
            config.close();
            config = null;
        }
    }

    Browser browser() {
        return new Browser(container, false);
    }

    /** The cache as the test sees it, through the member's cache manager. */
    static Cache<String, byte[]> cacheSeenByTheTest(String name) {
        CachingProvider provider = Caching.getCachingProvider(TestHazelcast.MEMBER_PROVIDER);
        CacheManager manager = provider.getCacheManager(URI.create(TestHazelcast.MANAGER_URI),
                provider.getDefaultClassLoader(), HazelcastCachingProvider.propertiesByInstanceName(MEMBER));
        Cache<String, byte[]> cache = manager.getCache(name);
        assertNotNull(cache, "the store created cache " + name);
        return cache;
    }

    /** The pending logins in the cache (the browsers' indexes aside). */
    static Map<String, byte[]> contents(Cache<String, byte[]> cache) {
        Map<String, byte[]> all = new HashMap<>();
        cache.forEach(e -> {
            if (e.getValue().length == 0 || e.getValue()[0] != BrowserIndex.MARK) {
                all.put(e.getKey(), e.getValue());
            }
        });
        return all;
    }

    @Test
    void jcacheSetting_selectsThisStore_inStoreSelection() {
        startWithFreshCache();
        TemporaryCredentialStore chosen = container.select(StoreSelection.class).get().current();
        assertTrue(chosen instanceof JCacheTemporaryCredentialStore, String.valueOf(chosen));
    }

    @Test
    void savedLogin_isTakenInTheCallbackRequest_once() {
        startWithFreshCache();
        Browser b = browser();
        b.run(() -> store.save("twitter", TYPICAL));
        Optional<TemporaryCredentials> taken = b.request(() -> store.take("twitter", TOKEN));
        assertEquals(TYPICAL, taken.orElseThrow());
        assertEquals(SECRET, taken.get().tokenSecret());
        assertEquals("/account/settings?tab=profile", taken.get().parameters().get("authlib_return_to"));
        assertTrue(b.request(() -> store.take("twitter", TOKEN)).isEmpty(), "taken once");
    }

    @Test
    void browserCookie_isAnOpaqueId_httpOnlyLaxRootPath_livingTheTtl() {
        startWithFreshCache();
        Browser b = browser();
        b.run(() -> store.save("twitter", TYPICAL));
        NewCookie c = b.lastSet.get(0);
        assertEquals(JCacheTemporaryCredentialStore.ID_COOKIE, c.getName());
        assertTrue(c.getValue().matches("[A-Za-z0-9_-]{43}"), c.getValue());
        assertEquals(32, Base64.getUrlDecoder().decode(c.getValue()).length, "128 random bits and a 128-bit tag");
        assertTrue(c.isHttpOnly());
        assertEquals(NewCookie.SameSite.LAX, c.getSameSite());
        assertEquals(Browser.ROOT, c.getPath(), "over http: the JAX-RS root");
        assertEquals(600, c.getMaxAge());
        assertFalse(c.isSecure());
        Browser tls = new Browser(container, true);
        tls.run(() -> store.save("twitter", TYPICAL));
        NewCookie host = tls.lastSet.get(0);
        assertEquals("__Host-" + JCacheTemporaryCredentialStore.ID_COOKIE, host.getName());
        assertTrue(host.isSecure() && host.getDomain() == null, host.getName() + " " + host.getDomain());
        assertEquals("/", host.getPath());
        assertNotEquals(b.cookies.get(c.getName()), tls.cookies.get(host.getName()), "one id per browser");
    }

    @Test
    void severalLogins_ofOneBrowser_shareItsId_andWaitTogether() {
        startWithFreshCache();
        Browser b = browser();
        b.run(() -> store.save("twitter", TYPICAL));
        String id = b.cookies.get(JCacheTemporaryCredentialStore.ID_COOKIE);
        b.run(() -> store.save("twitter", new TemporaryCredentials("second-tab", "s2", true, null)));
        b.run(() -> store.save("my-idp", new TemporaryCredentials(TOKEN, "idp-secret", false, null)));
        assertEquals(id, b.cookies.get(JCacheTemporaryCredentialStore.ID_COOKIE));
        assertEquals("idp-secret", b.request(() -> store.take("my-idp", TOKEN)).orElseThrow().tokenSecret());
        assertEquals("s2", b.request(() -> store.take("twitter", "second-tab")).orElseThrow().tokenSecret());
        assertEquals(SECRET, b.request(() -> store.take("twitter", TOKEN)).orElseThrow().tokenSecret());
        assertEquals(id, b.cookies.get(JCacheTemporaryCredentialStore.ID_COOKIE), "taking keeps the id");
    }

    @Test
    void foreignBrowser_findsNothing_andTakesNothing() {
        String name = startWithFreshCache();
        Browser alice = browser();
        alice.run(() -> store.save("twitter", TYPICAL));
        Browser mallory = browser();
        assertTrue(mallory.request(() -> store.take("twitter", TOKEN)).isEmpty(), "no cookie: nothing found");
        assertTrue(mallory.lastSet.isEmpty(), "and no cookie set");
        mallory.run(() -> store.save("twitter", new TemporaryCredentials("mallory-token", "m", true, null)));
        assertTrue(mallory.request(() -> store.take("twitter", TOKEN)).isEmpty(), "her own id: nothing found");
        mallory.cookies.put(JCacheTemporaryCredentialStore.ID_COOKIE, "not-an-id");
        assertTrue(mallory.request(() -> store.take("twitter", TOKEN)).isEmpty(), "a malformed id: nothing");
        assertEquals(2, contents(cacheSeenByTheTest(name)).size(), "both logins are still pending");
        assertEquals(SECRET, alice.request(() -> store.take("twitter", TOKEN)).orElseThrow().tokenSecret());
    }

    /**
     * Login CSRF with a chosen id: Mallory puts an id of her choosing in Alice's browser (and starts her own login
     * under it). The store did not issue that id: Alice's next login gets a new one, and a callback presenting the
     * chosen id finds nothing. (The chosen id used to be adopted as it was.)
     */
    @Test
    void chosenBrowserId_isIgnoredAndReplaced_andBindsNothing() {
        String name = startWithFreshCache();
        String chosen = Base64.getUrlEncoder().withoutPadding().encodeToString("mallory's chosen id, 32 bytes!!!"
                .getBytes(StandardCharsets.US_ASCII));
        Browser mallory = new Browser(container, true);
        mallory.cookies.put("__Host-" + JCacheTemporaryCredentialStore.ID_COOKIE, chosen);
        mallory.run(() -> store.save("twitter", new TemporaryCredentials("mallory-token", "m", true, null)));
        String issued = mallory.cookies.get("__Host-" + JCacheTemporaryCredentialStore.ID_COOKIE);
        assertNotEquals(chosen, issued, "the chosen id was replaced");
        Browser alice = new Browser(container, true);
        alice.cookies.put("__Host-" + JCacheTemporaryCredentialStore.ID_COOKIE, chosen);
        assertTrue(alice.request(() -> store.take("twitter", "mallory-token")).isEmpty(), "the chosen id finds nothing");
        alice.run(() -> store.save("twitter", TYPICAL));
        assertNotEquals(chosen, alice.cookies.get("__Host-" + JCacheTemporaryCredentialStore.ID_COOKIE));
        assertEquals(2, contents(cacheSeenByTheTest(name)).size());
        // over https, an unprefixed id (what a sibling subdomain or plain http can plant) is not even read
        Browser planted = new Browser(container, true);
        planted.cookies.put(JCacheTemporaryCredentialStore.ID_COOKIE, issued);
        assertTrue(planted.request(() -> store.take("twitter", "mallory-token")).isEmpty());
        assertEquals("m", mallory.request(() -> store.take("twitter", "mallory-token")).orElseThrow().tokenSecret());
    }

    /** Like the other stores: at most max-pending logins per browser, the oldest removed from the cache. */
    @Test
    void beyondMaxPending_theOldestLoginsOfABrowserLeaveTheCache() {
        Map<String, String> p = jcacheConfig("pending-bounded-" + System.nanoTime());
        p.put("authlib.oauth.store.max-pending", "3");
        start(p);
        Instant t = Instant.parse("2026-01-01T10:00:00Z");
        Browser b = browser();
        for (int i = 0; i < 5; i++) {
            settings.clock(Clock.fixed(t.plusSeconds(i), ZoneOffset.UTC));
            String token = "t" + i;
            b.run(() -> store.save("twitter", new TemporaryCredentials(token, "s", true, null)));
        }
        Cache<String, byte[]> cache = cacheSeenByTheTest(p.get("authlib.oauth.store.jcache.cache-name"));
        assertEquals(3, contents(cache).size(), "bounded per browser");
        assertTrue(b.request(() -> store.take("twitter", "t0")).isEmpty(), "the oldest left");
        assertTrue(b.request(() -> store.take("twitter", "t1")).isEmpty());
        assertTrue(b.request(() -> store.take("twitter", "t4")).isPresent());
        b.run(() -> store.save("twitter", new TemporaryCredentials("t5", "s", true, null)));
        b.run(() -> store.save("twitter", new TemporaryCredentials("t6", "s", true, null)));
        assertTrue(b.request(() -> store.take("twitter", "t2")).isEmpty(), "taken logins count no more: t2 left");
        assertTrue(b.request(() -> store.take("twitter", "t3")).isPresent(), "t3, t5, t6 remain");
        Browser other = browser();
        other.run(() -> store.save("twitter", new TemporaryCredentials("o1", "s", true, null)));
        assertTrue(b.request(() -> store.take("twitter", "t5")).isPresent(), "another browser's logins count apart");
        assertTrue(other.request(() -> store.take("twitter", "o1")).isPresent());
    }

    @Test
    void loginOfAnotherClient_isNotTaken() {
        startWithFreshCache();
        Browser b = browser();
        b.run(() -> store.save("twitter", TYPICAL));
        assertTrue(b.request(() -> store.take("my-idp", TOKEN)).isEmpty());
    }

    @Test
    void cacheHoldsNeitherTheSecretNorTheId_andOnlyStringsAndBytes() {
        String name = startWithFreshCache();
        Browser b = browser();
        b.run(() -> store.save("twitter", TYPICAL));
        String id = b.cookies.get(JCacheTemporaryCredentialStore.ID_COOKIE);
        Map<String, byte[]> all = contents(cacheSeenByTheTest(name));
        assertEquals(1, all.size());
        Map.Entry<String, byte[]> e = all.entrySet().iterator().next();
        assertTrue(e.getKey().matches("[A-Za-z0-9_-]{43}"), "an HMAC-SHA256 in base64url: " + e.getKey());
        String value = new String(e.getValue(), StandardCharsets.ISO_8859_1);
        for (String secret : List.of(SECRET, Base64.getEncoder().encodeToString(SECRET.getBytes(
                StandardCharsets.UTF_8)), URLEncoder.encode(SECRET, StandardCharsets.UTF_8), id, TOKEN)) {
            assertFalse(value.contains(secret) || e.getKey().contains(secret), "the cache shows " + secret);
        }
    }

    @Test
    void createdCache_expiresEntriesTheTtlAfterCreation() {
        Map<String, String> p = jcacheConfig("pending-ttl-" + System.nanoTime());
        p.put("authlib.oauth.store.ttl", "PT7M");
        start(p);
        Browser b = browser();
        b.run(() -> store.save("twitter", TYPICAL));
        @SuppressWarnings("unchecked")
        CompleteConfiguration<String, byte[]> c = cacheSeenByTheTest(p.get("authlib.oauth.store.jcache.cache-name"))
                .getConfiguration(CompleteConfiguration.class);
        javax.cache.expiry.Duration creation = c.getExpiryPolicyFactory().create().getExpiryForCreation();
        assertEquals(Duration.ofMinutes(7).toMillis(), creation.getTimeUnit().toMillis(creation.getDurationAmount()));
    }

    @Test
    void entry_leavesTheCache_whenTheTtlHasPassed() throws InterruptedException {
        Map<String, String> p = jcacheConfig("pending-short-" + System.nanoTime());
        p.put("authlib.oauth.store.ttl", "PT1S");
        start(p);
        Browser b = browser();
        b.run(() -> store.save("twitter", TYPICAL));
        Cache<String, byte[]> cache = cacheSeenByTheTest(p.get("authlib.oauth.store.jcache.cache-name"));
        assertEquals(1, contents(cache).size());
        Thread.sleep(1_500);
        assertEquals(0, contents(cache).size(), "expired by the cache's own policy");
        assertTrue(b.request(() -> store.take("twitter", TOKEN)).isEmpty());
    }

    @Test
    void expiredLogin_isRefused_byTheExpiryItCarries_evenIfTheCacheKeptIt() {
        startWithFreshCache();
        Instant start = Instant.parse("2026-01-01T10:00:00Z");
        settings.clock(Clock.fixed(start, ZoneOffset.UTC));
        Browser b = browser();
        b.run(() -> store.save("twitter", TYPICAL));
        settings.clock(Clock.fixed(start.plus(Duration.ofMinutes(10)), ZoneOffset.UTC));
        assertTrue(b.request(() -> store.take("twitter", TOKEN)).isEmpty());
    }

    @Test
    void valueMovedUnderAnotherKey_doesNotOpen() {
        String name = startWithFreshCache();
        Browser alice = browser();
        alice.run(() -> store.save("twitter", TYPICAL));
        Browser mallory = browser();
        mallory.run(() -> store.save("twitter", new TemporaryCredentials("mallory-token", "m", true, null)));
        Cache<String, byte[]> cache = cacheSeenByTheTest(name);
        Map<String, byte[]> all = contents(cache);
        assertEquals(2, all.size());
        List<String> keys = new ArrayList<>(all.keySet());
        // swap the two values: each is bound to its key (and browser), so neither opens
        cache.put(keys.get(0), all.get(keys.get(1)));
        cache.put(keys.get(1), all.get(keys.get(0)));
        assertTrue(alice.request(() -> store.take("twitter", TOKEN)).isEmpty());
        assertTrue(mallory.request(() -> store.take("twitter", "mallory-token")).isEmpty());
    }

    @Test
    void concurrentCallbacks_withTheSameCookie_takeTheLoginOnce() throws Exception {
        startWithFreshCache();
        Browser b = browser();
        b.run(() -> store.save("twitter", TYPICAL));
        int n = 8;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Optional<TemporaryCredentials>>> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Browser copy = browser();
                copy.cookies.putAll(b.cookies);
                results.add(pool.submit(() -> {
                    go.await();
                    return copy.request(() -> store.take("twitter", TOKEN));
                }));
            }
            go.countDown();
            int won = 0;
            for (Future<Optional<TemporaryCredentials>> r : results) {
                won += r.get(30, TimeUnit.SECONDS).isPresent() ? 1 : 0;
            }
            assertEquals(1, won);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void cacheName_isConfigurable_andTheDefaultIsAuthlibOauth1Pending() {
        Map<String, String> p = TestHazelcast.storeConfig(MEMBER);
        start(p);
        browser().run(() -> store.save("twitter", TYPICAL));
        Cache<String, byte[]> cache = cacheSeenByTheTest("authlib-oauth1-pending");
        assertEquals(1, contents(cache).size());
        cache.clear();
    }

    @Test
    void existingCache_isUsedAsItIs() {
        String name = "pending-existing-" + System.nanoTime();
        CachingProvider provider = Caching.getCachingProvider(TestHazelcast.MEMBER_PROVIDER);
        CacheManager manager = provider.getCacheManager(URI.create(TestHazelcast.MANAGER_URI),
                provider.getDefaultClassLoader(), HazelcastCachingProvider.propertiesByInstanceName(MEMBER));
        Cache<Object, Object> existing = manager.createCache(name, new MutableConfiguration<>());
        start(jcacheConfig(name));
        Browser b = browser();
        b.run(() -> store.save("twitter", TYPICAL));
        assertTrue(existing.iterator().hasNext(), "the login waits in the existing cache");
        assertEquals(SECRET, b.request(() -> store.take("twitter", TOKEN)).orElseThrow().tokenSecret());
        assertFalse(existing.iterator().hasNext());
    }

    @Test
    void outsideAJaxRsRequest_theMisuseIsNamed() {
        startWithFreshCache();
        OAuth1ConfigurationException e = assertThrows(OAuth1ConfigurationException.class,
                () -> store.save("twitter", TYPICAL));
        assertTrue(e.problems().get(0).startsWith("AUTHJ2003: authlib.oauth.store=jcache binds pending logins to the browser "
                + "with a cookie, and this call is not inside a JAX-RS request"), e.problems().get(0));
    }

    @Test
    void toString_namesTheCache_neverAnEntry() {
        String name = startWithFreshCache();
        Browser b = browser();
        b.run(() -> store.save("twitter", TYPICAL));
        assertEquals("JCacheTemporaryCredentialStore[JCachePendingLogins[" + name + "]]", store.toString());
    }
}
