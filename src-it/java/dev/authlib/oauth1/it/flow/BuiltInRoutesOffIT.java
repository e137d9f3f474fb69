package dev.authlib.oauth1.it.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.authlib.oauth1.it.browser.Browser;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With authlib.oauth.web.enabled=false the built-in routes answer 404; the application's own routes still work. */
class BuiltInRoutesOffIT {

    @RegisterExtension
    static final FlowApp app = new FlowApp(Map.of("authlib.oauth.web.enabled", "false"));

    @Test
    void builtInRoutes_are404() {
        Browser browser = new Browser();
        HttpResponse<String> login = browser.get(app.uri("oauth1/twitter/login"));
        assertEquals(404, login.statusCode(), login::body);
        HttpResponse<String> callback = browser.get(app.uri("oauth1/twitter/authorize?oauth_token=t&oauth_verifier=v"));
        assertEquals(404, callback.statusCode(), callback::body);
        assertEquals("0", app.pending(browser));
    }

    @Test
    void applicationsOwnRoutes_stillLogIn() {
        Browser browser = new Browser();
        URI authorize = Browser.redirect(browser.get(app.uri("shop/twitter/login")), 303);
        HttpResponse<String> done = browser.get(ProviderPages.approve(browser, authorize));
        assertEquals(200, done.statusCode(), done::body);
    }
}
