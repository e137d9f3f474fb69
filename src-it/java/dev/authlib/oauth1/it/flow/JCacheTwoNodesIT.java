package dev.authlib.oauth1.it.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.internal.store.TestHazelcast;
import dev.authlib.oauth1.it.browser.Browser;
import dev.authlib.oauth1.it.net.RawHttp;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code authlib.oauth.store=jcache} on two nodes without sticky sessions: node A in this JVM, node B in a JVM of its
 * own, each with an embedded Hazelcast member, the two members one cluster on 127.0.0.1 (TCP-IP join, no multicast).
 * The browser starts its login on one node and the provider sends it back to the other.
 */
class JCacheTwoNodesIT {
    static final String CLUSTER = "authlib-it-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    static final int PORT_A = TestHazelcast.freePort();
    static final int PORT_B = TestHazelcast.freePort();
    static final String INSTANCE = "authlib.oauth.store.jcache.properties.hazelcast.instance.name";

    @RegisterExtension
    @Order(1)
    static final HazelcastMember memberA = new HazelcastMember("node-a", CLUSTER, PORT_A, List.of(PORT_A, PORT_B));

    @RegisterExtension
    @Order(2)
    static final FlowApp nodeA = new FlowApp(provider -> TestHazelcast.storeConfig("node-a"));

    static FlowNode nodeB;

    @BeforeAll
    static void startNodeB() throws Exception {
        Map<String, String> config = new HashMap<>(nodeA.properties());
        config.put(INSTANCE, "node-b");
        nodeB = FlowNode.start(config, "node-b", CLUSTER, PORT_B, List.of(PORT_A, PORT_B));
        assertEquals(2, memberA.instance().getCluster().getMembers().size(), "one cluster of two members");
    }

    @AfterAll
    static void stopNodeB() throws Exception {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @BeforeEach
    void clearEvents() {
        nodeA.events().clear();
    }

    @Test
    void loginStartedOnA_completesOnB() {
        Browser browser = new Browser();
        HttpResponse<String> login = browser.get(nodeA.uri("oauth1/twitter/login?next=/app/done"));
        URI authorize = Browser.redirect(login, 303);
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.matches("authlib_oauth1_id=[A-Za-z0-9_-]{43}; Path=/app/; Max-Age=600; HttpOnly; "
                + "SameSite=Lax"), cookie);
        assertTrue(browser.sessionId().isEmpty(), "no HTTP session is needed");
        URI callback = ProviderPages.clickApprove(browser, authorize);
        assertEquals(nodeA.uri("oauth1/twitter/authorize").getPath(), callback.getPath());
        long exchanges = nodeA.accessTokenRequests();

        HttpResponse<String> done = browser.get(nodeB.route(callback));

        assertEquals(nodeB.uri("/app/done"), Browser.redirect(done, 303), nodeB::log);
        assertEquals(exchanges + 1, nodeA.accessTokenRequests(), "node B exchanged the verifier");
        assertEquals(List.of(), nodeA.events().logins(), "the login completed on B, not on A");
    }

    @Test
    void loginStartedOnB_completesOnA() {
        Browser browser = new Browser();
        URI authorize = Browser.redirect(browser.get(nodeB.uri("oauth1/twitter/login?next=/app/back")), 303);
        URI callback = ProviderPages.approve(browser, authorize);

        URI onA = FlowNode.route(callback, nodeA.uri(""));
        assertEquals(nodeA.origin("/app/back"), Browser.redirect(browser.get(onA), 303));
        assertEquals(1, nodeA.events().logins().size());
        assertEquals("alice", nodeA.events().logins().get(0).credentials().parameter("screen_name").orElseThrow());
    }

    @Test
    void callbackCompletedOnB_replayedOnA_is400_andExchangesNothing() {
        Browser browser = new Browser();
        URI authorize = Browser.redirect(browser.get(nodeA.uri("oauth1/twitter/login?next=/app/done")), 303);
        URI callback = ProviderPages.approve(browser, authorize);
        assertEquals(nodeB.uri("/app/done"), Browser.redirect(browser.get(nodeB.route(callback)), 303));
        long exchanges = nodeA.accessTokenRequests();

        HttpResponse<String> replay = browser.get(FlowNode.route(callback, nodeA.uri("")));

        assertEquals(400, replay.statusCode(), replay::body);
        assertTrue(replay.body().startsWith("This login link is invalid"), replay::body);
        assertEquals(exchanges, nodeA.accessTokenRequests(), "the replay exchanged nothing");
        assertEquals(List.of(), nodeA.events().logins());
        HttpResponse<String> again = browser.get(nodeB.route(callback));
        assertEquals(400, again.statusCode(), "nor on B: " + again.body());
    }

    /**
     * Login CSRF with a chosen id: Mallory starts her login presenting an id of her choosing, then plants that id in
     * Alice's browser and sends her to the callback. The store issues its own ids and ignores others, so Mallory's
     * login is under an id she cannot plant as chosen, and the callback with the chosen id completes nothing, on
     * either node. (The chosen id used to be adopted, and Alice's browser completed Mallory's login.)
     */
    @ParameterizedTest
    @ValueSource(strings = {"mallorys chosen!", "a browser id mallory picked, 32b"}) // 128 bits; the length of an id
    void chosenBrowserId_isNotAdopted_soAPlantedIdCompletesNothing(String bits) {
        String chosen = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                bits.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        URI login = nodeA.uri("oauth1/twitter/login");
        RawHttp.Answer started = RawHttp.get(login, "127.0.0.1:" + login.getPort(),
                "Cookie: authlib_oauth1_id=" + chosen);
        assertEquals(303, started.status(), started::toString);
        String issued = started.header("Set-Cookie").orElseThrow();
        assertTrue(issued.startsWith("authlib_oauth1_id=") && !issued.contains(chosen), issued);
        URI callback = ProviderPages.approve(new Browser(), URI.create(started.header("Location").orElseThrow()));
        long exchanges = nodeA.accessTokenRequests();

        for (URI at : List.of(nodeB.route(callback), FlowNode.route(callback, nodeA.uri("")))) {
            RawHttp.Answer planted = RawHttp.get(at, "127.0.0.1:" + at.getPort(), "Cookie: authlib_oauth1_id="
                    + chosen);
            assertEquals(400, planted.status(), planted::toString);
        }
        assertEquals(exchanges, nodeA.accessTokenRequests(), "nothing was exchanged");
        assertEquals(List.of(), nodeA.events().logins());
    }

    @Test
    void foreignBrowser_atEitherNode_is400_andTheLoginStaysPending() {
        Browser alice = new Browser();
        URI authorize = Browser.redirect(alice.get(nodeA.uri("oauth1/twitter/login?next=/app/alice")), 303);
        URI callback = ProviderPages.approve(alice, authorize);
        long exchanges = nodeA.accessTokenRequests();
        Browser mallory = new Browser();
        Browser.redirect(mallory.get(nodeB.uri("oauth1/twitter/login")), 303); // a browser id of her own

        assertEquals(400, new Browser().get(nodeB.route(callback)).statusCode(), "no cookie at all");
        assertEquals(400, mallory.get(nodeB.route(callback)).statusCode(), "another browser's cookie");
        assertEquals(400, mallory.get(FlowNode.route(callback, nodeA.uri(""))).statusCode());
        assertEquals(exchanges, nodeA.accessTokenRequests(), "nothing was exchanged");

        assertEquals(nodeB.uri("/app/alice"), Browser.redirect(alice.get(nodeB.route(callback)), 303),
                "the browser that started the login still completes it");
    }
}
