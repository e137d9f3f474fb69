package dev.authlib.it.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.it.support.AliceProfile;
import dev.authlib.it.support.DemoProvider;
import dev.authlib.oauth1.it.browser.Browser;
import dev.authlib.oauth1.it.provider.AuthlibProvider;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * "Log in with X" as the application's authentication, the same on every Jakarta EE runtime: the secured application
 * ({@code TestWar.secured}) protects its resources with {@code @RolesAllowed}, the library's Jakarta Security mechanism
 * sends anonymous callers through the provider, and the application's own identity store gives the groups. A
 * runtime's test class deploys the WAR built from {@link #PROVIDER}'s URL and answers {@link #app(String)}.
 */
public abstract class SecurityScenarios {

    /**
     * Started before the WAR is built: its URL goes into the WAR's configuration. A provider of this class's own, not
     * {@code LoginScenarios}' (both run in one test JVM, and each stops its provider after its tests).
     */
    protected static final AuthlibProvider PROVIDER = DemoProvider.start();

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    /** The deployed application's URL for {@code pathAndQuery} (relative to the context root), on 127.0.0.1. */
    protected abstract URI app(String pathAndQuery);

    /** A protected resource opened anonymously: 302 to the provider; answers the provider's authorization URI. */
    private URI challenged(Browser browser, String pathAndQuery) {
        URI authorize = browser.follow(app(pathAndQuery), 302);
        assertTrue(authorize.toString().startsWith(PROVIDER.authorizeUri() + "?oauth_token="), authorize::toString);
        return authorize;
    }

    @Test
    void protectedResource_throughTheProvider_backToIt_signedInWithTheApplicationsGroups() {
        Browser alice = new Browser();
        URI callback = alice.follow(challenged(alice, "api/secured/whoami?tab=1&q=x"), 302);
        assertEquals(app("oauth1/demo/authorize").getPath(), callback.getPath(),
                "the mechanism's own callback path, under the context root");
        // the session that held the pending login (session store; the cookie store needs none before the sign-in)
        Optional<String> sessionBefore = alice.sessionId();

        URI back = alice.follow(callback, 302);
        assertEquals(app("api/secured/whoami?tab=1&q=x"), back, "the resource first asked for, with its query");
        String sessionAfter = alice.sessionId().orElseThrow(() -> new AssertionError("the caller's session"));
        sessionBefore.ifPresent(before -> assertNotEquals(before, sessionAfter, "a new session id at sign-in"));

        HttpResponse<String> whoami = alice.get(back);
        assertEquals(200, whoami.statusCode(), whoami::body);
        assertEquals("caller=alice user=true admin=false client-group=true query=tab=1&q=x", whoami.body());
        HttpResponse<String> again = alice.get(app("api/secured/whoami"));
        assertEquals(200, again.statusCode(), "a second request stays signed in: " + again.body());
        AliceProfile.assertAnswered(alice.get(app("api/secured/profile"))); // the caller's token, found unasked
        assertEquals("caller=alice", alice.get(app("api/secured/open")).body(), "the caller on open resources too");

        HttpResponse<String> admin = alice.get(app("api/secured/admin"));
        assertEquals(403, admin.statusCode(), "signed in, but not in the group: " + admin.body());

        sessionBefore.ifPresent(before -> {
            HttpResponse<String> old = new Browser().get(app("api/secured/whoami"), "JSESSIONID=" + before);
            assertEquals(302, old.statusCode(), "the session id from before the sign-in is not signed in");
        });
    }

    @Test
    void logout_endsTheCallersAuthentication() {
        Browser alice = new Browser();
        alice.follow(alice.follow(challenged(alice, "api/secured/whoami"), 302), 302);
        assertEquals(200, alice.get(app("api/secured/whoami")).statusCode());

        HttpResponse<String> logout = alice.postForm(app("api/secured/logout"), "");
        assertEquals(200, logout.statusCode(), logout::body);
        assertEquals("anonymous", alice.get(app("api/secured/open")).body());
        challenged(alice, "api/secured/whoami"); // anonymous again: back through the provider
    }

    @Test
    void replayedForgedAndForeignCallbacks_are400_andSignNobodyIn() {
        Browser alice = new Browser();
        URI callback = alice.follow(challenged(alice, "api/secured/whoami"), 302);

        Browser mallory = new Browser();
        HttpResponse<String> foreign = mallory.get(callback);
        assertEquals(400, foreign.statusCode(), foreign::body);
        HttpResponse<String> forged = mallory.get(app("oauth1/demo/authorize?oauth_token=made-up&oauth_verifier=v"));
        assertEquals(400, forged.statusCode(), forged::body);
        assertEquals("anonymous", mallory.get(app("api/secured/open")).body());
        challenged(mallory, "api/secured/whoami");

        alice.follow(callback, 302); // the foreign callback consumed nothing
        HttpResponse<String> replay = alice.get(callback);
        assertEquals(400, replay.statusCode(), replay::body);
        assertEquals(200, alice.get(app("api/secured/whoami")).statusCode(), "a replay does not sign alice out");
    }

    @Test
    void denialAtTheProvider_is403_andSignsNobodyIn() {
        Browser bob = new Browser();
        URI authorize = challenged(bob, "api/secured/whoami");
        URI denied = Browser.redirect(bob.postForm(authorize, "confirm=no"), 302);
        assertTrue(denied.getQuery().contains("denied="), denied::toString);
        HttpResponse<String> callback = bob.get(denied);
        assertEquals(403, callback.statusCode(), callback::body);
        assertEquals("anonymous", bob.get(app("api/secured/open")).body());
    }

    @Test
    void theBuiltInLoginRoute_signsInToo() {
        Browser alice = new Browser();
        String next = app("api/secured/whoami").getPath();
        URI callback = alice.follow(alice.follow(app("api/oauth1/demo/login?next=" + next), 303), 302);
        assertEquals(app("api/oauth1/demo/authorize").getPath(), callback.getPath());
        assertEquals(app("api/secured/whoami"), alice.follow(callback, 303));
        HttpResponse<String> whoami = alice.get(app("api/secured/whoami"));
        assertEquals(200, whoami.statusCode(), whoami::body);
        assertTrue(whoami.body().startsWith("caller=alice user=true"), whoami::body);
    }

    @Test
    void anonymousRequestToAnOpenResource_isLeftAlone() {
        Browser visitor = new Browser();
        HttpResponse<String> open = visitor.get(app("api/secured/open"));
        assertEquals(200, open.statusCode(), open::body);
        assertEquals("anonymous", open.body());
        assertFalse(visitor.sessionId().isPresent(), "no session for an anonymous visitor");
    }
}
