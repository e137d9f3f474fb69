package dev.authlib.oauth1.it.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.authlib.oauth1.it.browser.Browser;
import dev.authlib.oauth1.it.net.RawHttp;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Where the built-in login's {@code oauth_callback} points when it is configured: {@code authlib.oauth.web.public-url}
 * pins the origin whatever {@code Host} the request names, and is where a completed login sends the browser; a
 * client's own {@code redirect-uri} wins over both.
 */
class CallbackOriginIT {
    static final String PUBLIC = "https://app.example.test:8443";
    static final String PINNED = "https://pinned.example.test/return";

    @RegisterExtension
    static final FlowApp app = new FlowApp(provider -> {
        Map<String, String> p = new HashMap<>();
        p.put("authlib.oauth.web.public-url", PUBLIC);
        String c = "authlib.oauth.clients.twitter-pinned.";
        p.put(c + "client-id", "twitter-key");
        p.put(c + "client-secret", "twitter-secret");
        p.put(c + "request-token-url", provider.requestTokenUri().toString());
        p.put(c + "authorize-url", provider.authorizeUri().toString());
        p.put(c + "access-token-url", provider.accessTokenUri().toString());
        p.put(c + "redirect-uri", PINNED);
        return p;
    });

    /** The callback the provider was told, as its consent step sends the browser there. */
    private static URI callbackTold(String client, String host) {
        RawHttp.Answer started = RawHttp.get(app.uri("oauth1/" + client + "/login"), host);
        assertEquals(303, started.status(), started::toString);
        URI callback = ProviderPages.approve(new Browser(), URI.create(started.header("Location").orElseThrow()));
        return URI.create(callback.getScheme() + "://" + callback.getRawAuthority() + callback.getRawPath());
    }

    @Test
    void publicUrl_pinsTheCallbackOrigin_whateverTheHostHeaderSays() {
        assertEquals(URI.create(PUBLIC + "/app/oauth1/twitter/authorize"), callbackTold("twitter", "evil.example"));
        assertEquals(URI.create(PUBLIC + "/app/oauth1/twitter/authorize"), callbackTold("twitter", "127.0.0.1:"
                + app.uri("").getPort()));
    }

    /**
     * Behind a proxy the application sees its internal address (here 127.0.0.1): the end of the login still sends the
     * browser to the public origin, not to the address the proxy forwarded to.
     */
    @Test
    void publicUrl_isWhereTheLoginEnds_notTheAddressTheRequestCameIn() {
        Browser browser = new Browser();
        URI authorize = Browser.redirect(browser.get(app.uri("oauth1/twitter/login")), 303);
        URI callback = ProviderPages.approve(browser, authorize); // under the public URL, which the proxy forwards
        URI landing = Browser.redirect(browser.get(app.uri("oauth1/twitter/authorize?" + callback.getRawQuery())), 303);
        assertEquals(PUBLIC, landing.getScheme() + "://" + landing.getRawAuthority(), landing::toString);
    }

    @Test
    void clientsRedirectUri_winsOverThePublicUrl() {
        assertEquals(URI.create(PINNED), callbackTold("twitter-pinned", "evil.example"));
    }
}
