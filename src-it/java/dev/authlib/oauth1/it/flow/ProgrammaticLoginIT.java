package dev.authlib.oauth1.it.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.it.browser.Browser;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The application's own routes ({@link ShopResource}): {@code twitter.authorizeRedirect(...)} and
 * {@code twitter.authorizeAccessToken(uriInfo)}, then a signed API call, all inside the callback request.
 */
class ProgrammaticLoginIT {

    @RegisterExtension
    static final FlowApp app = new FlowApp();

    @BeforeEach
    void clearEvents() {
        app.events().clear();
    }

    @Test
    void programmaticLogin_returnsTokenAndSignedApiCallWorks() {
        Browser browser = new Browser();
        URI authorize = Browser.redirect(browser.get(app.uri("shop/twitter/login")), 303);
        assertEquals(app.provider().authorizeUri().getPath(), authorize.getPath(), authorize::toString);
        assertEquals("1", app.pending(browser));

        URI callback = ProviderPages.clickApprove(browser, authorize);
        assertEquals(app.uri("shop/twitter/callback").getPath(), callback.getPath(), callback::toString);
        assertEquals(ProviderPages.query(authorize, "oauth_token"), ProviderPages.query(callback, "oauth_token"));
        HttpResponse<String> done = browser.get(callback);

        assertEquals(200, done.statusCode(), done::body);
        assertTrue(done.body().contains("screen_name=alice\n"), done::body);
        assertTrue(done.body().contains("me.status=200\n"), done::body);
        assertTrue(done.body().contains("me={\"id\":42,\"name\":\"Alice Example\",\"screen_name\":\"alice\"}\n"),
                done::body);
        assertEquals("0", app.pending(browser));
        assertEquals(List.of(), app.events().logins(), "the programmatic API fires no event: the route has the token");
    }

    @Test
    void programmaticCallbackReplayed_isRefusedByTheApplication() {
        Browser browser = new Browser();
        URI authorize = Browser.redirect(browser.get(app.uri("shop/twitter/login")), 303);
        URI callback = ProviderPages.approve(browser, authorize);
        assertEquals(200, browser.get(callback).statusCode());
        long exchanges = app.accessTokenRequests();

        HttpResponse<String> replay = browser.get(callback);
        assertEquals(400, replay.statusCode(), replay::body);
        assertEquals("MismatchingStateException", replay.body());
        assertEquals(exchanges, app.accessTokenRequests(), "nothing was exchanged");
    }
}
