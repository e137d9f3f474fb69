package dev.authlib.oauth1.internal.cdi;

import dev.authlib.oauth1.OAuth1ConfigurationException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Settings of the built-in temporary-credential stores: {@code authlib.oauth.store.ttl} (how long a login may stay
 * pending, default 10 minutes) and {@code authlib.oauth.store.max-pending} (pending logins per session, default 10).
 */
@ApplicationScoped
public class StoreSettings {
    static final String TTL = "authlib.oauth.store.ttl";
    static final String MAX_PENDING = "authlib.oauth.store.max-pending";

    private Duration ttl;
    private int maxPending;
    private volatile Clock clock = Clock.systemUTC();

    @PostConstruct
    void read() {
        Config config = ConfigProvider.getConfig();
        String ttlText = config.getOptionalValue(TTL, String.class).orElse("PT10M").trim();
        try {
            ttl = Duration.parse(ttlText);
        } catch (DateTimeParseException e) {
            ttl = null;
        }
        if (ttl == null || ttl.isNegative() || ttl.isZero()) {
            throw new OAuth1ConfigurationException(List.of(TTL + ": '" + ttlText
                    + "' is not a positive ISO-8601 duration such as PT10M"));
        }
        String maxText = config.getOptionalValue(MAX_PENDING, String.class).orElse("10").trim();
        try {
            maxPending = Integer.parseInt(maxText);
        } catch (NumberFormatException e) {
            maxPending = 0;
        }
        if (maxPending < 1) {
            throw new OAuth1ConfigurationException(List.of(MAX_PENDING + ": '" + maxText
                    + "' is not a positive whole number"));
        }
    }

    Duration ttl() {
        return ttl;
    }

    /** The TTL in whole seconds, rounded up: the {@code Max-Age} of the stores' cookies. */
    int ttlSeconds() {
        long seconds = (ttl.toMillis() + 999) / 1000;
        return (int) Math.min(Integer.MAX_VALUE, seconds);
    }

    int maxPending() {
        return maxPending;
    }

    Clock clock() {
        return clock;
    }

    /** For tests: a clock to expire pending logins with. */
    void clock(Clock clock) {
        this.clock = clock;
    }
}
