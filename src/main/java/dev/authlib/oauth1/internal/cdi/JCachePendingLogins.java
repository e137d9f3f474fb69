package dev.authlib.oauth1.internal.cdi;

import dev.authlib.oauth1.OAuth1ConfigurationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.spi.CachingProvider;
import org.eclipse.microprofile.config.Config;

/**
 * The JCache (JSR-107) cache of {@code authlib.oauth.store=jcache}: the only class that touches {@code javax.cache},
 * loaded only when that store is selected, so the API stays an optional dependency. Keys are strings, values byte
 * arrays: nothing the cache's nodes need the library's classes for.
 *
 * <p>Settings: {@code authlib.oauth.store.jcache.cache-name} (default {@value #DEFAULT_CACHE_NAME}),
 * {@code .provider} (a {@link CachingProvider} class name; default the only one on the class path),
 * {@code .uri} and {@code .properties.<name>} (the provider's cache manager, e.g. a configuration file). A cache that
 * does not exist is created with entries expiring {@code authlib.oauth.store.ttl} after their creation.
 */
final class JCachePendingLogins implements JCacheTemporaryCredentialStore.PendingCache {
    static final String PREFIX = ClientHooks.STORE + ".jcache.";
    static final String CACHE_NAME = PREFIX + "cache-name";
    static final String PROVIDER = PREFIX + "provider";
    static final String URI_KEY = PREFIX + "uri";
    static final String PROPERTIES = PREFIX + "properties.";
    static final String DEFAULT_CACHE_NAME = "authlib-oauth1-pending";

    private final Cache<String, byte[]> cache;

    private JCachePendingLogins(Cache<String, byte[]> cache) {
        this.cache = cache;
    }

    /** Finds or creates the configured cache; every problem is an {@link OAuth1ConfigurationException}. */
    static JCachePendingLogins open(Config config, Duration ttl) {
        String name = config.getOptionalValue(CACHE_NAME, String.class).map(String::trim).orElse(DEFAULT_CACHE_NAME);
        String providerClass = config.getOptionalValue(PROVIDER, String.class).map(String::trim).orElse(null);
        List<String> problems = new ArrayList<>();
        URI uri = config.getOptionalValue(URI_KEY, String.class).map(u -> uri(u.trim(), problems)).orElse(null);
        if (name.isEmpty()) {
            problems.add(CACHE_NAME + ": empty; leave it out for " + DEFAULT_CACHE_NAME);
        }
        if (!problems.isEmpty()) {
            throw new OAuth1ConfigurationException(problems);
        }
        CachingProvider provider;
        try {
            provider = providerClass == null ? Caching.getCachingProvider() : Caching.getCachingProvider(providerClass);
        } catch (CacheException e) {
            throw new OAuth1ConfigurationException(List.of(providerClass == null
                    ? ClientHooks.STORE + "=jcache needs exactly one JCache provider on the class path (" + cause(e)
                            + "): add one, such as Hazelcast or Infinispan, or name it with " + PROVIDER
                    : PROVIDER + ": '" + providerClass + "' is not a JCache provider on the class path (" + cause(e)
                            + ")"));
        }
        try {
            CacheManager manager = provider.getCacheManager(uri == null ? provider.getDefaultURI() : uri,
                    provider.getDefaultClassLoader(), properties(config));
            return new JCachePendingLogins(cache(manager, name, ttl));
        } catch (CacheException | IllegalArgumentException | IllegalStateException | ClassCastException e) {
            throw new OAuth1ConfigurationException(List.of(ClientHooks.STORE + "=jcache: cache '" + name
                    + "' of " + provider.getClass().getName() + " cannot be used (" + cause(e) + "); check " + URI_KEY
                    + ", " + PROPERTIES + "* and " + CACHE_NAME));
        }
    }

    @Override
    public void put(String key, byte[] value) {
        cache.put(key, value);
    }

    @Override
    public byte[] getAndRemove(String key) {
        return cache.getAndRemove(key); // atomic: of two nodes taking the same login, one gets it
    }

    private static Cache<String, byte[]> cache(CacheManager manager, String name, Duration ttl) {
        Cache<String, byte[]> cache = manager.getCache(name);
        if (cache != null) {
            return cache;
        }
        MutableConfiguration<String, byte[]> configuration = new MutableConfiguration<String, byte[]>()
                .setTypes(String.class, byte[].class)
                .setStoreByValue(true)
                .setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(
                        new javax.cache.expiry.Duration(TimeUnit.MILLISECONDS, ttl.toMillis())));
        try {
            return manager.createCache(name, configuration);
        } catch (CacheException e) {
            Cache<String, byte[]> created = manager.getCache(name); // another node created it meanwhile
            if (created == null) {
                throw e;
            }
            return created;
        }
    }

    private static Properties properties(Config config) {
        Properties p = new Properties();
        for (String key : config.getPropertyNames()) {
            if (key.startsWith(PROPERTIES) && key.length() > PROPERTIES.length()) {
                config.getOptionalValue(key, String.class)
                        .ifPresent(v -> p.setProperty(key.substring(PROPERTIES.length()), v));
            }
        }
        return p;
    }

    private static URI uri(String text, List<String> problems) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            problems.add(URI_KEY + ": '" + text + "' is not a URI");
            return null;
        }
    }

    /** The innermost message: the provider's own explanation. */
    private static String cause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    @Override
    public String toString() {
        return "JCachePendingLogins[" + cache.getName() + "]";
    }
}
