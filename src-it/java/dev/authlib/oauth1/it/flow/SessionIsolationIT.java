package dev.authlib.oauth1.it.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.MismatchingStateException;
import dev.authlib.oauth1.OAuth1LoginEvent;
import dev.authlib.oauth1.OAuth1LoginFailedEvent;
import dev.authlib.oauth1.it.browser.Browser;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Pending logins live in the user's HTTP session: several at once in one session, none visible from another, each
 * taken once.
 */
class SessionIsolationIT {

    @RegisterExtension
    static final FlowApp app = new FlowApp();

    @BeforeEach
    void clearEvents() {
        app.events().clear();
    }

    @Test
    void twoPendingLoginsInOneSession_bothComplete() {
        Browser browser = new Browser();
        URI first = Browser.redirect(browser.get(app.uri("oauth1/twitter/login?next=/app/first")), 303);
        String session = browser.sessionId().orElseThrow();
        URI second = Browser.redirect(browser.get(app.uri("oauth1/twitter/login?next=/app/second")), 303);
        assertEquals(session, browser.sessionId().orElseThrow(), "one session for both logins");
        assertNotEquals(ProviderPages.query(first, "oauth_token"), ProviderPages.query(second, "oauth_token"));
        assertEquals("2", app.pending(browser));

        URI firstCallback = ProviderPages.approve(browser, first);
        URI secondCallback = ProviderPages.approve(browser, second);
        assertEquals(app.origin("/app/second"), Browser.redirect(browser.get(secondCallback), 303));
        assertEquals("1", app.pending(browser));
        assertEquals(app.origin("/app/first"), Browser.redirect(browser.get(firstCallback), 303));
        assertEquals("0", app.pending(browser));

        List<OAuth1LoginEvent> logins = app.events().logins();
        assertEquals(2, logins.size(), logins::toString);
        assertNotEquals(logins.get(0).credentials().token(), logins.get(1).credentials().token());
        logins.forEach(l -> assertEquals("alice", l.credentials().parameter("screen_name").orElseThrow()));
        assertEquals(List.of(), app.events().failures());
    }

    @Test
    void loginStartedInOneSession_callbackInAnother_is400_andNothingExchanged() {
        Browser alice = new Browser();
        Browser mallory = new Browser();
        URI aliceAuthorize = Browser.redirect(alice.get(app.uri("oauth1/twitter/login?next=/app/alice")), 303);
        URI malloryAuthorize = Browser.redirect(mallory.get(app.uri("oauth1/twitter/login?next=/app/mallory")), 303);
        assertNotEquals(alice.sessionId().orElseThrow(), mallory.sessionId().orElseThrow());
        URI aliceCallback = ProviderPages.approve(alice, aliceAuthorize);
        long exchanges = app.accessTokenRequests();

        HttpResponse<String> foreign = mallory.get(aliceCallback);
        assertEquals(400, foreign.statusCode(), foreign::body);
        assertTrue(foreign.body().startsWith("This login link is invalid"), foreign::body);
        assertEquals(List.of(), app.events().logins(), "no login from a callback of another session");
        assertMismatch(app.events().failures());
        assertEquals(exchanges, app.accessTokenRequests(), "the foreign callback exchanged nothing");
        assertEquals("1", app.pending(alice), "the foreign callback took nothing from the session that started it");
        assertEquals("1", app.pending(mallory), "nor from its own session");

        // the provider's verifier was not spent: the browser that started the login still completes it
        assertEquals(app.origin("/app/alice"), Browser.redirect(alice.get(aliceCallback), 303));
        assertEquals(exchanges + 1, app.accessTokenRequests());
        assertEquals(1, app.events().logins().size());
        assertEquals("0", app.pending(alice));
        // and the other browser's own login is unaffected
        URI malloryCallback = ProviderPages.approve(mallory, malloryAuthorize);
        assertEquals(app.origin("/app/mallory"), Browser.redirect(mallory.get(malloryCallback), 303));
        assertEquals(2, app.events().logins().size());
    }

    @Test
    void replayedCallback_is400() {
        Browser browser = new Browser();
        URI authorize = Browser.redirect(browser.get(app.uri("oauth1/twitter/login?next=/app/done")), 303);
        URI callback = ProviderPages.approve(browser, authorize);
        assertEquals(app.origin("/app/done"), Browser.redirect(browser.get(callback), 303));
        long exchanges = app.accessTokenRequests();

        HttpResponse<String> replay = browser.get(callback);
        assertEquals(400, replay.statusCode(), replay::body);
        assertEquals(1, app.events().logins().size(), "the replay fired no second login");
        assertMismatch(app.events().failures());
        assertEquals(exchanges, app.accessTokenRequests(), "the replay exchanged nothing");
    }

    private static void assertMismatch(List<OAuth1LoginFailedEvent> failures) {
        assertEquals(1, failures.size(), failures::toString);
        assertEquals("twitter", failures.get(0).clientName());
        assertInstanceOf(MismatchingStateException.class, failures.get(0).failure());
    }

    @Test
    void denialNamingAnotherSessionsLogin_is400_andTheirLoginStaysPending() {
        Browser victim = new Browser();
        URI authorize = Browser.redirect(victim.get(app.uri("oauth1/twitter/login")), 303);
        String token = ProviderPages.query(authorize, "oauth_token");
        Browser attacker = new Browser();
        attacker.get(app.uri("shop/pending")); // a session of its own

        HttpResponse<String> forged = attacker.get(app.uri("oauth1/twitter/authorize?denied=" + token));

        assertEquals(400, forged.statusCode(), forged::body);
        assertInstanceOf(MismatchingStateException.class, app.events().failures().get(0).failure());
        assertEquals("1", app.pending(victim), "the victim's login was not cancelled by a foreign denial");
    }
}
