package dev.authlib.it.quarkus.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.it.support.AliceProfile;
import dev.authlib.oauth1.it.browser.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Log in with X" as the application's Quarkus Security (authlib-jakarta-quarkus), in both Quarkus projects, in the
 * one application start the other tests share: an anonymous caller of an {@code @Authenticated} resource goes through
 * the built-in login and the provider, comes back to that resource with its query, signed in by a sealed session
 * cookie; roles from the application's augmentor and from {@code roles-field}; logout; callbacks that must sign
 * nobody in; a session cookie that was altered.
 */
@QuarkusTest
@TestProfile(AppProfile.class)
class LogInWithXTest {
    static final String SESSION_COOKIE = "authlib_caller";

    @TestHTTPResource("/")
    URL base;

    private URI app(String path) {
        return Browser.loopback(base, path);
    }

    /** An anonymous request to {@code path}: 302 to the built-in login route; answers the provider's callback URI. */
    private URI challenged(Browser browser, String path) {
        URI login = browser.follow(app(path), 302);
        assertEquals(app("oauth1/demo/login").getPath(), login.getPath(), login::toString);
        URI authorize = browser.follow(login, 303);
        return browser.follow(authorize, 302);
    }

    private static String sessionCookie(Browser browser) {
        return browser.cookies().getCookieStore().getCookies().stream().filter(c -> c.getName().equals(SESSION_COOKIE))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    @Test
    void authenticatedResource_throughTheProvider_backToIt_signedInWithRoles() {
        Browser alice = new Browser();
        URI callback = challenged(alice, "secured/whoami?tab=1&q=a%20b");
        assertEquals(app("oauth1/demo/authorize").getPath(), callback.getPath(), callback::toString);

        HttpResponse<String> done = alice.get(callback);
        assertEquals(app("secured/whoami?tab=1&q=a%20b"), Browser.redirect(done, 303), "the resource first asked for");
        String setCookie = done.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(SESSION_COOKIE + "="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + done.headers().map()));
        String attributes = setCookie.toLowerCase(java.util.Locale.ROOT); // Vert.x writes "HTTPOnly"
        assertTrue(attributes.contains("; httponly") && attributes.contains("; samesite=lax")
                && attributes.contains("; path=/"), setCookie);
        String decoded = new String(Base64.getUrlDecoder().decode(sessionCookie(alice)), StandardCharsets.ISO_8859_1);
        assertFalse(decoded.contains("alice") || decoded.contains("screen_name"), "nothing readable in the cookie");

        HttpResponse<String> whoami = alice.get(app("secured/whoami?tab=1&q=a%20b"));
        assertEquals(200, whoami.statusCode(), whoami::body);
        assertEquals("caller=alice roles=[alice, user] tab=1", whoami.body(),
                "named by screen_name; user from the application's augmentor, alice from roles-field");
        assertEquals(200, alice.get(app("secured/whoami")).statusCode(), "a second request stays signed in");
        assertEquals(200, alice.get(app("secured/members")).statusCode(), "@RolesAllowed(user)");
        assertEquals(200, alice.get(app("secured/by-field")).statusCode(), "@RolesAllowed(alice)");
        assertEquals(403, alice.get(app("secured/admin")).statusCode(), "signed in, not in the role");
        AliceProfile.assertAnswered(alice.get(app("secured/profile"))); // the caller's token, found unasked
        assertEquals("caller=alice", alice.get(app("secured/open")).body());
    }

    @Test
    void rolesAllowedResource_challengesToo_andLogoutEndsTheSession() {
        Browser alice = new Browser();
        Browser.redirect(alice.get(challenged(alice, "secured/members")), 303);
        assertEquals("members", alice.get(app("secured/members")).body());

        HttpResponse<String> logout = alice.postForm(app("oauth1/demo/logout"), "");
        assertEquals(app(""), Browser.redirect(logout, 303), "to the application's root");
        assertTrue(logout.headers().allValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith(SESSION_COOKIE + "=") && c.contains("Max-Age=0")), () -> "deleted: "
                        + logout.headers().allValues("Set-Cookie"));
        assertEquals("anonymous", alice.get(app("secured/open")).body());
        assertEquals(302, alice.get(app("secured/members")).statusCode(), "challenged again");
    }

    @Test
    void replayedForgedAndForeignCallbacks_are400_andSignNobodyIn() {
        Browser alice = new Browser();
        URI callback = challenged(alice, "secured/whoami");

        Browser mallory = new Browser();
        HttpResponse<String> foreign = mallory.get(callback);
        assertEquals(400, foreign.statusCode(), foreign::body);
        HttpResponse<String> forged = mallory.get(app("oauth1/demo/authorize?oauth_token=made-up&oauth_verifier=v"));
        assertEquals(400, forged.statusCode(), forged::body);
        assertEquals(null, sessionCookie(mallory));
        assertEquals(302, mallory.get(app("secured/whoami")).statusCode(), "still anonymous");

        Browser.redirect(alice.get(callback), 303);
        HttpResponse<String> replay = alice.get(callback);
        assertEquals(400, replay.statusCode(), replay::body);
        assertTrue(replay.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith(SESSION_COOKIE)));
    }

    @Test
    void alteredOrPlantedSessionCookie_isAnonymous() {
        Browser alice = new Browser();
        Browser.redirect(alice.get(challenged(alice, "secured/whoami")), 303);
        String value = sessionCookie(alice);
        char[] altered = value.toCharArray();
        altered[altered.length / 2] = altered[altered.length / 2] == 'A' ? 'B' : 'A';

        Browser mallory = new Browser();
        HttpResponse<String> withAltered = mallory.get(app("secured/whoami"),
                SESSION_COOKIE + "=" + new String(altered));
        assertEquals(302, withAltered.statusCode(), "an altered session is no session");
        for (String planted : List.of("alice", Base64.getUrlEncoder().encodeToString("caller=alice".getBytes()))) {
            assertEquals(302, mallory.get(app("secured/whoami"), SESSION_COOKIE + "=" + planted).statusCode());
        }
    }
}
