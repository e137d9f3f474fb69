package dev.authlib.it.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.it.quarkus.common.AppProfile;
import dev.authlib.it.support.AliceProfile;
import dev.authlib.oauth1.it.browser.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A user logs in through the library's built-in routes, the pending login kept in the HTTP session (RESTEasy
 * Classic + Undertow), and the application calls the provider's API with the user's token.
 */
@QuarkusTest
@TestProfile(AppProfile.class)
class BuiltInLoginTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void loginThroughBuiltInRoutes_thenSignedApiCallReturnsAlice() {
        Browser browser = new Browser();

        HttpResponse<String> login = browser.get(app("oauth1/demo/login?next=/me"));
        URI authorize = Browser.redirect(login, 303);
        assertTrue(authorize.toString().contains("/oauth/authorize?") && authorize.getQuery().contains("oauth_token=")
                && authorize.getQuery().contains("auto=approve"), authorize::toString);
        List<String> cookies = login.headers().allValues("Set-Cookie");
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("JSESSIONID="))
                && cookies.stream().noneMatch(c -> c.startsWith("authlib_o1_")),
                () -> "the pending login lives in the HTTP session, not in a cookie of its own: " + cookies);

        URI callback = browser.follow(authorize, 302);
        assertEquals(app("oauth1/demo/authorize").getPath(), callback.getPath(), callback::toString);
        assertEquals(app("me"), browser.follow(callback, 303));

        AliceProfile.assertAnswered(browser.get(app("me")));
    }

    @Test
    void replayedCallback_isRejected() {
        Browser browser = new Browser();
        URI callback = browser.follow(browser.follow(app("oauth1/demo/login?next=/me"), 303), 302);
        browser.follow(callback, 303);

        HttpResponse<String> replay = browser.get(callback);
        assertEquals(400, replay.statusCode(), replay::body);
    }

    @Test
    void unknownClient_isNotFound() {
        HttpResponse<String> r = new Browser().get(app("oauth1/nobody/login?next=/me"));
        assertEquals(404, r.statusCode(), r::body);
    }

    @Test
    void apiCallWithoutLogin_isUnauthorized() {
        HttpResponse<String> r = new Browser().get(app("me"));
        assertEquals(401, r.statusCode(), r::body);
    }

    private URI app(String path) {
        return Browser.loopback(base, path);
    }
}
