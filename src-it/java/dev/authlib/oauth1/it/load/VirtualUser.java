package dev.authlib.oauth1.it.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.OAuth1Client;
import dev.authlib.oauth1.TokenCredentials;
import dev.authlib.oauth1.it.browser.Browser;
import dev.authlib.oauth1.it.flow.FlowApp;
import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One user with one browser (its own cookie jar and connections, redirects not followed) who logs in again and again
 * through the built-in routes, approving at once at the provider ({@code auto=approve}), and then makes a signed API
 * call with the token the application received. Every step is asserted; a failed one throws.
 */
final class VirtualUser {
    /** A login that completed and was checked. */
    record CompletedLogin(int user, int index, String sessionId, String temporaryToken, TokenCredentials token) {}

    private final int id;
    private final String client;
    private final FlowApp app;
    private final LoginRecorder recorder;
    private final OAuth1Client api;
    private final Browser browser = new Browser();

    VirtualUser(int id, String client, FlowApp app, LoginRecorder recorder) {
        this.id = id;
        this.client = client;
        this.app = app;
        this.recorder = recorder;
        this.api = app.bean(OAuth1Client.class, NamedLiteral.of(client));
    }

    String client() {
        return client;
    }

    /**
     * Logs in once: login route, provider, callback, then {@code GET me} signed with the token of the login event.
     *
     * @param index this user's login number, part of the {@code next} path the login must end on
     */
    CompletedLogin login(int index) {
        String next = "/app/load/u" + id + "/" + index; // distinct per user and login
        URI authorize = browser.follow(app.uri("oauth1/" + client + "/login?next=" + next), 303);
        assertEquals(app.provider().authorizeUri().getPath(), authorize.getPath(), authorize::toString);
        String temporary = query(authorize, "oauth_token");

        URI callback = browser.follow(URI.create(authorize + "&auto=approve"), 302);
        assertEquals(app.uri("oauth1/" + client + "/authorize").getPath(), callback.getPath(), callback::toString);
        assertEquals(temporary, query(callback, "oauth_token"));

        URI end = browser.follow(callback, 303);
        assertEquals(app.origin(next), end, () -> "user " + id + " login " + index + " ended elsewhere");

        String session = sessionId();
        List<LoginRecorder.Login> seen = recorder.logins(temporary);
        assertEquals(1, seen.size(), () -> "login events for the temporary token of user " + id + ": " + seen);
        LoginRecorder.Login login = seen.get(0);
        assertEquals(session, login.sessionId(), "the login event fired in this browser's session");
        assertEquals(client, login.event().clientName());
        TokenCredentials token = login.event().credentials();
        assertEquals("42", token.parameter("user_id").orElse(null), token::toString);

        try (Response me = api.get("me", token)) { // refused (401) if the token was issued to the other consumer
            String body = me.readEntity(String.class);
            assertEquals(200, me.getStatus(), () -> "GET me with the token of user " + id + ": " + body);
            assertTrue(body.contains("\"id\":42"), body);
        }
        return new CompletedLogin(id, index, session, temporary, token);
    }

    /** How many logins the application holds pending in this browser's session ({@code GET shop/pending}). */
    String pending() {
        HttpResponse<String> r = browser.get(app.uri("shop/pending"));
        assertEquals(200, r.statusCode(), r::body);
        return r.body();
    }

    String sessionId() {
        return browser.sessionId().orElseThrow(() -> new AssertionError("no session cookie"));
    }

    private static String query(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in " + uri);
    }
}
