package dev.authlib.oauth1.internal.client;

import static dev.authlib.oauth1.internal.client.TestClients.ACCESS_TOKEN_PATH;
import static dev.authlib.oauth1.internal.client.TestClients.CALLBACK;
import static dev.authlib.oauth1.internal.client.TestClients.REQUEST_TOKEN_PATH;
import static dev.authlib.oauth1.internal.client.TestClients.TEMPORARY;
import static dev.authlib.oauth1.internal.client.TestClients.failsWithin;
import static dev.authlib.oauth1.internal.client.TestClients.namesAccessTokenUrl;
import static dev.authlib.oauth1.internal.client.TestClients.namesRequestTokenUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.OAuth1ProviderException;
import dev.authlib.oauth1.internal.client.FakeProvider.Reply;
import dev.authlib.oauth1.internal.client.TestClients.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A redirect from a token endpoint is not followed (a signed request re-sent elsewhere, possibly as GET and
 * unsigned for the new URI, is never what the configuration meant): an {@link OAuth1ProviderException} with the
 * status, and the redirect target never requested.
 */
class TokenEndpointRedirectTest {
    private static final String ELSEWHERE = "/elsewhere";
    private static final String TOKENS = "oauth_token=t&oauth_token_secret=s&oauth_callback_confirmed=true";

    private final Fixture fixture = new Fixture();
    private final FakeProvider provider = fixture.provider;

    @AfterEach
    void stop() {
        fixture.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 303, 307, 308})
    void redirectOnRequestToken_isRefusedAndNotFollowed(int status) {
        provider.on(REQUEST_TOKEN_PATH, Reply.redirect(status, provider.url(ELSEWHERE)))
                .on(ELSEWHERE, Reply.form(TOKENS));
        ManagedOAuth1Client client = fixture.client();

        OAuth1ProviderException e = failsWithin(OAuth1ProviderException.class,
                () -> client.fetchTemporaryCredentials(CALLBACK));

        namesRequestTokenUrl(e, provider);
        assertEquals(status, e.status());
        assertTrue(e.getMessage().contains("redirect (" + status + ")"), e.getMessage());
        assertEquals(0, provider.requests(ELSEWHERE).size());
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 307})
    void redirectOnAccessToken_isRefusedAndNotFollowed(int status) {
        provider.on(ACCESS_TOKEN_PATH, Reply.redirect(status, provider.url(ELSEWHERE)))
                .on(ELSEWHERE, Reply.form(TOKENS));
        ManagedOAuth1Client client = fixture.client();

        OAuth1ProviderException e = failsWithin(OAuth1ProviderException.class,
                () -> client.fetchTokenCredentials(TEMPORARY, "verifier-1"));

        namesAccessTokenUrl(e, provider);
        assertEquals(status, e.status());
        assertEquals(0, provider.requests(ELSEWHERE).size());
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302})
    void redirectOnGetTokenMethod_isNotFollowedEither(int status) {
        provider.on(REQUEST_TOKEN_PATH, Reply.redirect(status, provider.url(ELSEWHERE)))
                .on(ELSEWHERE, Reply.form(TOKENS));
        ManagedOAuth1Client client = fixture.config().tokenMethods("GET").build();

        OAuth1ProviderException e = failsWithin(OAuth1ProviderException.class,
                () -> client.fetchTemporaryCredentials(CALLBACK));

        assertEquals(status, e.status());
        assertEquals(0, provider.requests(ELSEWHERE).size());
    }
}
