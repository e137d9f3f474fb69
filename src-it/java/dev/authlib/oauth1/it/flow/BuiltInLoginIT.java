package dev.authlib.oauth1.it.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.AccessDeniedException;
import dev.authlib.oauth1.OAuth1CallbackException;
import dev.authlib.oauth1.OAuth1Client;
import dev.authlib.oauth1.OAuth1LoginEvent;
import dev.authlib.oauth1.OAuth1LoginFailedEvent;
import dev.authlib.oauth1.internal.web.OAuth1Resource;
import dev.authlib.oauth1.it.browser.Browser;
import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The built-in routes {@code oauth1/{client}/login} and {@code oauth1/{client}/authorize}, through a browser. */
class BuiltInLoginIT {

    @RegisterExtension
    static final FlowApp app = new FlowApp(Map.of(), FailingObserver.class);

    @BeforeEach
    void clearEvents() {
        app.events().clear();
    }

    @Test
    void builtInLogin_endsOnNextPath_firesEventWithScreenName() {
        Browser browser = new Browser();
        URI authorize = Browser.redirect(browser.get(app.uri("oauth1/twitter/login?next=/app/done")), 303);
        assertEquals(app.provider().authorizeUri().getPath(), authorize.getPath(), authorize::toString);
        assertTrue(browser.sessionId().isPresent(), "the login started a session");
        assertEquals("1", app.pending(browser));

        URI callback = ProviderPages.clickApprove(browser, authorize);
        assertEquals(app.uri("oauth1/twitter/authorize").getPath(), callback.getPath(), callback::toString);
        HttpResponse<String> done = browser.get(callback);
        assertEquals(app.origin("/app/done"), Browser.redirect(done, 303));
        assertTrue(done.headers().firstValue("Cache-Control").orElse("").contains("no-store"), done::toString);

        List<OAuth1LoginEvent> logins = app.events().logins();
        assertEquals(1, logins.size(), logins::toString);
        OAuth1LoginEvent login = logins.get(0);
        assertEquals("twitter", login.clientName());
        assertEquals("alice", login.credentials().parameter("screen_name").orElseThrow());
        assertEquals("42", login.credentials().parameter("user_id").orElseThrow());
        assertEquals(List.of(), app.events().failures());
        assertEquals("0", app.pending(browser));

        OAuth1Client twitter = app.bean(OAuth1Client.class, NamedLiteral.of("twitter"));
        try (Response me = twitter.get("me", login.credentials())) {
            assertEquals(200, me.getStatus());
            String profile = me.readEntity(String.class);
            assertTrue(profile.contains("\"screen_name\":\"alice\"") && profile.contains("\"id\":42"), profile);
        }
    }

    @Test
    void denial_is403_andFiresFailedEventWithAccessDenied() {
        Browser browser = new Browser();
        URI authorize = Browser.redirect(browser.get(app.uri("oauth1/twitter/login")), 303);
        long exchanges = app.accessTokenRequests();

        URI callback = ProviderPages.clickDeny(browser, authorize);
        assertEquals("access_denied", ProviderPages.query(callback, "error"));
        HttpResponse<String> denied = browser.get(callback);

        assertEquals(403, denied.statusCode(), denied::body);
        assertEquals("The login was cancelled at the provider.", denied.body());
        assertEquals(List.of(), app.events().logins());
        List<OAuth1LoginFailedEvent> failures = app.events().failures();
        assertEquals(1, failures.size(), failures::toString);
        assertEquals("twitter", failures.get(0).clientName());
        assertInstanceOf(AccessDeniedException.class, failures.get(0).failure());
        assertEquals(exchanges, app.accessTokenRequests(), "nothing was exchanged");
        assertEquals("0", app.pending(browser), "the denied login is no longer pending");
    }

    /**
     * The application's observer throws (a provider without the field it expects): a clear 500 page, no-store, no
     * stack trace; the failure event names the observer; the log says which observer failed for which client.
     */
    @Test
    void loginObserverThatThrows_answersAClearPage_andFiresTheFailedEvent() {
        Browser browser = new Browser();
        URI authorize = Browser.redirect(browser.get(app.uri("oauth1/twitter/login?next=/app/done")), 303);
        app.bean(FailingObserver.class).failNextLogin();
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger resource = Logger.getLogger(OAuth1Resource.class.getName());
        resource.addHandler(capture);
        HttpResponse<String> page;
        try {
            page = browser.get(ProviderPages.approve(browser, authorize));
        } finally {
            resource.removeHandler(capture);
        }

        assertEquals(500, page.statusCode(), page::body);
        assertEquals("AUTHJ4004: The sign-in could not be completed. Please try again later.", page.body());
        assertTrue(page.headers().firstValue("Cache-Control").orElse("").contains("no-store"), page::toString);
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), page::toString);
        List<OAuth1LoginFailedEvent> failures = app.events().failures();
        assertEquals(1, failures.size(), failures::toString);
        assertEquals("twitter", failures.get(0).clientName());
        String message = failures.get(0).failure().getMessage();
        assertTrue(message.startsWith("OAuth 1 client 'twitter': AUTHJ4002: the login was granted by the provider, "
                + "but the application's OAuth1LoginEvent observer " + FailingObserver.class.getName() + ".onLogin "
                + "threw java.util.NoSuchElementException"), message);
        assertInstanceOf(NoSuchElementException.class, failures.get(0).failure().getCause());
        assertTrue(logged.stream().anyMatch(r -> r.getLevel() == Level.SEVERE && r.getMessage().equals(message)
                && r.getThrown() instanceof NoSuchElementException), () -> logged.stream().map(LogRecord::getMessage)
                        .toList().toString());
    }

    /**
     * An observer that refuses the login on purpose (a WebApplicationException, as the "Log in with X" identity
     * stores do for an account they do not accept): the browser gets that refusal, never cached, not a 500; the
     * failure event says who refused; the user is not signed in, and the login cannot be completed again.
     */
    @Test
    void loginObserverThatRefuses_answersItsOwnPage_andFiresTheFailedEvent() {
        Browser browser = new Browser();
        URI authorize = Browser.redirect(browser.get(app.uri("oauth1/twitter/login?next=/app/done")), 303);
        app.bean(FailingObserver.class).refuseNextLogin();
        URI callback = ProviderPages.approve(browser, authorize);
        HttpResponse<String> page = browser.get(callback);

        assertEquals(403, page.statusCode(), page::body);
        assertEquals(FailingObserver.NOT_ON_THE_LIST, page.body());
        assertTrue(page.headers().firstValue("Cache-Control").orElse("").contains("no-store"), page::toString);
        List<OAuth1LoginFailedEvent> failures = app.events().failures();
        assertEquals(1, failures.size(), failures::toString);
        String message = failures.get(0).failure().getMessage();
        assertEquals("OAuth 1 client 'twitter': AUTHJ4005: the login was granted by the provider, but "
                + FailingObserver.class.getName() + ".onLogin refused it with a WebApplicationException (HTTP 403), "
                + "the answer the browser got; the user is not signed in", message);
        assertEquals(400, browser.get(callback).statusCode(), "the refused login is used up");
    }

    @Test
    void unknownClient_is404() {
        Browser browser = new Browser();
        HttpResponse<String> login = browser.get(app.uri("oauth1/nope/login?next=/app/done"));
        assertEquals(404, login.statusCode(), login::body);
        assertEquals("No OAuth 1 login is configured under this name.", login.body());
        HttpResponse<String> callback = browser.get(app.uri("oauth1/nope/authorize?oauth_token=t&oauth_verifier=v"));
        assertEquals(404, callback.statusCode(), callback::body);
        assertEquals(List.of(), app.events().logins());
        assertEquals(List.of(), app.events().failures());
    }

    @Test
    void callbackWithoutVerifier_is400_andTheLoginStaysPending() {
        Browser browser = new Browser();
        URI authorize = Browser.redirect(browser.get(app.uri("oauth1/twitter/login")), 303);
        String token = ProviderPages.query(authorize, "oauth_token");
        long exchanges = app.accessTokenRequests();

        HttpResponse<String> bare = browser.get(app.uri("oauth1/twitter/authorize?oauth_token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8)));
        assertEquals(400, bare.statusCode(), bare::body);
        assertTrue(bare.body().startsWith("This login link is invalid"), bare::body);
        List<OAuth1LoginFailedEvent> failures = app.events().failures();
        assertEquals(1, failures.size(), failures::toString);
        assertEquals(OAuth1CallbackException.class, failures.get(0).failure().getClass());
        assertEquals(exchanges, app.accessTokenRequests(), "nothing was exchanged");
        assertEquals("1", app.pending(browser));

        URI callback = ProviderPages.approve(browser, authorize);
        assertEquals(app.origin(FlowConfig.SUCCESS_URL), Browser.redirect(browser.get(callback), 303));
        assertEquals(1, app.events().logins().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "https://evil.example", "/\\evil.example", "//evil.example/app/done",
        "/%2F%2Fevil.example", "evil.example"})
    void nextToAnotherOrigin_isIgnored(String next) {
        Browser browser = new Browser();
        URI authorize = Browser.redirect(browser.get(app.uri("oauth1/twitter/login?next="
                + URLEncoder.encode(next, StandardCharsets.UTF_8))), 303);
        assertEquals(app.provider().authorizeUri().getPath(), authorize.getPath());
        URI callback = ProviderPages.approve(browser, authorize);
        URI end = Browser.redirect(browser.get(callback), 303);
        assertEquals(app.origin(FlowConfig.SUCCESS_URL), end, "next=" + next + " must be ignored");
        assertEquals(1, app.events().logins().size());
    }
}
