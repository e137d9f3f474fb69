package dev.authlib.oauth1.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.TokenCredentials;
import dev.authlib.oauth1.internal.caller.Caller;
import dev.authlib.oauth1.internal.store.SealedBox;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The session cookie holds the caller sealed: readable by no one but this server's keys, bound to its name and client,
 * refused when altered, expired or moved, never the token or its secret in clear.
 */
class SessionCookieTest {
    static final long NOW = 1_800_000_000_000L;
    static final Caller ALICE = new Caller("x", "alice", List.of("reader", "writer"),
            new TokenCredentials("token-4f2a", "secret-9c1e", Map.of("user_id", "42", "screen_name", "alice")));

    final SealedBox box = new SealedBox(Map.of("k1", key()), new SecureRandom());

    static byte[] key() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return k;
    }

    String sealed() {
        return SessionCookie.seal(box, "authlib_caller", new SessionCookie.Session(ALICE, NOW + 1000)).orElseThrow();
    }

    @Test
    void opens_asTheCallerItSealed_withTheTokenAndFields() {
        Caller opened = SessionCookie.open(box, "authlib_caller", "x", sealed(), NOW).orElseThrow().caller();
        assertEquals(ALICE, opened);
        assertEquals("secret-9c1e", opened.credentials().tokenSecret());
    }

    @Test
    void holdsNothingReadable() {
        String decoded = new String(Base64.getUrlDecoder().decode(sealed()), StandardCharsets.ISO_8859_1);
        for (String secret : List.of("token-4f2a", "secret-9c1e", "alice", "reader")) {
            assertFalse(decoded.contains(secret), secret);
        }
    }

    @Test
    void alteredExpiredMovedOrForeign_opensToNothing() {
        String value = sealed();
        char[] flipped = value.toCharArray();
        flipped[value.length() / 2] = flipped[value.length() / 2] == 'A' ? 'B' : 'A';
        assertTrue(SessionCookie.open(box, "authlib_caller", "x", new String(flipped), NOW).isEmpty(), "altered");
        assertTrue(SessionCookie.open(box, "authlib_caller", "x", value, NOW + 1000).isEmpty(), "expired");
        assertTrue(SessionCookie.open(box, "__Host-authlib_caller", "x", value, NOW).isEmpty(), "another cookie");
        assertTrue(SessionCookie.open(box, "authlib_caller", "y", value, NOW).isEmpty(), "another client");
        SealedBox other = new SealedBox(Map.of("k1", key()), new SecureRandom());
        assertTrue(SessionCookie.open(other, "authlib_caller", "x", value, NOW).isEmpty(), "another server's keys");
        assertTrue(SessionCookie.open(box, "authlib_caller", "x", "not base64!", NOW).isEmpty(), "garbage");
    }

    @Test
    void tooManyProviderFields_areLeftOut_theCallerStays() {
        Caller verbose = new Caller("x", "alice", List.of("user"), new TokenCredentials("t", "s",
                Map.of("profile", "p".repeat(4000))));
        String value = SessionCookie.seal(box, "authlib_caller", new SessionCookie.Session(verbose, NOW + 1000))
                .orElseThrow();
        assertTrue(value.length() < SessionCookie.MAX_BYTES);
        Caller opened = SessionCookie.open(box, "authlib_caller", "x", value, NOW).orElseThrow().caller();
        assertEquals("alice", opened.name());
        assertTrue(opened.credentials().parameters().isEmpty());
        Caller huge = new Caller("x", "a".repeat(4000), List.of(), new TokenCredentials("t", "s", Map.of()));
        assertTrue(SessionCookie.seal(box, "authlib_caller", new SessionCookie.Session(huge, NOW)).isEmpty());
    }
}
