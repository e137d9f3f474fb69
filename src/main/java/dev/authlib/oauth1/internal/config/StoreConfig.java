package dev.authlib.oauth1.internal.config;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The validated settings of the built-in temporary-credential stores ({@code authlib.oauth.store*}). Immutable;
 * {@link #toString()} shows key ids, never a key.
 *
 * @param kind which built-in store keeps pending logins
 * @param ttl how long a login may stay pending
 * @param maxPending pending logins kept per session or browser (the oldest is dropped)
 * @param cookieKeys key id to 32-byte AES key, the first seals (cookie store only, else empty)
 * @param jcache the cache of the JCache store
 */
public record StoreConfig(Kind kind, Duration ttl, int maxPending, Map<String, byte[]> cookieKeys,
        JCacheConfig jcache) {
    public static final Duration DEFAULT_TTL = Duration.ofMinutes(10);
    public static final int DEFAULT_MAX_PENDING = 10;
    public static final String DEFAULT_CACHE_NAME = "authlib-oauth1-pending";

    /** The built-in stores. */
    public enum Kind {
        /** The HTTP session (the default). */
        SESSION,
        /** Sealed cookies in the browser. */
        COOKIE,
        /** A JSR-107 cache the nodes share. */
        JCACHE
    }

    /**
     * @param cacheName the cache
     * @param provider a {@code CachingProvider} class name, or null for the only one on the class path
     * @param uri the cache manager's URI, or null for the provider's default
     * @param properties the cache manager's properties
     * @param keys key id to 32-byte key that sign the browser ids, the first signs (JCache store only, else empty)
     */
    public record JCacheConfig(String cacheName, String provider, URI uri, Map<String, String> properties,
            Map<String, byte[]> keys) {
        public JCacheConfig {
            properties = Map.copyOf(properties);
            keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys)); // ordered: the first signs
        }

        @Override
        public String toString() {
            return "JCacheConfig[" + cacheName + ", provider=" + provider + ", uri=" + uri + ", keys=" + keys.keySet()
                    + "]";
        }
    }

    public StoreConfig {
        cookieKeys = Collections.unmodifiableMap(new LinkedHashMap<>(cookieKeys)); // ordered: the first seals
    }

    /** The TTL in whole seconds, rounded up: the {@code Max-Age} of the stores' cookies. */
    public int ttlSeconds() {
        long seconds = (ttl.toMillis() + 999) / 1000;
        return (int) Math.min(Integer.MAX_VALUE, seconds);
    }

    @Override
    public String toString() {
        return "StoreConfig[" + kind + ", ttl=" + ttl + ", maxPending=" + maxPending + ", cookieKeys="
                + cookieKeys.keySet() + "]";
    }
}
