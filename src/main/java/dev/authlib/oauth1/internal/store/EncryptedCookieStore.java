package dev.authlib.oauth1.internal.store;

import dev.authlib.oauth1.OAuth1Exception;
import dev.authlib.oauth1.TemporaryCredentialStore;
import dev.authlib.oauth1.TemporaryCredentials;
import dev.authlib.oauth1.internal.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The store of {@code authlib.oauth.store=cookie}: no server session, so it serves Quarkus REST and nodes without
 * sticky sessions. Each pending login is a cookie of its own ({@link PendingLoginCookies}): sealed with AES-256-GCM
 * under the server keys, bound to its name, client and browser, {@code HttpOnly}, {@code SameSite=Lax}, scoped to the
 * routes that run the login, {@code Secure} over https, living {@code authlib.oauth.store.ttl}. The browser is named
 * by an id this server issued ({@link BrowserIds}, in {@code __Host-authlib_o1b} over https), so a pending-login
 * cookie planted from a sibling subdomain or over plain http does not open. Taking deletes it; a copy replayed on
 * the same node is refused ({@link TakenTokens}, which refuses logins rather than forget one while its cookie lives).
 * At most {@code max-pending} per browser and {@value #MAX_TOTAL_BYTES} bytes of cookies in all: the oldest are
 * dropped.
 */
@ApplicationScoped
@Typed(EncryptedCookieStore.class)
public class EncryptedCookieStore implements TemporaryCredentialStore {
    /**
     * The most the library's cookies may add to a request's {@code Cookie} header, names, values and separators: under
     * half of the smallest usual limit (8 KB in nginx and Tomcat), leaving the rest to the application's own cookies.
     */
    static final int MAX_TOTAL_BYTES = 3600;

    @Inject
    StoreSettings settings;

    @Inject
    CookieJar jar;

    private final SecureRandom random = new SecureRandom();
    private TakenTokens taken;

    @PostConstruct
    void sizeTheReplayGuard() {
        taken = TakenTokens.forTtl(settings.ttl());
    }

    @Override
    public void save(String clientName, TemporaryCredentials credentials) {
        CookieJar.requireAttached(jar, "cookie", "keeps pending logins in cookies");
        String idName = jar.idName(PendingLoginCookies.ID_COOKIE);
        String id = jar.get(idName).filter(i -> settings.cookieBrowserIds().verify(i).isPresent())
                .orElseGet(() -> settings.cookieBrowserIds().mint(random)); // one it did not issue is replaced
        byte[] browser = settings.cookieBrowserIds().verify(id).orElseThrow();
        long expiresAt = settings.clock().millis() + settings.ttl().toMillis();
        String name = PendingLoginCookies.name(clientName, credentials.token());
        String value = PendingLoginCookies.seal(settings.box(), clientName, name, browser, credentials, expiresAt);
        int fixed = bytes(idName, id) + bytes(name, value);
        if (fixed > MAX_TOTAL_BYTES) {
            throw new OAuth1Exception(clientName, Messages.cookieTooLarge(fixed, MAX_TOTAL_BYTES), null);
        }
        dropOldest(name, MAX_TOTAL_BYTES - fixed);
        jar.setId(PendingLoginCookies.ID_COOKIE, id, settings.ttlSeconds()); // lives as long as the newest login
        jar.setPending(name, value, settings.ttlSeconds());
    }

    @Override
    public Optional<TemporaryCredentials> take(String clientName, String token) {
        CookieJar.requireAttached(jar, "cookie", "keeps pending logins in cookies");
        String name = PendingLoginCookies.name(clientName, token);
        Optional<String> value = jar.get(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        jar.deletePending(name); // whatever happens next, this login is over
        Optional<byte[]> browser = jar.get(jar.idName(PendingLoginCookies.ID_COOKIE))
                .flatMap(settings.cookieBrowserIds()::verify);
        if (browser.isEmpty()) {
            return Optional.empty(); // no id this server issued: a planted cookie, or another browser's
        }
        long now = settings.clock().millis();
        Optional<SealedEntries.Opened> opened = PendingLoginCookies
                .open(settings.box(), clientName, name, browser.get(), value.get())
                .filter(o -> o.expiresAtMillis() > now)
                .filter(o -> LoginKeys.sameToken(o.credentials().token(), token));
        if (opened.isEmpty() || !taken.firstTake(LoginKeys.digest(clientName, token),
                opened.get().expiresAtMillis(), now)) {
            return Optional.empty();
        }
        return Optional.of(opened.get().credentials());
    }

    /**
     * Keeps at most {@code max-pending} logins per browser, counting the one being saved, and at most {@code budget}
     * bytes of the others' cookies: the oldest go first.
     */
    private void dropOldest(String saving, int budget) {
        Map<String, String> pending = jar.startingWith(PendingLoginCookies.PREFIX);
        pending.remove(saving);
        List<String> oldestFirst = pending.keySet().stream()
                .sorted(Comparator.comparingLong((String n) -> PendingLoginCookies.claimedExpiry(pending.get(n)))
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        int count = oldestFirst.size();
        int size = oldestFirst.stream().mapToInt(n -> bytes(n, pending.get(n))).sum();
        for (String n : oldestFirst) {
            if (count <= settings.maxPending() - 1 && size <= budget) {
                break;
            }
            jar.deletePending(n);
            count--;
            size -= bytes(n, pending.get(n));
        }
    }

    /** What a cookie adds to the {@code Cookie} header: {@code name=value; }. */
    static int bytes(String name, String value) {
        return name.length() + 1 + value.length() + 2;
    }

    @Override
    public String toString() {
        return "EncryptedCookieStore[taken on this node=" + (taken == null ? 0 : taken.size()) + "]";
    }
}
