package dev.authlib.oauth1.internal.store;

import dev.authlib.oauth1.OAuth1ConfigurationException;
import dev.authlib.oauth1.internal.Messages;
import dev.authlib.oauth1.internal.config.ConfigKeys;
import dev.authlib.oauth1.internal.config.StoreConfig;
import java.time.Duration;
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

/**
 * The JCache (JSR-107) cache of {@code authlib.oauth.store=jcache}: the only class that touches {@code javax.cache},
 * loaded only when that store is selected, so the API stays an optional dependency. Keys are strings, values byte
 * arrays: nothing the cache's nodes need the library's classes for.
 *
 * <p>Settings: {@code authlib.oauth.store.jcache.cache-name} (default {@code authlib-oauth1-pending}),
 * {@code .provider} (a {@link CachingProvider} class name; default the only one on the class path),
 * {@code .uri} and {@code .properties.<name>} (the provider's cache manager, e.g. a configuration file). A cache that
 * does not exist is created with entries expiring {@code authlib.oauth.store.ttl} after their creation.
 */
final class JCachePendingLogins implements JCacheTemporaryCredentialStore.PendingCache {
    private final Cache<String, byte[]> cache;

    private JCachePendingLogins(Cache<String, byte[]> cache) {
        this.cache = cache;
    }

    /** Finds or creates the configured cache; every problem is an {@link OAuth1ConfigurationException}. */
    static JCachePendingLogins open(StoreConfig.JCacheConfig settings, Duration ttl) {
        String providerClass = settings.provider();
        CachingProvider provider;
        try {
            provider = providerClass == null ? Caching.getCachingProvider() : Caching.getCachingProvider(providerClass);
        } catch (CacheException e) {
            throw new OAuth1ConfigurationException(List.of(providerClass == null
                    ? Messages.noJCacheProvider(ConfigKeys.STORE, ConfigKeys.JCACHE_PROVIDER, cause(e))
                    : Messages.unknownJCacheProvider(ConfigKeys.JCACHE_PROVIDER, providerClass, cause(e))));
        }
        try {
            Properties properties = new Properties();
            properties.putAll(settings.properties());
            CacheManager manager = provider.getCacheManager(settings.uri() == null ? provider.getDefaultURI()
                    : settings.uri(), provider.getDefaultClassLoader(), properties);
            return new JCachePendingLogins(cache(manager, settings.cacheName(), ttl));
        } catch (CacheException | IllegalArgumentException | IllegalStateException | ClassCastException e) {
            throw new OAuth1ConfigurationException(List.of(Messages.jcacheUnusable(ConfigKeys.STORE,
                    settings.cacheName(), provider.getClass().getName(), cause(e), ConfigKeys.JCACHE_URI + ", "
                            + ConfigKeys.JCACHE_PROPERTIES + ".* and " + ConfigKeys.JCACHE_CACHE_NAME)));
        }
    }

    @Override
    public void put(String key, byte[] value) {
        cache.put(key, value);
    }

    @Override
    public void remove(String key) {
        cache.remove(key);
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
