package dev.authlib.oauth1.internal.store;

import dev.authlib.oauth1.internal.config.ConfigScan;
import dev.authlib.oauth1.internal.config.StoreConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The built-in stores' settings at run time ({@code authlib.oauth.store*}, validated at deployment) and the clock
 * they expire pending logins by.
 */
@ApplicationScoped
public class StoreSettings {
    private StoreConfig config;
    private volatile SealedBox box;
    private volatile BrowserIds cookieIds;
    private volatile BrowserIds jcacheIds;
    private volatile Clock clock = Clock.systemUTC();

    @PostConstruct
    void read() {
        config = ConfigScan.store(ConfigProvider.getConfig());
    }

    StoreConfig config() {
        return config;
    }

    Duration ttl() {
        return config.ttl();
    }

    int ttlSeconds() {
        return config.ttlSeconds();
    }

    int maxPending() {
        return config.maxPending();
    }

    /** The cookie store's keys; only when it is selected (deployment has checked there are some). */
    SealedBox box() {
        SealedBox b = box;
        if (b == null) {
            b = new SealedBox(config.cookieKeys(), new SecureRandom());
            box = b;
        }
        return b;
    }

    /** The cookie store's browser ids, signed with keys derived from its cookie keys. */
    BrowserIds cookieBrowserIds() {
        BrowserIds ids = cookieIds;
        if (ids == null) {
            ids = new BrowserIds(config.cookieKeys().values());
            cookieIds = ids;
        }
        return ids;
    }

    /** The JCache store's browser ids, signed with {@code authlib.oauth.store.jcache.keys}. */
    BrowserIds jcacheBrowserIds() {
        BrowserIds ids = jcacheIds;
        if (ids == null) {
            ids = new BrowserIds(config.jcache().keys().values());
            jcacheIds = ids;
        }
        return ids;
    }

    Clock clock() {
        return clock;
    }

    /** For tests: a clock to expire pending logins with. */
    void clock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String toString() {
        return "StoreSettings[" + config + "]";
    }
}
