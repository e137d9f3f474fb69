package dev.authlib.it.payara;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.it.support.Browser;
import dev.authlib.it.support.DemoProvider;
import dev.authlib.it.support.TestWar;
import dev.authlib.oauth1.it.provider.AuthlibProvider;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo application on Payara Micro 6 (library jar in WEB-INF/lib, configuration in the WAR, secret from the
 * environment) against the Authlib provider: logins through the built-in and the application's own routes, signed
 * API calls, rejected callbacks. One deployment (one Micro boot); the tests run in the Failsafe JVM as browsers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PayaraLoginIT {

    /** Started before the WAR is built: its URL goes into the WAR's configuration. */
    static final AuthlibProvider PROVIDER = DemoProvider.start();

    @Deployment(testable = false)
    static WebArchive app() {
        return TestWar.demo("demo", DemoProvider.config(PROVIDER.baseUri()));
    }

    @ArquillianResource
    URL base;

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    private URI app(String pathAndQuery) {
        return Browser.loopback(base, pathAndQuery);
    }

    @Test
    void builtInLogin_returnsToNext_andTheProfileComesFromASignedCall() {
        Browser alice = new Browser();
        assertEquals(401, alice.get(app("api/me")).statusCode());

        URI authorize = alice.follow(app("api/oauth1/demo/login?next=" + app("api/me").getPath()), 303);
        assertTrue(authorize.toString().startsWith(PROVIDER.authorizeUri() + "?oauth_token="), authorize::toString);
        URI callback = alice.follow(authorize, 302);
        assertEquals(app("api/oauth1/demo/authorize").getPath(), callback.getPath(), callback::toString);
        assertEquals(app("api/me"), alice.follow(callback, 303));

        assertSignedInAsAlice(alice);
    }

    @Test
    void foreignAndReplayedCallbacks_areRejected() {
        Browser alice = new Browser();
        Browser mallory = new Browser();
        URI callback = alice.follow(alice.follow(app("api/oauth1/demo/login"), 303), 302);

        HttpResponse<String> foreign = mallory.get(callback);
        assertEquals(400, foreign.statusCode(), foreign::body);
        assertEquals(401, mallory.get(app("api/me")).statusCode());

        assertEquals("/", alice.follow(callback, 303).getPath(), "no next: the success URL, default /");
        HttpResponse<String> replay = alice.get(callback);
        assertEquals(400, replay.statusCode(), replay::body);
        assertSignedInAsAlice(alice);
    }

    @Test
    void unknownClient_is404() {
        Browser b = new Browser();
        assertEquals(404, b.get(app("api/oauth1/nobody/login")).statusCode());
        assertEquals(404, b.get(app("api/oauth1/nobody/authorize?oauth_token=t&oauth_verifier=v")).statusCode());
    }

    @Test
    void applicationsOwnRoutes_logInProgrammatically() {
        Browser alice = new Browser();
        URI callback = alice.follow(alice.follow(app("api/own/login"), 303), 302);
        assertEquals(app("api/own/callback").getPath(), callback.getPath(), callback::toString);
        assertEquals(app("api/me"), alice.follow(callback, 303));
        assertSignedInAsAlice(alice);
        assertEquals(400, alice.get(callback).statusCode(), "replayed");
    }

    private void assertSignedInAsAlice(Browser browser) {
        HttpResponse<String> me = browser.get(app("api/me"));
        assertEquals(200, me.statusCode(), me::body);
        assertTrue(me.body().contains("\"screen_name\"") && me.body().contains("alice")
                && me.body().contains("Alice Example"), me::body);
    }
}
