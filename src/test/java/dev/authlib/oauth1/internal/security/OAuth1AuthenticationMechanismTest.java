package dev.authlib.oauth1.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.OAuth1Client;
import dev.authlib.oauth1.OAuth1Exception;
import dev.authlib.oauth1.internal.caller.Caller;
import dev.authlib.oauth1.internal.cdi.TestDeployments;
import dev.authlib.oauth1.internal.config.TestConfig;
import dev.authlib.oauth1.internal.security.FakeServlet.Browser;
import dev.authlib.oauth1.internal.security.FakeServlet.Exchange;
import dev.authlib.oauth1.internal.web.WebSettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.weld.context.bound.BoundSessionContext;
import org.jboss.weld.context.http.HttpRequestContext;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Jakarta Security mechanism in a real Weld container, with the library's extension, client, session store and
 * identity store, an application group store, and a container faked just enough ({@link FakeServlet}): the whole
 * login of a protected page, the caller on later requests, logout, and the callbacks that must not sign anyone in.
 */
@EnableWeld
class OAuth1AuthenticationMechanismTest {
    static final String CALLBACK = "/app/oauth1/demo/authorize";

    final TokenEndpoints provider = new TokenEndpoints();
    /** Registered when the test instance is made, before the container starts. */
    final TestConfig config = TestConfig.with(configuration());

    @WeldSetup
    WeldInitiator weld = WeldInitiator.of(TestDeployments.weld()
            .addBeanClasses(WebSettings.class, TestIdentityStoreHandler.class, AppGroups.class, LoginEvents.class));

    @Inject
    HttpAuthenticationMechanism mechanism;

    @Inject
    LoginEvents events;

    Map<String, String> configuration() {
        Map<String, String> p = new HashMap<>(TestConfig.client("demo", provider.base()));
        p.put("authlib.oauth.security.client", "demo");
        p.put("authlib.oauth.security.caller-name", "screen_name");
        p.put("authlib.oauth.security.roles-field", "roles");
        p.putAll(store());
        return p;
    }

    /** The store of pending logins: the default, the HTTP session. */
    Map<String, String> store() {
        return Map.of();
    }

    @AfterEach
    void stop() {
        config.close();
        provider.close();
    }

    /**
     * Runs one exchange as the container would: a request context, the browser's session, the mechanism; the browser
     * keeps the cookies the response set.
     */
    AuthenticationStatus send(Exchange x) {
        AuthenticationStatus status = inRequest(x, () -> {
            try {
                return mechanism.validateRequest(x.request(), x.response(), x.context());
            } catch (AuthenticationException e) {
                throw new AssertionError("the mechanism never throws it", e);
            }
        });
        x.setCookies.forEach(c -> {
            if (c.getMaxAge() == 0) {
                x.browser.cookies.remove(c.getName());
            } else {
                x.browser.cookies.put(c.getName(), c.getValue());
            }
        });
        return status;
    }

    /** Runs {@code action} within the exchange's request: its contexts active, the request a bean. */
    <T> T inRequest(Exchange x, Supplier<T> action) {
        HttpRequestContext request = weld.select(HttpRequestContext.class).get();
        BoundSessionContext session = weld.select(BoundSessionContext.class).get();
        HttpServletRequest servletRequest = x.request();
        request.associate(servletRequest); // Weld's own HttpServletRequest bean is this request now
        request.activate();
        session.associate(x.browser.sessionAttributes);
        session.activate();
        try {
            return action.get();
        } finally {
            session.deactivate();
            session.dissociate(x.browser.sessionAttributes);
            request.deactivate();
            request.dissociate(servletRequest);
        }
    }

    /** A protected page opened anonymously: its login is under way; answers the callback the provider would send. */
    String startLogin(Browser browser, String page) {
        Exchange challenge = new Exchange(browser, page).protectedResource();
        assertEquals(AuthenticationStatus.SEND_CONTINUE, send(challenge));
        assertEquals(302, challenge.status);
        URI authorize = URI.create(challenge.location());
        assertTrue(authorize.toString().startsWith(provider.base() + "/oauth/authorize?oauth_token=t"),
                authorize::toString);
        String token = authorize.getQuery().substring("oauth_token=".length());
        return CALLBACK + "?oauth_token=" + token + "&oauth_verifier=v-" + token;
    }

    @Test
    void protectedPage_throughTheProvider_backToThatPage_signedInWithGroups() {
        Browser alice = new Browser();
        String callback = startLogin(alice, "/app/api/secret?tab=1&q=a%20b");
        assertTrue(provider.temporaryCredentialRequests.get(0).contains("oauth_callback=\""
                + "http%3A%2F%2F127.0.0.1%3A8080%2Fapp%2Foauth1%2Fdemo%2Fauthorize\""),
                "the callback is the mechanism's path under the context root");
        String sessionBefore = alice.sessionId();

        Exchange back = new Exchange(alice, callback);
        assertEquals(AuthenticationStatus.SEND_CONTINUE, send(back));
        assertEquals(302, back.status);
        assertEquals("/app/api/secret?tab=1&q=a%20b", back.location(), "the page first asked for, with its query");
        assertEquals("no-store", back.headers.get("Cache-Control"));
        assertNotEquals(sessionBefore, alice.sessionId(), "a new session id at sign-in");
        assertNull(back.notifiedName, "the callback itself stays anonymous");

        Exchange next = new Exchange(alice, "/app/api/secret?tab=1&q=a%20b").protectedResource();
        assertEquals(AuthenticationStatus.SUCCESS, send(next));
        assertEquals("alice", next.notifiedName);
        assertEquals(Set.of("user", "reader", "writer"), next.notifiedGroups,
                "the application store's group and those of roles-field");

        Exchange unprotected = new Exchange(alice, "/app/index.html");
        assertEquals(AuthenticationStatus.SUCCESS, send(unprotected), "a caller is the caller everywhere");

        List<String> fired = events.logins.stream()
                .map(e -> e.clientName() + ":" + e.credentials().token()).toList();
        assertEquals(List.of("demo:access-token"), fired, "the application's observers see the login once");
    }

    @Test
    void loginReachedUnderAnUntrustedHost_is400_andAsksTheProviderNothing() {
        Exchange spoofed = new Exchange(new Browser(), "/app/api/secret").protectedResource();
        spoofed.host = "evil.example"; // Host: evil.example, neither the public URL, nor allowed, nor loopback
        assertEquals(AuthenticationStatus.SEND_FAILURE, send(spoofed));
        assertEquals(400, spoofed.status);
        assertTrue(spoofed.body.toString().startsWith("AUTHJ4001: This login was refused: the server was reached as "
                + "'evil.example:8080'"), spoofed.body::toString);
        assertTrue(provider.temporaryCredentialRequests.isEmpty(), "no callback to evil.example was ever sent");
    }

    @Test
    void anonymousUnprotectedRequest_isLeftAlone_andCreatesNoSession() {
        Browser visitor = new Browser();
        Exchange x = new Exchange(visitor, "/app/index.html");
        assertEquals(AuthenticationStatus.NOT_DONE, send(x));
        assertFalse(visitor.hasSession(), () -> "session: " + visitor.sessionAttributes.keySet());
        assertTrue(provider.temporaryCredentialRequests.isEmpty());
    }

    @Test
    void callerToken_isFoundByCallsWithoutAToken() {
        Browser alice = new Browser();
        send(new Exchange(alice, startLogin(alice, "/app/api/secret")));
        Caller caller = (Caller) alice.sessionAttributes.get(SessionCallers.ATTRIBUTE);
        assertEquals("access-token", caller.credentials().token());
        assertFalse(caller.toString().contains("access"), caller::toString);

        OAuth1Client demo = weld.select(OAuth1Client.class, NamedLiteral.of("demo")).get();
        assertNotNull(inRequest(new Exchange(alice, "/app/api/profile"), () -> demo.target("me")),
                "signed with the caller's token, found by the library's resolver");
        OAuth1Exception e = assertThrows(OAuth1Exception.class,
                () -> inRequest(new Exchange(new Browser(), "/app/api/profile"), () -> demo.target("me")));
        assertTrue(e.getMessage().contains("AUTHJ3006"), e::getMessage);
    }

    @Test
    void replayedCallback_is400_andChangesNothing() {
        Browser alice = new Browser();
        String callback = startLogin(alice, "/app/api/secret");
        send(new Exchange(alice, callback));
        Caller signedIn = (Caller) alice.sessionAttributes.get(SessionCallers.ATTRIBUTE);

        Exchange replay = new Exchange(alice, callback);
        assertEquals(AuthenticationStatus.SEND_FAILURE, send(replay));
        assertEquals(400, replay.status);
        assertTrue(replay.body.toString().contains("invalid, was already used, or has expired"), replay.body::toString);
        assertEquals(signedIn, alice.sessionAttributes.get(SessionCallers.ATTRIBUTE));
    }

    @Test
    void foreignOrForgedCallback_is400_andSignsNobodyIn() {
        Browser alice = new Browser();
        String callback = startLogin(alice, "/app/api/secret");
        Browser mallory = new Browser();

        Exchange foreign = new Exchange(mallory, callback);
        assertEquals(AuthenticationStatus.SEND_FAILURE, send(foreign));
        assertEquals(400, foreign.status);
        Exchange forged = new Exchange(mallory, CALLBACK + "?oauth_token=made-up&oauth_verifier=v");
        assertEquals(AuthenticationStatus.SEND_FAILURE, send(forged));
        assertEquals(400, forged.status);
        assertNull(mallory.sessionAttributes.get(SessionCallers.ATTRIBUTE));

        Exchange afterwards = new Exchange(mallory, "/app/api/secret").protectedResource();
        assertEquals(AuthenticationStatus.SEND_CONTINUE, send(afterwards), "still anonymous: challenged");
        assertEquals(AuthenticationStatus.SEND_CONTINUE, send(new Exchange(alice, callback)), "alice's login still "
                + "completes: the foreign callback consumed nothing");
    }

    @Test
    void denialAtTheProvider_is403() {
        Browser alice = new Browser();
        String callback = startLogin(alice, "/app/api/secret");
        String token = callback.substring(callback.indexOf("oauth_token=") + 12, callback.indexOf('&'));
        Exchange denied = new Exchange(alice, CALLBACK + "?error=access_denied&denied=" + token);
        assertEquals(AuthenticationStatus.SEND_FAILURE, send(denied));
        assertEquals(403, denied.status);
        assertEquals(AuthenticationStatus.SEND_FAILURE, send(new Exchange(alice, callback)), "the login is over");
    }

    @Test
    void logout_removesTheCaller_andTheNextProtectedRequestIsChallenged() {
        Browser alice = new Browser();
        send(new Exchange(alice, startLogin(alice, "/app/api/secret")));

        Exchange logout = new Exchange(alice, "/app/api/logout");
        mechanism.cleanSubject(logout.request(), logout.response(), logout.context());
        assertNull(alice.sessionAttributes.get(SessionCallers.ATTRIBUTE));
        Exchange again = new Exchange(alice, "/app/api/secret").protectedResource();
        assertEquals(AuthenticationStatus.SEND_CONTINUE, send(again));
        assertTrue(again.location().startsWith(provider.base() + "/oauth/authorize?"), again::location);
    }

    @Test
    void returnTargetThatCouldNameAnotherOrigin_fallsBackToTheContextRoot() {
        Browser alice = new Browser();
        Exchange back = new Exchange(alice, startLogin(alice, "//evil.example/app"));
        send(back);
        assertEquals("/app/", back.location());
    }

    @Test
    void tokenResponseWithoutTheCallerNameField_signsNobodyIn_403() {
        provider.tokenResponse = "oauth_token=a&oauth_token_secret=b&user_id=42";
        Browser alice = new Browser();
        Exchange back = new Exchange(alice, startLogin(alice, "/app/api/secret"));
        assertEquals(AuthenticationStatus.SEND_FAILURE, send(back));
        assertEquals(403, back.status);
        assertNull(alice.sessionAttributes.get(SessionCallers.ATTRIBUTE));
        assertTrue(events.logins.isEmpty(), "no login event");
    }
}
