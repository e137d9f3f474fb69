package dev.authlib.oauth1.internal.client;

import static dev.authlib.oauth1.internal.client.TypedClients.ALICE;
import static dev.authlib.oauth1.internal.client.TypedClients.CLIENT_SECRET;
import static dev.authlib.oauth1.internal.client.TypedClients.TOKEN_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.OAuth1ProviderException;
import dev.authlib.oauth1.internal.client.FakeProvider.Reply;
import dev.authlib.oauth1.internal.config.TestConfig;
import dev.authlib.oauth1.internal.client.TypedClients.Api;
import dev.authlib.oauth1.internal.client.TypedClients.Kind;
import dev.authlib.oauth1.internal.client.TypedClients.StrictApi;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code @OAuth1Signed(mapProblems = true)}: the provider's refusal of a typed call as {@link OAuth1ProviderException},
 * with its problem, advice and, for {@code timestamp_refused}, what it says about this server's clock; never a
 * secret. Other answers, and interfaces that did not ask, keep the REST client's own exceptions.
 */
class TypedClientRefusalsTest {
    private static final String TIMESTAMP_REFUSED = "OAuth realm=\"api\", oauth_problem=timestamp_refused, "
            + "oauth_acceptable_timestamps=\"1700000000-1700000600\"";

    /** RESTEasy's REST client reads MicroProfile Config: one registered for this test only, released after it. */
    private final TestConfig config = TestConfig.with(Map.of());
    private final FakeProvider provider = FakeProvider.start();
    private final ManagedOAuth1Client client = TypedClients.client(Kind.LOGIN, null, name -> java.util.Optional.of(
            ALICE));

    @AfterEach
    void stop() {
        client.close();
        provider.close();
        config.close();
    }

    private StrictApi strict() {
        return TypedClients.rest(StrictApi.class, provider, client);
    }

    @Test
    void refusalWithOauthProblem_isTheLibrarysException_withTheClockHint_andNoSecret() {
        provider.on("/api/me", Reply.text(401, "").header("WWW-Authenticate", TIMESTAMP_REFUSED));

        OAuth1ProviderException e = assertThrows(OAuth1ProviderException.class, () -> strict().me());

        assertEquals(401, e.status());
        assertEquals("timestamp_refused", e.oauthProblem().orElseThrow());
        assertEquals("fake", e.clientName());
        assertTrue(e.getMessage().startsWith("OAuth 1 client 'fake': AUTHJ6004: the provider refused the call: HTTP "
                + "401, oauth_problem=timestamp_refused; the provider refused oauth_timestamp: this server's clock is "
                + "probably off, check NTP (this server's time: "), e::getMessage);
        assertTrue(e.getMessage().contains("acceptable: 1700000000-1700000600)"), e::getMessage);
        TestClients.carriesNoSecret(e);
        for (String secret : new String[] {CLIENT_SECRET, TOKEN_SECRET}) {
            assertFalse(e.toString().contains(secret));
        }
    }

    @Test
    void refusalOfAnAsyncCall_isTheCauseOfItsFailure() {
        provider.on("/api/me", Reply.of(401, "application/json", "{\"error\": \"invalid_token\"}"));

        ExecutionException e = assertThrows(ExecutionException.class,
                () -> strict().meAsync().toCompletableFuture().get(10, TimeUnit.SECONDS));

        OAuth1ProviderException cause = assertInstanceOf(OAuth1ProviderException.class, e.getCause());
        assertEquals("invalid_token", cause.oauthProblem().orElseThrow(), "Authlib's provider: JSON error");
    }

    @Test
    void badRequestWithOauthProblemInTheBody_isMapped_otherwiseLeftToTheRestClient() {
        provider.on("/api/statuses", Reply.of(400, "application/x-www-form-urlencoded",
                "oauth_problem=parameter_absent&oauth_parameters_absent=oauth_nonce"));
        OAuth1ProviderException e = assertThrows(OAuth1ProviderException.class, () -> strict().post("x"));
        assertEquals("parameter_absent", e.oauthProblem().orElseThrow());

        provider.on("/api/statuses", Reply.of(400, "application/json", "{\"error\": \"status too long\"}"));
        assertThrows(BadRequestException.class, () -> strict().post("x"), "the API's own error, not OAuth's");
    }

    @Test
    void interfaceThatDidNotAsk_keepsTheRestClientsException() {
        provider.on("/api/me", Reply.text(401, "").header("WWW-Authenticate", TIMESTAMP_REFUSED));
        assertThrows(NotAuthorizedException.class, () -> TypedClients.rest(Api.class, provider, client).me());
    }

    @Test
    void clockHint_givesTheProvidersClockFromItsDateHeader() {
        Clock behind = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);
        Response answer = Response.status(401).header("WWW-Authenticate", TIMESTAMP_REFUSED)
                .header("Date", Date.from(behind.instant().plus(Duration.ofMinutes(12)))).build();

        OAuth1ProviderException e = ApiCallProblems.of("fake", answer, behind);

        assertTrue(e.getMessage().contains("(this server's time: 1796378400; acceptable: 1700000000-1700000600); the "
                + "provider's Date header is 720 s ahead of this server's clock"), e::getMessage);
    }

    @Test
    void clockHint_leavesOutASkewProvidersAccept() {
        Clock now = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);
        Response answer = Response.status(401).header("WWW-Authenticate", TIMESTAMP_REFUSED)
                .header("Date", Date.from(now.instant().plusSeconds(5))).build();
        assertFalse(ApiCallProblems.of("fake", answer, now).getMessage().contains("Date header"));
    }

    @Test
    void answersThatAreNoRefusal_areNotMapped() {
        Clock now = Clock.systemUTC();
        assertNull(ApiCallProblems.of("fake", Response.status(403).build(), now));
        assertNull(ApiCallProblems.of("fake", Response.status(500).build(), now));
        assertNull(ApiCallProblems.of("fake", Response.status(400).build(), now));
        assertEquals(401, ApiCallProblems.of("fake", Response.status(401).build(), now).status(), "a 401 always");
    }
}
