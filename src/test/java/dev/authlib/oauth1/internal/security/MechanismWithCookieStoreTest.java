package dev.authlib.oauth1.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.internal.security.FakeServlet.Browser;
import dev.authlib.oauth1.internal.security.FakeServlet.Exchange;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
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
    void thePendingLoginWaitsInASealedCookie_scopedToTheCallback_andNoSessionHoldsIt() {
        Browser alice = new Browser();
        Exchange challenge = new Exchange(alice, "/app/api/secret?x=1").protectedResource();
        assertEquals(AuthenticationStatus.SEND_CONTINUE, send(challenge));
        List<Cookie> pending = challenge.setCookies.stream().filter(c -> c.getName().startsWith("authlib_o1_"))
                .toList();
        assertEquals(1, pending.size(), () -> "one sealed pending login: " + alice.cookies);
        assertEquals("/app/oauth1/", pending.get(0).getPath(), "sent back only to the mechanism's callback");
        assertTrue(pending.get(0).isHttpOnly());
        assertFalse(alice.hasSession(), "nothing in a session yet");
        String sealed = pending.get(0).getValue();
        assertFalse(sealed.contains("temporary-token-1") || sealed.contains("temporary-secret-1"),
                "neither the temporary token nor its secret in clear");

        String token = URI.create(challenge.location()).getQuery().substring("oauth_token=".length());
        Exchange back = new Exchange(alice, CALLBACK + "?oauth_token=" + token + "&oauth_verifier=v");
        assertEquals(AuthenticationStatus.SEND_CONTINUE, send(back));
        assertEquals("/app/api/secret?x=1", back.location());
        assertTrue(alice.cookies.keySet().stream().noneMatch(n -> n.startsWith("authlib_o1_")),
                () -> "the pending login's cookie is deleted by the callback: " + alice.cookies);
        Exchange next = new Exchange(alice, "/app/api/secret?x=1").protectedResource();
        assertEquals(AuthenticationStatus.SUCCESS, send(next));
        assertEquals("alice", next.notifiedName);
    }
}
