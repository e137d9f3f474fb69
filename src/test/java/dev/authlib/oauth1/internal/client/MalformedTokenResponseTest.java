package dev.authlib.oauth1.internal.client;

import static dev.authlib.oauth1.internal.client.TestClients.ACCESS_TOKEN_PATH;
import static dev.authlib.oauth1.internal.client.TestClients.CALLBACK;
import static dev.authlib.oauth1.internal.client.TestClients.REQUEST_TOKEN_PATH;
import static dev.authlib.oauth1.internal.client.TestClients.TEMPORARY;
import static dev.authlib.oauth1.internal.client.TestClients.TOKEN_SECRET;
import static dev.authlib.oauth1.internal.client.TestClients.failsWithin;
import static dev.authlib.oauth1.internal.client.TestClients.namesAccessTokenUrl;
import static dev.authlib.oauth1.internal.client.TestClients.namesRequestTokenUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.OAuth1Exception;
import dev.authlib.oauth1.OAuth1ProviderException;
import dev.authlib.oauth1.TokenCredentials;
import dev.authlib.oauth1.internal.client.FakeProvider.Reply;
import dev.authlib.oauth1.internal.client.FakeProvider.Wire;
import dev.authlib.oauth1.internal.client.TestClients.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A token endpoint answering 200 with something that is not a token response (HTML, XML, empty, truncated, huge, or
 * a form without the token secret): an {@link OAuth1ProviderException} naming the endpoint, the body read bounded.
 */
class MalformedTokenResponseTest {
    private static final String FORM = "application/x-www-form-urlencoded";

    private final Fixture fixture = new Fixture();
    private final FakeProvider provider = fixture.provider;

    @AfterEach
    void stop() {
        fixture.close();
    }

    private OAuth1ProviderException requestTokenFails(Reply reply) {
        provider.on(REQUEST_TOKEN_PATH, reply);
        ManagedOAuth1Client client = fixture.client();
        OAuth1ProviderException e = failsWithin(OAuth1ProviderException.class,
                () -> client.fetchTemporaryCredentials(CALLBACK));
        namesRequestTokenUrl(e, provider);
        return e;
    }

    private OAuth1ProviderException accessTokenFails(Reply reply) {
        provider.on(ACCESS_TOKEN_PATH, reply);
        ManagedOAuth1Client client = fixture.client();
        OAuth1ProviderException e = failsWithin(OAuth1ProviderException.class,
                () -> client.fetchTokenCredentials(TEMPORARY, "verifier-1"));
        namesAccessTokenUrl(e, provider);
        return e;
    }

    @Test
    void htmlPage_isNoTokenResponse() {
        OAuth1ProviderException e = requestTokenFails(Reply.of(200, "text/html; charset=UTF-8",
                "<!DOCTYPE html><html><head><title>Maintenance</title></head><body>Back soon</body></html>"));

        assertEquals(200, e.status());
        assertTrue(e.getMessage().contains("HTML or XML document (text/html; charset=UTF-8)"), e.getMessage());
        assertFalse(e.getMessage().contains("Maintenance"), e.getMessage());
    }

    @Test
    void xmlDocument_isNoTokenResponse() {
        OAuth1ProviderException e = accessTokenFails(Reply.of(200, "application/xml",
                "<?xml version=\"1.0\"?><token><oauth_token>t</oauth_token>"
                        + "<oauth_token_secret>" + TOKEN_SECRET + "</oauth_token_secret></token>"));

        assertEquals(200, e.status());
        assertTrue(e.getMessage().contains("HTML or XML document (application/xml)"), e.getMessage());
    }

    @Test
    void emptyBody_isNoTokenResponse() {
        OAuth1ProviderException e = requestTokenFails(Reply.of(200, FORM, ""));

        assertEquals(200, e.status());
        assertTrue(e.getMessage().contains("without oauth_token"), e.getMessage());
    }

    @Test
    void noContent_isNoTokenResponse() {
        OAuth1ProviderException e = accessTokenFails(Reply.of(204, null, ""));

        assertEquals(204, e.status());
        assertTrue(e.getMessage().contains("without oauth_token"), e.getMessage());
    }

    @Test
    void bodyCutShortByClosedConnection_isUnreadable() {
        OAuth1Exception e = requestTokenFails(Reply.form("oauth_token=t&oauth_token_secret=s&oauth_callback_confirm")
                .wire(Wire.CLOSE_MID_BODY));

        assertTrue(e.getMessage().contains("could not be read"), e.getMessage());
    }

    @Test
    void bodyCutShortOnAHeldConnection_timesOut() {
        OAuth1Exception e = accessTokenFails(Reply.form("oauth_token=t&oauth_tok").wire(Wire.HOLD_MID_BODY));

        assertTrue(e.getMessage().contains("could not be read"), e.getMessage());
    }

    @Test
    void chunkedBodyCutShort_isUnreadable() {
        OAuth1Exception e = accessTokenFails(Reply.form("oauth_token=t&oauth_tok").wire(Wire.CHUNKED_CUT));

        assertTrue(e.getMessage().contains("could not be read"), e.getMessage());
    }

    @Test
    void hugeBodyWithContentLength_isRefusedWithoutReadingIt() {
        OAuth1ProviderException e = requestTokenFails(Reply.huge(200, FORM, 16L * 1024 * 1024));

        assertEquals(200, e.status());
        assertTrue(e.getMessage().contains("over 64 KiB"), e.getMessage());
    }

    @Test
    void hugeChunkedBody_isReadBounded() {
        OAuth1ProviderException e = accessTokenFails(Reply.huge(200, FORM, 16L * 1024 * 1024).wire(Wire.CHUNKED));

        assertEquals(200, e.status());
        assertTrue(e.getMessage().contains("over 64 KiB"), e.getMessage());
    }

    @Test
    void bodyOfExactlyTheLimit_isRead() {
        String filler = "x".repeat(ProviderResponses.MAX_BODY - "oauth_token=t&oauth_token_secret=s&x=".length());
        provider.on(ACCESS_TOKEN_PATH, Reply.form("oauth_token=t&oauth_token_secret=s&x=" + filler)
                .wire(Wire.CHUNKED));

        TokenCredentials token = fixture.client().fetchTokenCredentials(TEMPORARY, "verifier-1");

        assertEquals(filler, token.parameter("x").orElseThrow());
    }

    @Test
    void tokenResponseWithoutSecret_onRequestToken_isRefused() {
        OAuth1ProviderException e = requestTokenFails(Reply.form("oauth_token=t&oauth_callback_confirmed=true"));

        assertEquals(200, e.status());
        assertTrue(e.getMessage().contains("without oauth_token_secret"), e.getMessage());
        assertTrue(e.getMessage().contains("[oauth_token, oauth_callback_confirmed]"), e.getMessage());
    }

    @Test
    void tokenResponseWithoutSecret_onAccessToken_isRefused() {
        OAuth1ProviderException e = accessTokenFails(Reply.form("oauth_token=t&user_id=42"));

        assertTrue(e.getMessage().contains("without oauth_token_secret"), e.getMessage());
    }

    @Test
    void tokenResponseWithEmptySecret_isRefused() {
        OAuth1ProviderException e = accessTokenFails(Reply.form("oauth_token=t&oauth_token_secret="));

        assertTrue(e.getMessage().contains("without oauth_token_secret"), e.getMessage());
    }

    @Test
    void jsonTokenResponseWithoutSecret_isRefused() {
        OAuth1ProviderException e = accessTokenFails(Reply.of(200, "application/json", "{\"oauth_token\":\"t\"}"));

        assertTrue(e.getMessage().contains("without oauth_token_secret"), e.getMessage());
    }

    @Test
    void bodyInAnUnknownFormat_isNotCopiedIntoTheMessage() {
        // YAML-ish text: no '=' anywhere, so a form parser sees one long "field name" holding the secret.
        OAuth1ProviderException e = accessTokenFails(Reply.of(200, "text/plain",
                "oauth_token: t\noauth_token_secret: " + TOKEN_SECRET + "\n"));

        assertEquals(200, e.status());
        assertTrue(e.getMessage().contains("received fields: [] and 1 unreadable (not shown)"), e.getMessage());
    }

    @Test
    void malformedPercentEncoding_isProviderError() {
        OAuth1ProviderException e = requestTokenFails(Reply.form("oauth_token=%zz&oauth_token_secret=s"));

        assertEquals(200, e.status());
    }

    @Test
    void malformedJson_isProviderError() {
        OAuth1ProviderException e = requestTokenFails(Reply.of(200, "application/json", "{\"oauth_token\":"));

        assertEquals(200, e.status());
    }
}
