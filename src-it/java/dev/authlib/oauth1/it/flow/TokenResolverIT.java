package dev.authlib.oauth1.it.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.it.browser.Browser;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Signed calls without an explicit token take the current user's token from the application's
 * {@link dev.authlib.oauth1.OAuth1TokenResolver} bean ({@link SessionTokens}), as Authlib's {@code fetch_token} does.
 */
class TokenResolverIT {

    @RegisterExtension
    static final FlowApp app = new FlowApp(Map.of(), SessionTokens.class);

    @Test
    void afterLogin_aCallWithoutTokenUsesTheResolvedOne() {
        Browser browser = new Browser();
        URI authorize = Browser.redirect(browser.get(app.uri("oauth1/twitter/login")), 303);
        browser.get(ProviderPages.approve(browser, authorize));

        HttpResponse<String> me = browser.get(app.uri("shop/twitter/me-resolved"));

        assertEquals(200, me.statusCode(), me::body);
        assertTrue(me.body().contains("\"screen_name\":\"alice\""), me.body());
    }

    @Test
    void beforeLogin_aCallWithoutTokenSaysTheUserHasNone() {
        HttpResponse<String> me = new Browser().get(app.uri("shop/twitter/me-resolved"));

        assertEquals(401, me.statusCode(), me::body);
        assertEquals("OAuth 1 client 'twitter': AUTHJ3006: the OAuth1TokenResolver has no token credentials for the "
                + "current user: log the user in first", me.body());
    }
}
