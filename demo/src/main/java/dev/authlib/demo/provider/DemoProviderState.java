package dev.authlib.demo.provider;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The demo provider's memory: pending temporary credentials (RFC 5849 §2.1), issued token credentials (§2.3) and
 * the nonces seen (§3.3). In memory, bounded by expiry; a demo, never for production.
 */
@ApplicationScoped
public class DemoProviderState {
    /** How long a temporary credential may wait for the user's decision and the exchange. */
    static final Duration PENDING_TTL = Duration.ofMinutes(10);
    /** How long token credentials stay valid. */
    static final Duration ACCESS_TTL = Duration.ofHours(12);
    /** How far a request's timestamp may be from the provider's clock; nonces are remembered this long. */
    static final Duration TIMESTAMP_WINDOW = Duration.ofMinutes(5);
    private static final int PURGE_ABOVE = 1_000;

    private final Clock clock = Clock.systemUTC();
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Map<String, Access> access = new ConcurrentHashMap<>();
    private final Map<String, Instant> nonces = new ConcurrentHashMap<>();

    /** Temporary credentials: waiting for the user ({@code verifier == null}), then for the exchange. */
    record Pending(String token, String secret, String callback, String consent, String verifier, Instant expires) {}

    /** Token credentials and the user who granted them. */
    record Access(String token, String secret, DemoUser user, Instant expires) {}

    Clock clock() {
        return clock;
    }

    /** §2.1: new temporary credentials for a callback URI, with the secret value the consent form must return. */
    Pending issueTemporary(String callback) {
        purge();
        Pending p = new Pending(randomValue(), randomValue(), callback, randomValue(), null,
                clock.instant().plus(PENDING_TTL));
        pending.put(p.token(), p);
        return p;
    }

    /** Temporary credentials still waiting for the user's decision. */
    Optional<Pending> awaitingDecision(String token) {
        return live(token).filter(p -> p.verifier() == null);
    }

    /** Temporary credentials the user approved, waiting for the exchange. */
    Optional<Pending> approved(String token) {
        return live(token).filter(p -> p.verifier() != null);
    }

    /** §2.2: the user approved; returns the verifier, once, when the consent value matches. */
    Optional<Pending> approve(String token, String consent) {
        Optional<Pending> p = awaitingDecision(token).filter(x -> same(x.consent(), consent));
        if (p.isEmpty()) {
            return Optional.empty();
        }
        Pending old = p.get();
        Pending done = new Pending(old.token(), old.secret(), old.callback(), old.consent(), randomValue(),
                old.expires());
        return pending.replace(token, old, done) ? Optional.of(done) : Optional.empty();
    }

    /** The user denied: the temporary credentials are dropped. */
    Optional<Pending> deny(String token, String consent) {
        return awaitingDecision(token).filter(x -> same(x.consent(), consent))
                .filter(x -> pending.remove(token, x));
    }

    /** §2.3: exchanges approved temporary credentials, once, for token credentials. */
    Optional<Access> exchange(Pending approved, String verifier) {
        if (!pending.remove(approved.token(), approved) || !same(approved.verifier(), verifier)) {
            return Optional.empty(); // used already, or a wrong verifier: either way these credentials are gone
        }
        Access a = new Access(randomValue(), randomValue(), DemoUser.ADA, clock.instant().plus(ACCESS_TTL));
        access.put(a.token(), a);
        return Optional.of(a);
    }

    /** Token credentials still valid. */
    Optional<Access> access(String token) {
        Access a = token == null ? null : access.get(token);
        return a != null && clock.instant().isBefore(a.expires()) ? Optional.of(a) : Optional.empty();
    }

    /** §3.3: {@code true} the first time a nonce is seen with this client, token and timestamp. */
    boolean firstUse(String clientId, String token, String timestamp, String nonce) {
        purge();
        String key = clientId + '&' + (token == null ? "" : token) + '&' + timestamp + '&' + nonce;
        return nonces.putIfAbsent(key, clock.instant().plus(TIMESTAMP_WINDOW.multipliedBy(2))) == null;
    }

    private Optional<Pending> live(String token) {
        Pending p = token == null ? null : pending.get(token);
        return p != null && clock.instant().isBefore(p.expires()) ? Optional.of(p) : Optional.empty();
    }

    private void purge() {
        Instant now = clock.instant();
        if (nonces.size() > PURGE_ABOVE) {
            nonces.values().removeIf(expires -> !now.isBefore(expires));
        }
        if (pending.size() > PURGE_ABOVE) {
            pending.values().removeIf(p -> !now.isBefore(p.expires()));
        }
        if (access.size() > PURGE_ABOVE) {
            access.values().removeIf(a -> !now.isBefore(a.expires()));
        }
    }

    private String randomValue() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean same(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(UTF_8), given.getBytes(UTF_8));
    }
}
