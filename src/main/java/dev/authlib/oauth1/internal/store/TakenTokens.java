package dev.authlib.oauth1.internal.store;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The logins recently completed on this node, kept until their cookie would have expired anyway, so that a copy of
 * a cookie (the browser deletes its own) cannot be used a second time here. Bounded: past the capacity the oldest
 * are forgotten. Other nodes do not see this set; the provider, which accepts a verifier once, is the last line.
 */
final class TakenTokens {
    static final int DEFAULT_CAPACITY = 10_000;

    private final int capacity;
    private final LinkedHashMap<String, Long> taken = new LinkedHashMap<>();

    TakenTokens(int capacity) {
        this.capacity = capacity;
    }

    /**
     * @param key the login's digest
     * @param expiresAtMillis when its cookie expires
     * @return true the first time, false for a replay
     */
    synchronized boolean firstTake(String key, long expiresAtMillis, long nowMillis) {
        purge(nowMillis);
        Long known = taken.get(key);
        if (known != null && known > nowMillis) {
            return false;
        }
        taken.remove(key);
        taken.put(key, expiresAtMillis);
        Iterator<String> oldest = taken.keySet().iterator();
        while (taken.size() > capacity) {
            oldest.next();
            oldest.remove();
        }
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
