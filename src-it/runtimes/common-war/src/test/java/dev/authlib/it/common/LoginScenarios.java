package dev.authlib.it.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.it.support.AliceProfile;
import dev.authlib.it.support.DemoProvider;
import dev.authlib.it.support.EnvironmentClients;
import dev.authlib.oauth1.it.browser.Browser;
import dev.authlib.oauth1.it.net.DroppingServer;
import dev.authlib.oauth1.it.net.RawHttp;
import dev.authlib.oauth1.it.provider.AuthlibProvider;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The login scenarios against the deployed demo application ({@code TestWar.demo}), the same on every Jakarta EE
 * runtime: logins through the built-in and the application's own routes, signed API calls, rejected callbacks. The
 * tests run in the test JVM as browsers. A runtime's test class ({@code LibertyLoginIT}, {@code PayaraLoginIT})
 * extends this class, deploys the WAR built from {@link #PROVIDER}'s URL and answers {@link #app(String)}.
 *
 * <p>Not in {@code dev.authlib.it.app}, so not packaged into the WAR. One subclass per test JVM: the provider is
 * started once (before the subclass builds its WAR) and stopped after its tests.
 */
public abstract class LoginScenarios {

    /** Started before the WAR is built: its URL goes into the WAR's configuration. */
    protected static final AuthlibProvider PROVIDER = DemoProvider.start();

    /** A provider that reads each request and drops the connection, for the clients {@code dropped-get/-post}. */
    protected static final DroppingServer DROPPING = DroppingServer.start();

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
        DROPPING.close();
    }

    /**
     * The WAR's configuration: the {@code demo} client, and two clients whose token endpoints drop the connection
     * (temporary credentials by GET and by POST).
     */
    protected static Map<String, String> config() {
        Map<String, String> c = new LinkedHashMap<>(DemoProvider.config(PROVIDER.baseUri()));
        for (String verb : List.of("get", "post")) {
            String p = "authlib.oauth.clients.dropped-" + verb + ".";
            c.put(p + "client-id", "dropped");
            c.put(p + "client-secret", "not-a-secret: this provider answers nothing");
            c.put(p + "request-token-url", DROPPING.url("/" + verb + "/request_token").toString());
            c.put(p + "request-token-method", verb.toUpperCase(Locale.ROOT));
            c.put(p + "authorize-url", DROPPING.url("/" + verb + "/authorize").toString());
            c.put(p + "access-token-url", DROPPING.url("/" + verb + "/access_token").toString());
        }
        return c;
    }

    /** How often the runtime's JAX-RS client sends a signed GET whose connection drops: once, unless it cannot. */
    protected int sendsOfADroppedGet() {
        return 1;
    }

    /** The same for a POST. */
    protected int sendsOfADroppedPost() {
        return 1;
    }

    /** The deployed application's URL for {@code pathAndQuery} (relative to the context root), on 127.0.0.1. */
    protected abstract URI app(String pathAndQuery);

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

        assertEquals(app("").getPath(), alice.follow(callback, 303).getPath(),
                "no next: the success URL, by default the application's own root (its context path)");
        HttpResponse<String> replay = alice.get(callback);
        assertEquals(400, replay.statusCode(), replay::body);
        assertSignedInAsAlice(alice);
    }

    /**
     * The login takeover through the Host header: a login started under another host must not make the provider call
     * back there. Refused with a page naming the keys, the provider asked nothing; the same request under the
     * server's own (loopback) address starts the login.
     */
    @Test
    void loginReachedUnderAForeignHost_isRefused_andTheProviderIsAskedNothing() {
        URI login = app("api/oauth1/demo/login");
        long asked = temporaryCredentialRequests();
        RawHttp.Answer refused = RawHttp.get(login, "evil.example");
        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.body().startsWith("AUTHJ4001: This login was refused: the server was reached as "
                + "'evil.example'") && refused.body().contains("authlib.oauth.web.public-url")
                && refused.body().contains("authlib.oauth.web.allowed-hosts"), refused::toString);
        assertTrue(refused.header("Cache-Control").orElse("").contains("no-store"), refused::toString);
        assertEquals(asked, temporaryCredentialRequests(), "the provider was asked nothing");

        RawHttp.Answer own = RawHttp.get(login, "127.0.0.1:" + login.getPort());
        assertEquals(303, own.status(), own::toString);
        assertTrue(own.header("Location").orElse("").startsWith(PROVIDER.authorizeUri().toString()), own::toString);
    }

    private static long temporaryCredentialRequests() {
        return PROVIDER.log().lines().filter(l -> l.contains(" /oauth/request_token -> ")).count();
    }

    /**
     * One nonce per send: a provider that reads the token request and drops the connection sees it once (the
     * runtime's HTTP engine must not send it again below the signing filter, with the same nonce); the login answers
     * 502.
     */
    @Test
    void aProviderThatDropsTheConnection_seesEachSignedRequestAsOftenAsTheRuntimeSends() {
        Browser b = new Browser();
        HttpResponse<String> post = b.get(app("api/oauth1/dropped-post/login"));
        assertEquals(502, post.statusCode(), post::body);
        assertSends(sendsOfADroppedPost(), DROPPING.requestsTo("/post/request_token"));
        HttpResponse<String> get = b.get(app("api/oauth1/dropped-get/login"));
        assertEquals(502, get.statusCode(), get::body);
        assertSends(sendsOfADroppedGet(), DROPPING.requestsTo("/get/request_token"));
    }

    private static void assertSends(int expected, List<DroppingServer.Request> sent) {
        assertEquals(expected, sent.size(), sent::toString);
        assertEquals(1, sent.stream().map(DroppingServer.Request::nonce).distinct().count(), "a resend, same nonce: "
                + sent);
    }

    @Test
    void clientsConfiguredOnlyInTheEnvironment_haveEveryKeyRead() {
        Browser b = new Browser();
        for (String client : List.of(EnvironmentClients.ENVDEMO, EnvironmentClients.ENVRSA)) {
            HttpResponse<String> described = b.get(app("api/clients/" + client));
            assertEquals(200, described.statusCode(), described::body);
            EnvironmentClients.assertRead(client, described.body());
        }
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
        AliceProfile.assertAnswered(browser.get(app("api/me")));
    }
}
