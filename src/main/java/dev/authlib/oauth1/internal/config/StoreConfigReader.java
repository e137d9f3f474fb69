package dev.authlib.oauth1.internal.config;

import static dev.authlib.oauth1.internal.config.ConfigKeys.*;

import dev.authlib.oauth1.internal.Messages;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Reads {@code authlib.oauth.store*}; every problem goes to {@link Problems}. */
final class StoreConfigReader {
    private StoreConfigReader() {}

    /** @return the settings, with defaults where a value was invalid (the problem is reported) */
    static StoreConfig read(Settings config, Problems problems) {
        String kindText = value(config, STORE);
        StoreConfig.Kind kind = StoreConfig.Kind.SESSION;
        if (kindText != null) {
            try {
                kind = StoreConfig.Kind.valueOf(kindText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(Messages.unknownStore(STORE, kindText));
            }
        }
        Duration ttl = StoreConfig.DEFAULT_TTL;
        String ttlText = value(config, STORE_TTL);
        if (ttlText != null) {
            ttl = Values.parseDuration(ttlText);
            if (ttl == null) {
                problems.add(Messages.notDuration(STORE_TTL, ttlText));
                ttl = StoreConfig.DEFAULT_TTL;
            }
        }
        int maxPending = positive(config, STORE_MAX_PENDING, StoreConfig.DEFAULT_MAX_PENDING, problems);
        Map<String, byte[]> keys = Map.of();
        if (kind == StoreConfig.Kind.COOKIE) {
            keys = CookieKeys.parse(value(config, COOKIE_KEYS), problems);
        }
        return new StoreConfig(kind, ttl, maxPending, keys, jcache(config, kind == StoreConfig.Kind.JCACHE, problems));
    }

    private static StoreConfig.JCacheConfig jcache(Settings config, boolean selected, Problems problems) {
        String name = config.value(JCACHE_CACHE_NAME).map(String::trim)
                .orElse(StoreConfig.DEFAULT_CACHE_NAME);
        if (name.isEmpty()) {
            problems.add(Messages.emptyCacheName(JCACHE_CACHE_NAME, StoreConfig.DEFAULT_CACHE_NAME));
            name = StoreConfig.DEFAULT_CACHE_NAME;
        }
        URI uri = null;
        String uriText = value(config, JCACHE_URI);
        if (uriText != null) {
            try {
                uri = new URI(uriText);
            } catch (URISyntaxException e) {
                problems.add(Messages.notUri(JCACHE_URI, uriText));
            }
        }
        Map<String, String> properties = new TreeMap<>();
        String prefix = JCACHE_PROPERTIES + ".";
        for (String key : config.propertyNames()) {
            if (key.startsWith(prefix) && key.length() > prefix.length()) {
                config.value(key)
                        .ifPresent(v -> properties.put(key.substring(prefix.length()), v));
            }
        }
        Map<String, byte[]> keys = selected ? CookieKeys.parse(JCACHE_KEYS, value(config, JCACHE_KEYS), problems,
                Messages.jcacheKeysMissing(JCACHE_KEYS)) : Map.of();
        return new StoreConfig.JCacheConfig(name, value(config, JCACHE_PROVIDER), uri, properties, keys);
    }

    static int positive(Settings config, String key, int defaultValue, Problems problems) {
        String text = value(config, key);
        if (text == null) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(text);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(Messages.notPositiveNumber(key, text));
        return defaultValue;
    }

    /** The trimmed value, or null when absent or blank. */
    static String value(Settings config, String key) {
        return config.value(key).map(String::trim).filter(s -> !s.isEmpty()).orElse(null);
    }
}
