package dev.authlib.oauth1.internal.store;

import dev.authlib.oauth1.internal.Messages;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The logins recently completed on this node, kept until their cookie would have expired anyway, so that a copy of
 * a cookie (the browser deletes its own) cannot be used a second time here. Bounded, and the bound agrees with the
 * TTL: it holds {@value #LOGINS_PER_SECOND} logins per second for a whole TTL. When it is full of logins whose cookies
 * are still alive it refuses further takes rather than forget one that could still be replayed (fail closed; the
 * user starts again later). Other nodes do not see this set; the provider, which accepts a verifier once, is the
 * last line.
 */
final class TakenTokens {
    private static final System.Logger LOG = System.getLogger(TakenTokens.class.getName());
    /** Sustained completed logins per second per node, for a whole TTL (the measured peak is about 140). */
    static final int LOGINS_PER_SECOND = 200;
    static final int MIN_CAPACITY = 1_000;
    static final int MAX_CAPACITY = 2_000_000;

    private final int capacity;
    private final LinkedHashMap<String, Long> taken = new LinkedHashMap<>();
    private long lastWarning = Long.MIN_VALUE;

    TakenTokens(int capacity) {
        this.capacity = capacity;
    }

    /** A guard sized for logins that stay replayable for {@code ttl}. */
    static TakenTokens forTtl(Duration ttl) {
        long wanted = Math.max(1, (ttl.toMillis() + 999) / 1000) * LOGINS_PER_SECOND;
        return new TakenTokens((int) Math.max(MIN_CAPACITY, Math.min(MAX_CAPACITY, wanted)));
    }

    int capacity() {
        return capacity;
    }

    /**
     * @param key the login's digest
     * @param expiresAtMillis when its cookie expires
     * @return true the first time; false for a replay, and while the guard is full
     */
    synchronized boolean firstTake(String key, long expiresAtMillis, long nowMillis) {
        purge(nowMillis);
        Long known = taken.get(key);
        if (known != null && known > nowMillis) {
            return false;
        }
        if (taken.size() >= capacity) {
            taken.values().removeIf(expiry -> expiry <= nowMillis); // stragglers aside, all of it
            if (taken.size() >= capacity) {
                if (nowMillis - lastWarning >= 60_000) {
                    lastWarning = nowMillis;
                    LOG.log(System.Logger.Level.WARNING, Messages.replayGuardFull(capacity));
                }
                return false;
            }
        }
        taken.remove(key);
        taken.put(key, expiresAtMillis);
        return true;
    }

    synchronized int size() {
        return taken.size();
    }

    /** Drops expired entries from the oldest end: entries are roughly in expiry order, a straggler waits its turn. */
    private void purge(long nowMillis) {
        Iterator<Map.Entry<String, Long>> it = taken.entrySet().iterator();
        while (it.hasNext() && it.next().getValue() <= nowMillis) {
            it.remove();
        }
    }
}
