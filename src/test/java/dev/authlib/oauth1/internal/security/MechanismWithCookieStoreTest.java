package dev.authlib.oauth1.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.internal.security.FakeServlet.Browser;
import dev.authlib.oauth1.internal.security.FakeServlet.Exchange;
import jakarta.security.enterprise.AuthenticationStatus;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.jboss.weld.junit5.EnableWeld;
import org.junit.jupiter.api.Test;

/**
 * Every scenario of {@link OAuth1AuthenticationMechanismTest} again with {@code authlib.oauth.store=cookie}: the
 * mechanism carries the request's cookies to the store and the store's onto its response, as the web layer's filter
 * does for JAX-RS; no session holds anything until the caller signs in.
 */
@EnableWeld
class MechanismWithCookieStoreTest extends OAuth1AuthenticationMechanismTest {

    @Override
    Map<String, String> store() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Map.of("authlib.oauth.store", "cookie", "authlib.oauth.store.cookie.keys",
                "k1:" + Base64.getEncoder().encodeToString(key));
    }

    @Test
    void thePendingLoginWaitsInASealedCookie_andNoSessionHoldsIt() {
        Browser alice = new Browser();
        String callback = startLogin(alice, "/app/api/secret?x=1");
        assertEquals(1, alice.cookies.size(), () -> "one sealed pending login: " + alice.cookies);
        assertFalse(alice.hasSession(), "nothing in a session yet");
        String sealed = alice.cookies.values().iterator().next();
        assertFalse(sealed.contains("t1") || sealed.contains("s1"), "neither the temporary token nor its secret");

        Exchange back = new Exchange(alice, callback);
        assertEquals(AuthenticationStatus.SEND_CONTINUE, send(back));
        assertEquals("/app/api/secret?x=1", back.location());
        assertTrue(alice.cookies.isEmpty(), "the pending login's cookie is deleted by the callback");
        Exchange next = new Exchange(alice, "/app/api/secret?x=1").protectedResource();
        assertEquals(AuthenticationStatus.SUCCESS, send(next));
        assertEquals("alice", next.notifiedName);
    }
}
