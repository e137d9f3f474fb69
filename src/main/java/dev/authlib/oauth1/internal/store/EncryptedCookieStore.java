package dev.authlib.oauth1.internal.store;

import dev.authlib.oauth1.OAuth1Exception;
import dev.authlib.oauth1.TemporaryCredentialStore;
import dev.authlib.oauth1.TemporaryCredentials;
import dev.authlib.oauth1.internal.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The store of {@code authlib.oauth.store=cookie}: no server session, so it serves Quarkus REST and nodes without
 * sticky sessions. Each pending login is a cookie of its own ({@link PendingLoginCookies}): sealed with AES-256-GCM
 * under the server keys, bound to its name and client, {@code HttpOnly}, {@code SameSite=Lax}, {@code Path=/},
 * {@code Secure} over https, living {@code authlib.oauth.store.ttl}. Taking deletes it; a copy replayed on the same
 * node is refused ({@link TakenTokens}, which refuses logins rather than forget one while its cookie lives). At most {@code max-pending} per browser: the oldest is dropped.
 */
@ApplicationScoped
@Typed(EncryptedCookieStore.class)
public class EncryptedCookieStore implements TemporaryCredentialStore {
    /** The largest name and value browsers keep (RFC 6265 §6.1: at least 4096 bytes per cookie). */
    static final int MAX_COOKIE_BYTES = 4096;

    @Inject
    StoreSettings settings;

    @Inject
    CookieJar jar;

    private TakenTokens taken;

    @PostConstruct
    void sizeTheReplayGuard() {
        taken = TakenTokens.forTtl(settings.ttl());
    }

    @Override
    public void save(String clientName, TemporaryCredentials credentials) {
        CookieJar.requireAttached(jar, "cookie", "keeps pending logins in cookies");
        long expiresAt = settings.clock().millis() + settings.ttl().toMillis();
        String name = PendingLoginCookies.name(clientName, credentials.token());
        String value = PendingLoginCookies.seal(settings.box(), clientName, name, credentials, expiresAt);
        if (name.length() + 1 + value.length() > MAX_COOKIE_BYTES) {
            throw new OAuth1Exception(clientName, Messages.cookieTooLarge(name.length() + 1 + value.length(),
                    MAX_COOKIE_BYTES), null);
        }
        dropOldest(name);
        jar.set(cookie(name, value, settings.ttlSeconds(), jar.secure()));
    }

    @Override
    public Optional<TemporaryCredentials> take(String clientName, String token) {
        CookieJar.requireAttached(jar, "cookie", "keeps pending logins in cookies");
        String name = PendingLoginCookies.name(clientName, token);
        Optional<String> value = jar.get(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        jar.set(cookie(name, "", 0, jar.secure())); // whatever happens next, this login is over
        long now = settings.clock().millis();
        Optional<SealedEntries.Opened> opened = PendingLoginCookies
                .open(settings.box(), clientName, name, value.get())
                .filter(o -> o.expiresAtMillis() > now)
                .filter(o -> LoginKeys.sameToken(o.credentials().token(), token));
        if (opened.isEmpty() || !taken.firstTake(LoginKeys.digest(clientName, token),
                opened.get().expiresAtMillis(), now)) {
            return Optional.empty();
        }
        return Optional.of(opened.get().credentials());
    }

    /** Keeps at most {@code max-pending} logins per browser, counting the one being saved. */
    private void dropOldest(String saving) {
        Map<String, String> pending = jar.startingWith(PendingLoginCookies.PREFIX);
        pending.remove(saving);
        int excess = pending.size() - (settings.maxPending() - 1);
        if (excess <= 0) {
            return;
        }
        List<String> oldestFirst = pending.keySet().stream()
                .sorted(Comparator.comparingLong((String n) -> PendingLoginCookies.claimedExpiry(pending.get(n)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(excess)
                .toList();
        oldestFirst.forEach(n -> jar.set(cookie(n, "", 0, jar.secure())));
    }

    static NewCookie cookie(String name, String value, int maxAge, boolean secure) {
        return new NewCookie.Builder(name).value(value).path("/").maxAge(maxAge).httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.LAX).build();
    }

    @Override
    public String toString() {
        return "EncryptedCookieStore[taken on this node=" + taken.size() + "]";
    }
}
