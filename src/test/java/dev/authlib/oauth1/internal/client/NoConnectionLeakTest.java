package dev.authlib.oauth1.internal.client;

import static dev.authlib.oauth1.internal.client.TestClients.ACCESS_TOKEN_PATH;
import static dev.authlib.oauth1.internal.client.TestClients.BOUND;
import static dev.authlib.oauth1.internal.client.TestClients.CALLBACK;
import static dev.authlib.oauth1.internal.client.TestClients.REQUEST_TOKEN_PATH;
import static dev.authlib.oauth1.internal.client.TestClients.TEMPORARY;
import static dev.authlib.oauth1.internal.client.TestClients.TOKEN_SECRET;
import static dev.authlib.oauth1.internal.client.TestClients.failsWithin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.OAuth1Exception;
import dev.authlib.oauth1.OAuth1TransportException;
import dev.authlib.oauth1.TokenCredentials;
import dev.authlib.oauth1.internal.client.FakeProvider.Reply;
import dev.authlib.oauth1.internal.client.FakeProvider.Wire;
import dev.authlib.oauth1.internal.client.TestClients.Config;
import dev.authlib.oauth1.internal.client.TestClients.Fixture;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.resteasy.client.jaxrs.ResteasyClientBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.AssertionFailedError;

/**
 * No failing token call leaks its connection.
 *
 * <p>Why these tests can fail: {@code OAuth1ClientFactory} builds its client with the JAX-RS
 * {@code ClientBuilder.newBuilder()}, which under RESTEasy 6.2 is {@code ResteasyClientBuilderImpl} over Apache
 * HttpClient 4: a {@code PoolingHttpClientConnectionManager} of {@code connectionPoolSize} 50 connections,
 * {@code maxPooledPerRoute} 0, which RESTEasy turns into 50 per route, and no checkout timeout
 * ({@code connectionCheckoutTimeoutMs} -1: wait forever). A {@code Response} that is not closed, and whose body
 * is not read to its end, keeps its connection leased (until, at best, a garbage collection runs RESTEasy's
 * cleaner). All calls here go to one route, so 50 leaks exhaust the pool and the next call waits forever: past 50
 * failing calls, a leak makes a failing call or the final good call hang, and {@code assertTimeoutPreemptively}
 * fails the test. {@link #responsesLeftOpen_exhaustTheDefaultPool()} shows that this happens. The same faults are
 * also run on a pool of a single connection with a checkout timeout, where one leak fails the next call at once
 * and no garbage collection can hide it.
 */
class NoConnectionLeakTest {
    /** More than the default pool of 50 per route. */
    private static final int CALLS = 60;
    private static final String TOKENS = "oauth_token=tok-1&oauth_token_secret=" + TOKEN_SECRET;

    private final Fixture fixture = new Fixture();
    private final FakeProvider provider = fixture.provider;
    private final List<ManagedOAuth1Client> extraClients = new ArrayList<>();

    @AfterEach
    void stop() {
        extraClients.forEach(ManagedOAuth1Client::close);
        fixture.close();
    }

    /** Faults of the request-token endpoint whose response has a body left to read or to discard. */
    static Stream<Arguments> faults() {
        String html = "<html><body>" + "x".repeat(20_000) + "</body></html>";
        return Stream.of(
                Arguments.of("5xx with an HTML body", Reply.of(500, "text/html", html)),
                Arguments.of("401 with oauth_problem", Reply.of(401, "application/x-www-form-urlencoded",
                        "oauth_problem=signature_invalid")),
                Arguments.of("huge body with Content-Length", Reply.huge(200, "text/plain", 1024 * 1024)),
                Arguments.of("huge chunked body", Reply.huge(200, "text/plain", 1024 * 1024).wire(Wire.CHUNKED)),
                Arguments.of("huge error body", Reply.huge(502, "text/html", 1024 * 1024).wire(Wire.CHUNKED)),
                Arguments.of("body cut short", Reply.form(TOKENS).wire(Wire.CLOSE_MID_BODY)),
                Arguments.of("redirect with a body", Reply.of(302, "text/html", html).header("Location",
                        "http://127.0.0.1:1/elsewhere")),
                Arguments.of("HTML page with 200", Reply.of(200, "text/html", html)),
                Arguments.of("no oauth_token_secret", Reply.form("oauth_token=t&oauth_callback_confirmed=true")),
                Arguments.of("callback not confirmed", Reply.form(TOKENS)));
    }

    private void failManyTimesThenSucceed(ManagedOAuth1Client client, Reply fault, int calls) {
        provider.on(REQUEST_TOKEN_PATH, fault).on(ACCESS_TOKEN_PATH, Reply.form(TOKENS));
        for (int i = 0; i < calls; i++) {
            failsWithin(OAuth1Exception.class, () -> client.fetchTemporaryCredentials(CALLBACK));
        }
        TokenCredentials token = assertTimeoutPreemptively(BOUND,
                () -> client.fetchTokenCredentials(TEMPORARY, "verifier-1"));
        assertEquals("tok-1", token.token());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void manyFailingCalls_leaveTheDefaultPoolUsable(String fault, Reply reply) {
        failManyTimesThenSucceed(fixture.client(), reply, CALLS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void failingCalls_releaseTheOnlyConnectionOfASingleConnectionPool(String fault, Reply reply) {
        failManyTimesThenSucceed(singleConnectionClient(), reply, 5);
    }

    @Test
    void timedOutCalls_releaseTheOnlyConnection() {
        failManyTimesThenSucceed(singleConnectionClient(), Reply.neverAnswer(), 3);
    }

    @Test
    void callsTimedOutMidBody_releaseTheOnlyConnection() {
        failManyTimesThenSucceed(singleConnectionClient(), Reply.form(TOKENS).wire(Wire.HOLD_MID_BODY), 3);
    }

    /** The control: what the tests above would see if the library left responses open. */
    @Test
    void responsesLeftOpen_exhaustTheDefaultPool() {
        provider.on("/api/1.1/me", Reply.text(200, "x".repeat(20_000)));
        ManagedOAuth1Client client = fixture.client();
        TokenCredentials token = TokenCredentials.of("t", TOKEN_SECRET);
        List<Response> open = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                open.add(client.get("me", token));
            }
            assertThrows(AssertionFailedError.class,
                    () -> assertTimeoutPreemptively(Duration.ofSeconds(2), () -> client.get("me", token).close()));
        } finally {
            open.forEach(Response::close);
        }
        assertTimeoutPreemptively(BOUND, () -> client.get("me", token).close());
    }

    @Test
    void responseLeftOpen_failsTheNextCallOfASingleConnectionPool() {
        provider.on("/api/1.1/me", Reply.text(200, "x".repeat(20_000))).on(ACCESS_TOKEN_PATH, Reply.form(TOKENS));
        ManagedOAuth1Client client = singleConnectionClient();
        Response leaked = client.get("me", TokenCredentials.of("t", TOKEN_SECRET));
        try {
            OAuth1TransportException e = failsWithin(OAuth1TransportException.class,
                    () -> client.fetchTokenCredentials(TEMPORARY, "verifier-1"));
            assertTrue(e.getMessage().contains("Timeout waiting for connection from pool"), e.getMessage());
        } finally {
            leaked.close();
        }
    }

    /**
     * The library's client as {@link OAuth1ClientFactory} wires it (signing filter, timeouts), but over a pool of one
     * connection that gives up after a second of waiting for it.
     */
    private ManagedOAuth1Client singleConnectionClient() {
        Config c = fixture.config();
        ManagedOAuth1Client client = OAuth1ClientFactory.create(c.config(), ((ResteasyClientBuilder) ClientBuilder
                .newBuilder())
                .connectionPoolSize(1)
                .maxPooledPerRoute(1)
                .connectionCheckoutTimeout(1, TimeUnit.SECONDS), () -> c.store, () -> null);
        extraClients.add(client);
        return client;
    }
}
