package dev.authlib.oauth1.it.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.AccessDeniedException;
import dev.authlib.oauth1.MismatchingStateException;
import dev.authlib.oauth1.it.browser.Browser;
import dev.authlib.oauth1.it.net.RawHttp;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Callbacks and logins an attacker (or a broken provider) can send, through the real resources: each gets a plain
 * 4xx, nothing is exchanged with the provider, and the user's own pending login is left alone.
 */
class HostileCallbackIT {
    static final String REFUSED = "This login link is invalid, was already used, or has expired. Please start the "
            + "login again.";

    @RegisterExtension
    static final FlowApp app = new FlowApp(Map.of("authlib.oauth.store.max-pending", "5",
            "authlib.oauth.web.allowed-hosts", "shop.example.test"));

    @BeforeEach
    void clearEvents() {
        app.events().clear();
    }

    /** A browser with one login pending; returns the provider URL it was sent to. */
    private static URI startLogin(Browser browser) {
        return Browser.redirect(browser.get(app.uri("oauth1/twitter/login")), 303);
    }

    private static void assertRefused(HttpResponse<String> response, Browser browser, long exchangesBefore) {
        assertEquals(400, response.statusCode(), response::body);
        assertEquals(REFUSED, response.body());
        assertEquals(exchangesBefore, app.accessTokenRequests(), "nothing was exchanged with the provider");
        assertEquals("1", app.pending(browser), "the user's pending login is untouched");
        assertEquals(List.of(), app.events().logins());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "oauth_verifier=v",
        "oauth_token=&oauth_verifier=v",
        "oauth_token=TOKEN&oauth_token=TOKEN&oauth_verifier=v",
        "oauth_token=TOKEN",
        "oauth_token=TOKEN&oauth_verifier=",
        "oauth_token=TOKEN&oauth_verifier=v&oauth_verifier=w",
        "oauth_token=LONG&oauth_verifier=v",
        "oauth_token=TOKEN&oauth_verifier=LONG",
        "oauth_token=someone-elses-token&oauth_verifier=v"
    })
    void malformedOrForeignCallback_is400_andNothingIsExchanged(String query) {
        Browser browser = new Browser();
        String token = ProviderPages.query(startLogin(browser), "oauth_token");
        long exchanges = app.accessTokenRequests();
        String q = query.replace("TOKEN", token).replace("LONG", "x".repeat(5000));

        assertRefused(browser.get(app.uri("oauth1/twitter/authorize?" + q)), browser, exchanges);
    }

    @Test
    void tokenOfAnotherSession_is400_andBothLoginsStayPending() {
        Browser victim = new Browser();
        String token = ProviderPages.query(startLogin(victim), "oauth_token");
        Browser attacker = new Browser();
        startLogin(attacker);
        long exchanges = app.accessTokenRequests();

        assertRefused(attacker.get(app.uri("oauth1/twitter/authorize?oauth_token=" + token + "&oauth_verifier=v")),
                attacker, exchanges);
        assertEquals("1", app.pending(victim));
        assertInstanceOf(MismatchingStateException.class, app.events().failures().get(0).failure());
    }

    @ParameterizedTest
    @ValueSource(strings = {"denied=TOKEN", "error=access_denied&oauth_token=TOKEN",
        "oauth_problem=user_refused&oauth_token=TOKEN"})
    void denialInEachRealForm_is403_andEndsThePendingLogin(String query) {
        Browser browser = new Browser();
        String token = ProviderPages.query(startLogin(browser), "oauth_token");
        long exchanges = app.accessTokenRequests();

        HttpResponse<String> denied = browser.get(app.uri("oauth1/twitter/authorize?" + query.replace("TOKEN", token)));

        assertEquals(403, denied.statusCode(), denied::body);
        assertEquals("The login was cancelled at the provider.", denied.body());
        assertEquals(exchanges, app.accessTokenRequests());
        assertEquals("0", app.pending(browser));
        assertInstanceOf(AccessDeniedException.class, app.events().failures().get(0).failure());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/app/done\r\nSet-Cookie: evil=1", "/%0d%0aLocation:%20https://evil.example",
        "/%5Cevil.example", "/%2f%2fevil.example", "https:evil.example", "\\\\evil.example", "/app/\u0000done"})
    void nextWithControlsOrEncodedEscapes_isIgnored(String next) {
        Browser browser = new Browser();
        URI authorize = Browser.redirect(browser.get(app.uri("oauth1/twitter/login?next="
                + URLEncoder.encode(next, StandardCharsets.UTF_8))), 303);
        URI end = Browser.redirect(browser.get(ProviderPages.approve(browser, authorize)), 303);

        assertEquals(app.origin(FlowConfig.SUCCESS_URL), end);
    }

    /**
     * Values that {@code java.net.URI} rejects, and separators that only look like spaces: validated when the login
     * starts, so the callback (after the token exchange and the login event) never fails on them: it goes to the
     * success URL. (They used to pass the check and make the callback a 500 echoing them.)
     */
    @ParameterizedTest
    @ValueSource(strings = {"/app/\"x", "/app/<script>", "/app/{x}", "/app/a|b", "/app/a^b", "/app/a`b", "/app/%zz",
        "/app/%4", "/app/100%", "/app/[x]", "/app/\u00a0x", "/app/\u2028x", "/app/\u202egnp.exe", "/app/x#a#b",
        "/app/\uff0f\u3000x"})
    void nextThatUriRejects_isIgnoredAtLogin_andTheCallbackNeverFails(String next) {
        Browser browser = new Browser();
        URI authorize = Browser.redirect(browser.get(app.uri("oauth1/twitter/login?next="
                + URLEncoder.encode(next, StandardCharsets.UTF_8))), 303);
        HttpResponse<String> done = browser.get(ProviderPages.approve(browser, authorize));

        assertEquals(app.origin(FlowConfig.SUCCESS_URL), Browser.redirect(done, 303));
        assertEquals(1, app.events().logins().size());
    }

    /** Letters outside ASCII are kept, percent-encoded as UTF-8 (RFC 3986 §2.5), so the Location header is ASCII. */
    @Test
    void nextWithNonAsciiLetters_isFollowed_percentEncoded() {
        Browser browser = new Browser();
        URI authorize = Browser.redirect(browser.get(app.uri("oauth1/twitter/login?next="
                + URLEncoder.encode("/app/caf\u00e9?q=\u00fc&r=%C3%A9#\u00e0", StandardCharsets.UTF_8))), 303);
        HttpResponse<String> done = browser.get(ProviderPages.approve(browser, authorize));

        assertEquals(303, done.statusCode(), done::body);
        assertEquals(app.origin("/app/caf%C3%A9?q=%C3%BC&r=%C3%A9#%C3%A0").toString(),
                done.headers().firstValue("Location").orElseThrow());
    }

    /**
     * The login takeover: an attacker starts a login naming another host ({@code Host: evil.example}); the callback
     * must not be built from it (the provider would send the victim's verifier there). Refused with a page naming
     * the keys, escaping the host, and nothing asked of the provider.
     */
    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:PORT", "shop.example.test.evil.example", "127.0.0.1.evil"})
    void loginReachedUnderAnotherHost_isRefused_namingTheKeys_andTheProviderSeesNothing(String host) {
        long asked = app.temporaryCredentialRequests();
        String h = host.replace("PORT", String.valueOf(app.uri("").getPort()));
        RawHttp.Answer refused = RawHttp.get(app.uri("oauth1/twitter/login?next=/app/done"), h);

        assertEquals(400, refused.status(), refused::toString);
        assertEquals("AUTHJ4001: This login was refused: the server was reached as '" + h + "', which its "
                + "configuration does not name, so the provider could be told to send the login to another site. The "
                + "administrator sets authlib.oauth.web.public-url (the application's public URL, such as "
                + "https://app.example.com) or lists the host in authlib.oauth.web.allowed-hosts.", refused.body());
        assertTrue(refused.header("Cache-Control").orElse("").contains("no-store"), refused::toString);
        assertTrue(refused.header("Location").isEmpty(), refused::toString);
        assertEquals(asked, app.temporaryCredentialRequests(), "the provider was asked nothing");
    }

    /** A host listed in authlib.oauth.web.allowed-hosts is trusted: the provider is told to call back there. */
    @Test
    void loginUnderAnAllowedHost_hasItsCallbackThere() {
        int port = app.uri("").getPort();
        RawHttp.Answer started = RawHttp.get(app.uri("oauth1/twitter/login"), "shop.example.test:" + port);
        assertEquals(303, started.status(), started::toString);
        URI callback = ProviderPages.approve(new Browser(), URI.create(started.header("Location").orElseThrow()));
        assertEquals("http://shop.example.test:" + port + "/app/oauth1/twitter/authorize", callback.getScheme() + "://"
                + callback.getRawAuthority() + callback.getRawPath());
    }

    @Test
    void floodOfLoginStarts_keepsOnlyTheNewest_andTheOldestCallbackIs400() {
        Browser browser = new Browser();
        List<URI> started = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            started.add(startLogin(browser));
        }
        assertEquals("5", app.pending(browser), "bounded by authlib.oauth.store.max-pending");

        long exchanges = app.accessTokenRequests();
        HttpResponse<String> oldest = browser.get(ProviderPages.approve(browser, started.get(0)));
        assertEquals(400, oldest.statusCode(), oldest::body);
        assertEquals(exchanges, app.accessTokenRequests());

        HttpResponse<String> newest = browser.get(ProviderPages.approve(browser, started.get(11)));
        assertEquals(303, newest.statusCode(), newest::body);
        assertEquals(1, app.events().logins().size());
    }

    @Test
    void noResponse_carriesAStackTrace() {
        Browser browser = new Browser();
        for (String path : List.of("oauth1/twitter/authorize", "oauth1/twitter/authorize?oauth_token=%C3%28&oauth_verifier=%FF", "oauth1/x/login",
                "oauth1/twitter/authorize?oauth_token=a&oauth_verifier=b&denied")) {
            HttpResponse<String> r = browser.get(app.uri(path));
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, path + " -> " + r.statusCode());
            assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), r.body());
        }
    }
}
