package dev.authlib.oauth1.internal.client;

import static dev.authlib.oauth1.internal.client.TestClients.ACCESS_TOKEN_PATH;
import static dev.authlib.oauth1.internal.client.TestClients.CALLBACK;
import static dev.authlib.oauth1.internal.client.TestClients.ENDPOINT_QUERY;
import static dev.authlib.oauth1.internal.client.TestClients.REQUEST_TOKEN_PATH;
import static dev.authlib.oauth1.internal.client.TestClients.TEMPORARY;
import static dev.authlib.oauth1.internal.client.TestClients.failsWithin;
import static dev.authlib.oauth1.internal.client.TestClients.namesAccessTokenUrl;
import static dev.authlib.oauth1.internal.client.TestClients.namesEndpoint;
import static dev.authlib.oauth1.internal.client.TestClients.namesRequestTokenUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.OAuth1TransportException;
import dev.authlib.oauth1.TemporaryCredentials;
import dev.authlib.oauth1.internal.client.FakeProvider.Backlogged;
import dev.authlib.oauth1.internal.client.FakeProvider.Reply;
import dev.authlib.oauth1.internal.client.FakeProvider.Silent;
import dev.authlib.oauth1.internal.client.FakeProvider.Wire;
import dev.authlib.oauth1.internal.client.TestClients.Fixture;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A provider that cannot be reached, or is reached and does not answer: an {@link OAuth1TransportException} naming
 * the endpoint, within the configured timeouts (500 ms here).
 */
class UnreachableProviderTest {
    private static final String CONFIRMED = "oauth_token=t&oauth_token_secret=s&oauth_callback_confirmed=true";

    private final Fixture fixture = new Fixture();
    private final FakeProvider provider = fixture.provider;

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void connectionRefusedOnRequestToken_isTransportErrorNamingTheEndpoint() {
        URI refusing = FakeProvider.refusingUrl(REQUEST_TOKEN_PATH);
        ManagedOAuth1Client client = fixture.config()
                .requestTokenUrl(URI.create(refusing + "?" + ENDPOINT_QUERY)).build();

        OAuth1TransportException e = failsWithin(OAuth1TransportException.class,
                () -> client.fetchTemporaryCredentials(CALLBACK));

        namesEndpoint(e, "request-token-url " + refusing);
        assertTrue(e.getMessage().contains("connection refused"), e.getMessage());
    }

    @Test
    void connectionRefusedOnAccessToken_isTransportErrorNamingTheEndpoint() {
        URI refusing = FakeProvider.refusingUrl(ACCESS_TOKEN_PATH);
        ManagedOAuth1Client client = fixture.config().accessTokenUrl(refusing).build();

        OAuth1TransportException e = failsWithin(OAuth1TransportException.class,
                () -> client.fetchTokenCredentials(TEMPORARY, "verifier-1"));

        namesEndpoint(e, "access-token-url " + refusing);
        assertTrue(e.getMessage().contains("connection refused"), e.getMessage());
    }

    @Test
    void providerNotAcceptingConnections_timesOutOnConnect() {
        try (Backlogged backlogged = new Backlogged()) {
            ManagedOAuth1Client client = fixture.config()
                    .requestTokenUrl(backlogged.url(REQUEST_TOKEN_PATH + "?" + ENDPOINT_QUERY)).build();

            OAuth1TransportException e = failsWithin(OAuth1TransportException.class,
                    () -> client.fetchTemporaryCredentials(CALLBACK));

            namesEndpoint(e, "request-token-url " + backlogged.url(REQUEST_TOKEN_PATH));
            assertTrue(e.getMessage().contains("did not answer in time"), e.getMessage());
            assertTrue(e.getMessage().contains("connect-timeout"), e.getMessage());
        }
    }

    @Test
    void providerAcceptingAndNeverReading_timesOutAsTransportError() {
        try (Silent silent = new Silent()) {
            ManagedOAuth1Client client = fixture.config()
                    .requestTokenUrl(silent.url(REQUEST_TOKEN_PATH + "?" + ENDPOINT_QUERY)).build();

            OAuth1TransportException e = failsWithin(OAuth1TransportException.class,
                    () -> client.fetchTemporaryCredentials(CALLBACK));

            namesEndpoint(e, "request-token-url " + silent.url(REQUEST_TOKEN_PATH));
            assertTrue(e.getMessage().contains("did not answer in time"), e.getMessage());
            assertTrue(e.getMessage().contains("read-timeout"), e.getMessage());
            assertEquals(1, silent.accepted());
        }
    }

    @Test
    void providerReadingTheRequestAndNeverAnswering_timesOutOnRequestToken() {
        provider.on(REQUEST_TOKEN_PATH, Reply.neverAnswer());
        ManagedOAuth1Client client = fixture.client();

        OAuth1TransportException e = failsWithin(OAuth1TransportException.class,
                () -> client.fetchTemporaryCredentials(CALLBACK));

        namesRequestTokenUrl(e, provider);
        assertTrue(e.getMessage().contains("did not answer in time"), e.getMessage());
    }

    @Test
    void providerReadingTheRequestAndNeverAnswering_timesOutOnAccessToken() {
        provider.on(ACCESS_TOKEN_PATH, Reply.neverAnswer());
        ManagedOAuth1Client client = fixture.client();

        OAuth1TransportException e = failsWithin(OAuth1TransportException.class,
                () -> client.fetchTokenCredentials(TEMPORARY, "verifier-1"));

        namesAccessTokenUrl(e, provider);
        assertTrue(e.getMessage().contains("did not answer in time"), e.getMessage());
    }

    @Test
    void answerSlowerThanReadTimeout_timesOut() {
        provider.on(REQUEST_TOKEN_PATH, Reply.form(CONFIRMED).delay(Duration.ofSeconds(3)));
        ManagedOAuth1Client client = fixture.client();

        OAuth1TransportException e = failsWithin(OAuth1TransportException.class,
                () -> client.fetchTemporaryCredentials(CALLBACK));

        namesRequestTokenUrl(e, provider);
        assertTrue(e.getMessage().contains("did not answer in time"), e.getMessage());
    }

    @Test
    void answerWithinReadTimeout_succeeds() {
        provider.on(REQUEST_TOKEN_PATH, Reply.form(CONFIRMED).delay(Duration.ofMillis(150)));
        ManagedOAuth1Client client = fixture.client();

        TemporaryCredentials t = assertTimeoutPreemptively(TestClients.BOUND,
                () -> client.fetchTemporaryCredentials(CALLBACK));

        assertEquals("t", t.token());
    }

    @Test
    void providerClosingTheConnectionWithoutAnswer_isTransportError() {
        provider.on(REQUEST_TOKEN_PATH, Reply.text(200, "").wire(Wire.DROP));
        ManagedOAuth1Client client = fixture.client();

        OAuth1TransportException e = failsWithin(OAuth1TransportException.class,
                () -> client.fetchTemporaryCredentials(CALLBACK));

        namesRequestTokenUrl(e, provider);
    }

    @Test
    void providerClosingTheConnectionWithoutAnswerToGet_isTransportError() {
        provider.on(ACCESS_TOKEN_PATH, Reply.text(200, "").wire(Wire.DROP));
        ManagedOAuth1Client client = fixture.config().tokenMethods("GET").build();

        OAuth1TransportException e = failsWithin(OAuth1TransportException.class,
                () -> client.fetchTokenCredentials(TEMPORARY, "verifier-1"));

        namesAccessTokenUrl(e, provider);
    }
}
