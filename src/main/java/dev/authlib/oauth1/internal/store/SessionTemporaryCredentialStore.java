package dev.authlib.oauth1.internal.store;

import dev.authlib.oauth1.TemporaryCredentialStore;
import dev.authlib.oauth1.TemporaryCredentials;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * The default store: pending logins in the HTTP session, keyed by a digest of client name and token (several
 * logins, tabs and providers at once), taken once, expiring, at most {@code max-pending} per session (the oldest is
 * dropped). {@link Serializable}, so session replication and passivation carry it.
 */
@SessionScoped
@Typed(SessionTemporaryCredentialStore.class)
public class SessionTemporaryCredentialStore implements TemporaryCredentialStore, Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    StoreSettings settings;

    private final LinkedHashMap<String, Entry> pending = new LinkedHashMap<>();

    /** A pending login: the credentials and when they stop being accepted. */
    record Entry(TemporaryCredentials credentials, long expiresAtMillis) implements Serializable {}

    @Override
    public synchronized void save(String clientName, TemporaryCredentials credentials) {
        long now = settings.clock().millis();
        purge(now);
        pending.put(LoginKeys.digest(clientName, credentials.token()), new Entry(credentials, now + settings.ttl().toMillis()));
        Iterator<String> oldest = pending.keySet().iterator();
        while (pending.size() > settings.maxPending()) {
            oldest.next();
            oldest.remove();
        }
    }

    @Override
    public synchronized Optional<TemporaryCredentials> take(String clientName, String token) {
        long now = settings.clock().millis();
        purge(now);
        Entry e = pending.remove(LoginKeys.digest(clientName, token));
        return e == null ? Optional.empty() : Optional.of(e.credentials());
    }

    /** @return how many logins are pending in this session (for tests and diagnostics) */
    public synchronized int size() {
        return pending.size();
    }

    private void purge(long now) {
        pending.values().removeIf(e -> e.expiresAtMillis() <= now);
    }

    @Override
    public String toString() {
        return "SessionTemporaryCredentialStore[pending=" + pending.size() + "]";
    }

}
