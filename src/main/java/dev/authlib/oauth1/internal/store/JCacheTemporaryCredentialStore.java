package dev.authlib.oauth1.internal.store;

import dev.authlib.oauth1.OAuth1ConfigurationException;
import dev.authlib.oauth1.TemporaryCredentialStore;
import dev.authlib.oauth1.TemporaryCredentials;
import dev.authlib.oauth1.internal.Messages;
import dev.authlib.oauth1.internal.config.ConfigKeys;
import dev.authlib.oauth1.internal.config.StoreConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

/**
 * The store of {@code authlib.oauth.store=jcache}: pending logins in a JCache (JSR-107) cache that the nodes share
 * (Hazelcast, Infinispan, ...), so that the callback may land on any node and no HTTP session is needed. The browser
 * holds only an opaque id that this server issued and signed ({@link BrowserIds}; {@value #ID_COOKIE}, {@code HttpOnly},
 * {@code SameSite=Lax}; over https {@code __Host-authlib_oauth1_id}, {@code Secure}, {@code Path=/}); an id it did not
 * issue is ignored and replaced, so a planted or chosen id binds nothing. The cache holds, under a key derived from
 * the id, client and token, the credentials sealed with a key derived from the id ({@link BrowserBoundEntries}), and
 * per browser an index that bounds its pending logins to {@code max-pending} ({@link BrowserIndex}). Taking is the cache's atomic
 * {@code getAndRemove}: once, on whichever node comes first. Entries expire through the cache's expiry policy and
 * through the expiry they carry.
 *
 * <p>No {@code javax.cache} type appears here: the API and a provider are needed only once this store is selected.
 */
@ApplicationScoped
@Typed(JCacheTemporaryCredentialStore.class)
public class JCacheTemporaryCredentialStore implements TemporaryCredentialStore {
    static final String ID_COOKIE = "authlib_oauth1_id";

    /** The cache as this store uses it; the JCache implementation is {@link JCachePendingLogins}. */
    interface PendingCache {
        void put(String key, byte[] value);

        byte[] getAndRemove(String key);

        void remove(String key);
    }

    @Inject
    StoreSettings settings;

    @Inject
    CookieJar jar;

    private final SecureRandom random = new SecureRandom();
    private volatile PendingCache cache;

    /** @return whether the configuration chose this store */
    boolean selected() {
        return settings.config().kind() == StoreConfig.Kind.JCACHE;
    }

    /** Fails the start, not the first login, when the cache cannot be had. */
    void validateAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (selected()) {
            cache();
        }
    }

    @Override
    public void save(String clientName, TemporaryCredentials credentials) {
        CookieJar.requireAttached(jar, "jcache", "binds pending logins to the browser with a cookie");
        PendingCache pending = cache();
        BrowserIds ids = settings.jcacheBrowserIds();
        String id = jar.get(jar.idName(ID_COOKIE)).filter(i -> ids.verify(i).isPresent())
                .orElseGet(() -> ids.mint(random)); // an id this server did not issue is ignored and replaced
        byte[] idBytes = ids.verify(id).orElseThrow();
        String key = BrowserBoundEntries.cacheKey(idBytes, clientName, credentials.token());
        long now = settings.clock().millis();
        long expiresAt = now + settings.ttl().toMillis();
        pending.put(key, BrowserBoundEntries.seal(idBytes, clientName, key, credentials, expiresAt, random));
        index(pending, idBytes, key, expiresAt, now);
        jar.setId(ID_COOKIE, id, settings.ttlSeconds()); // lives as long as the newest login
    }

    @Override
    public Optional<TemporaryCredentials> take(String clientName, String token) {
        CookieJar.requireAttached(jar, "jcache", "binds pending logins to the browser with a cookie");
        Optional<byte[]> id = jar.get(jar.idName(ID_COOKIE)).flatMap(settings.jcacheBrowserIds()::verify);
        if (id.isEmpty()) {
            return Optional.empty(); // another browser, a planted id, or this one's cookie expired: nothing looked up
        }
        String key = BrowserBoundEntries.cacheKey(id.get(), clientName, token);
        byte[] value = cache().getAndRemove(key);
        long now = settings.clock().millis();
        Optional<TemporaryCredentials> taken = BrowserBoundEntries.open(id.get(), clientName, key, value)
                .filter(o -> o.expiresAtMillis() > now)
                .filter(o -> LoginKeys.sameToken(o.credentials().token(), token))
                .map(SealedEntries.Opened::credentials);
        if (value != null) {
            index(cache(), id.get(), key, Long.MIN_VALUE, now); // no longer pending
        }
        return taken;
    }

    /**
     * Updates the browser's index: drops expired and taken entries, adds {@code key} unless its expiry is
     * {@link Long#MIN_VALUE} (taken), and removes the oldest entries beyond {@code max-pending} from the cache. Read and
     * rewritten, not atomic: two nodes saving for one browser at the same instant may each miss the other's entry,
     * which then only expires. The rewrite starts the index's own expiry afresh.
     */
    private void index(PendingCache pending, byte[] id, String key, long expiresAt, long now) {
        String indexKey = BrowserBoundEntries.indexKey(id);
        List<BrowserIndex.Entry> entries = BrowserIndex.read(pending.getAndRemove(indexKey));
        entries.removeIf(e -> e.expiresAtMillis() <= now || e.cacheKey().equals(key));
        if (expiresAt != Long.MIN_VALUE) {
            entries.add(new BrowserIndex.Entry(key, expiresAt));
        }
        while (entries.size() > settings.maxPending()) {
            pending.remove(entries.remove(0).cacheKey());
        }
        if (!entries.isEmpty()) {
            pending.put(indexKey, BrowserIndex.write(entries));
        }
    }

    private PendingCache cache() {
        PendingCache c = cache;
        if (c == null) {
            synchronized (this) {
                c = cache;
                if (c == null) {
                    c = open();
                    cache = c;
                }
            }
        }
        return c;
    }

    private PendingCache open() {
        try {
            return JCachePendingLogins.open(settings.config().jcache(), settings.ttl());
        } catch (NoClassDefFoundError e) {
            throw new OAuth1ConfigurationException(List.of(Messages.noJCacheApi(ConfigKeys.STORE)));
        }
    }

    @Override
    public String toString() {
        return "JCacheTemporaryCredentialStore[" + (cache == null ? "not opened" : cache) + "]";
    }
}
