package dev.authlib.oauth1.internal.store;

import dev.authlib.oauth1.internal.config.TestConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.authlib.oauth1.OAuth1ConfigurationException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.jboss.weld.resources.ClassLoaderResourceLoader;
import org.junit.jupiter.api.Test;

/**
 * The JCache store's configuration problems fail the start with a message naming the key and the fix; without the
 * JCache API on the class path, every other store works as before.
 */
@SuppressWarnings("try") // TestConfig and the container are held for their scope only
class JCacheStoreConfigurationTest {

    static List<String> problems(Map<String, String> properties) {
        try (TestConfig c = TestConfig.with(properties);
                WeldContainer container = JCacheTemporaryCredentialStoreTest.weld().initialize()) {
            fail("the container started");
            return List.of();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof OAuth1ConfigurationException) {
                    return ((OAuth1ConfigurationException) t).problems();
                }
            }
            throw e;
        }
    }

    @Test
    void unknownProviderClass_isNamedWithItsKey_atStartup() {
        Map<String, String> p = Map.of("authlib.oauth.store", "jcache", "authlib.oauth.store.jcache.provider",
                "com.example.NoSuchCachingProvider", "authlib.oauth.store.jcache.keys", TestKeys.keyEntry("j1", 3));
        List<String> problems = problems(p);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("AUTHJ2007: authlib.oauth.store.jcache.provider: "
                + "'com.example.NoSuchCachingProvider' is not a JCache provider on the class path ("), problems.get(0));
    }

    @Test
    void invalidUriAndEmptyCacheName_areReportedTogether() {
        Map<String, String> p = new HashMap<>();
        p.put("authlib.oauth.store", "jcache");
        p.put("authlib.oauth.store.jcache.keys", TestKeys.keyEntry("j1", 3));
        p.put("authlib.oauth.store.jcache.uri", "not a uri");
        p.put("authlib.oauth.store.jcache.cache-name", " ");
        assertEquals(List.of("AUTHJ1220: authlib.oauth.store.jcache.cache-name: empty; leave it out for "
                + "authlib-oauth1-pending", "AUTHJ1221: authlib.oauth.store.jcache.uri: 'not a uri' is not a URI"),
                problems(p));
    }

    /** The store signs the browser ids it issues: without a key it cannot, and the deployment says so. */
    @Test
    void withoutKeys_theDeploymentFails_namingTheKey() {
        Map<String, String> p = new HashMap<>(TestHazelcast.storeConfig(JCacheTemporaryCredentialStoreTest.MEMBER));
        p.remove("authlib.oauth.store.jcache.keys");
        List<String> problems = problems(p);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("AUTHJ1232: authlib.oauth.store.jcache.keys: missing; "
                + "authlib.oauth.store=jcache signs the browser ids it issues with a server key"), problems.get(0));
    }

    @Test
    void badKeys_areReportedLikeCookieKeys_namingTheJCacheKey() {
        Map<String, String> p = new HashMap<>(TestHazelcast.storeConfig(JCacheTemporaryCredentialStoreTest.MEMBER));
        p.put("authlib.oauth.store.jcache.keys", "j1:" + java.util.Base64.getEncoder().encodeToString(new byte[32]));
        assertEquals(List.of("AUTHJ1216: authlib.oauth.store.jcache.keys: entry 1: key 'j1' has all its bytes alike, "
                + "which no random key has; generate a key with `openssl rand -base64 32`"), problems(p));
    }

    // --- without javax.cache on the class path ---

    /**
     * A class loader that has neither the JCache API nor Hazelcast, and loads the library's own classes itself, so
     * that they resolve {@code javax.cache} against it (as in an application that did not add the API).
     */
    static final class WithoutJCache extends ClassLoader {
        WithoutJCache(ClassLoader parent) {
            super("without-jcache", parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                if (name.startsWith("javax.cache.") || name.startsWith("com.hazelcast.")) {
                    throw new ClassNotFoundException(name);
                }
                if (!name.startsWith("dev.authlib.oauth1.")) {
                    return super.loadClass(name, resolve);
                }
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                        if (in == null) {
                            throw new ClassNotFoundException(name);
                        }
                        byte[] bytes = in.readAllBytes();
                        c = defineClass(name, bytes, 0, bytes.length);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return c;
            }
        }
    }

    /** Starts the library's store beans inside {@link WithoutJCache} with this configuration, runs {@code check}. */
    static void withoutJCache(Map<String, String> properties, ContainerCheck check) throws Exception {
        ClassLoader original = Thread.currentThread().getContextClassLoader();
        WithoutJCache loader = new WithoutJCache(JCacheStoreConfigurationTest.class.getClassLoader());
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(new HashMap<>(properties), "test", 500))
                .addDefaultInterceptors()
                .build();
        ConfigProviderResolver.instance().registerConfig(config, loader);
        Thread.currentThread().setContextClassLoader(loader);
        try {
            Weld weld = new Weld("without-jcache-" + System.nanoTime()).disableDiscovery()
                    .setResourceLoader(new ClassLoaderResourceLoader(loader));
            for (String bean : List.of("StoreSelection", "StoreSettings", "SessionTemporaryCredentialStore",
                    "EncryptedCookieStore", "CookieJar", "JCacheTemporaryCredentialStore")) {
                weld.addBeanClass(loader.loadClass("dev.authlib.oauth1.internal.store." + bean));
            }
            check.run(loader, weld);
        } finally {
            Thread.currentThread().setContextClassLoader(original);
            ConfigProviderResolver.instance().releaseConfig(config);
        }
    }

    interface ContainerCheck {
        void run(ClassLoader loader, Weld weld) throws Exception;
    }

    @Test
    void theLoaderReallyLacksJCache() throws Exception {
        withoutJCache(Map.of(), (loader, weld) -> {
            assertThrows(ClassNotFoundException.class, () -> loader.loadClass("javax.cache.Caching"));
            Class<?> store = loader.loadClass("dev.authlib.oauth1.internal.store.JCacheTemporaryCredentialStore");
            assertEquals(loader, store.getClassLoader());
            // what a CDI container reflects on: no signature of the bean needs javax.cache
            assertNotNull(store.getDeclaredMethods());
            assertNotNull(store.getDeclaredFields());
            assertNotNull(store.getDeclaredConstructors());
            assertThrows(NoClassDefFoundError.class,
                    () -> loader.loadClass("dev.authlib.oauth1.internal.store.JCachePendingLogins").getDeclaredFields());
        });
    }

    @Test
    void withoutJCache_theSessionAndCookieStoresStart() throws Exception {
        Map<String, String> cookie = EncryptedCookieStoreTest.cookieConfig();
        for (Map<String, String> p : List.of(Map.<String, String>of(), Map.of("authlib.oauth.store", "session"),
                cookie)) {
            withoutJCache(p, (loader, weld) -> {
                try (WeldContainer container = weld.initialize()) {
                    Class<?> selection = loader.loadClass("dev.authlib.oauth1.internal.store.StoreSelection");
                    Object s = container.select(selection).get();
                    assertFalse(s.toString().contains("JCACHE"), s.toString());
                    Class<?> store = loader.loadClass("dev.authlib.oauth1.internal.store.JCacheTemporaryCredentialStore");
                    assertEquals("JCacheTemporaryCredentialStore[not opened]", container.select(store).get()
                            .toString());
                }
            });
        }
    }

    @Test
    void withoutJCache_selectingIt_failsTheStart_namingTheKeyAndTheFix() throws Exception {
        withoutJCache(Map.of("authlib.oauth.store", "jcache", "authlib.oauth.store.jcache.keys",
                TestKeys.keyEntry("j1", 3)), (loader, weld) -> {
            RuntimeException e = assertThrows(RuntimeException.class, () -> weld.initialize().close());
            Throwable t = e;
            while (t != null && !t.getClass().getName().equals(OAuth1ConfigurationException.class.getName())) {
                t = t.getCause();
            }
            assertNotNull(t, () -> "no OAuth1ConfigurationException in " + e);
            assertEquals(loader, t.getClass().getClassLoader(), "thrown by the library as loaded without JCache");
            assertTrue(t.getMessage().contains("authlib.oauth.store=jcache keeps pending logins in a JCache (JSR-107) "
                    + "cache, and the JCache API is not on the class path: add a JCache provider (such as Hazelcast "
                    + "or Infinispan, with javax.cache:cache-api), or choose another authlib.oauth.store"),
                    t.getMessage());
        });
    }
}
