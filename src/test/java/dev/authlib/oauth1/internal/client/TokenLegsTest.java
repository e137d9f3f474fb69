package dev.authlib.oauth1.internal.client;

import static dev.authlib.oauth1.internal.client.TestClients.ACCESS_TOKEN_PATH;
import static dev.authlib.oauth1.internal.client.TestClients.CALLBACK;
import static dev.authlib.oauth1.internal.client.TestClients.CLIENT_ID;
import static dev.authlib.oauth1.internal.client.TestClients.CLIENT_SECRET;
import static dev.authlib.oauth1.internal.client.TestClients.ENDPOINT_QUERY;
import static dev.authlib.oauth1.internal.client.TestClients.REQUEST_TOKEN_PATH;
import static dev.authlib.oauth1.internal.client.TestClients.TEMPORARY;
import static dev.authlib.oauth1.internal.client.TestClients.TEMPORARY_SECRET;
import static dev.authlib.oauth1.internal.client.TestClients.TOKEN_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.TemporaryCredentials;
import dev.authlib.oauth1.TokenCredentials;
import dev.authlib.oauth1.internal.client.FakeProvider.Recorded;
import dev.authlib.oauth1.internal.client.FakeProvider.Reply;
import dev.authlib.oauth1.internal.client.TestClients.Config;
import dev.authlib.oauth1.internal.client.TestClients.Fixture;
import dev.authlib.oauth1.signature.OAuth1Signer;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Both token legs against a well-behaved provider: what goes on the wire, and what comes back (extras kept). */
class TokenLegsTest {
    private static final String TEMPORARY_BODY = "oauth_token=temp-1&oauth_token_secret=" + TEMPORARY_SECRET
            + "&oauth_callback_confirmed=true&xoauth_request_auth_url=https%3A%2F%2Fp.example%2Fauth";
    private static final String TOKEN_BODY = "oauth_token=tok-1&oauth_token_secret=" + TOKEN_SECRET
            + "&user_id=6253282&screen_name=twitterapi";

    private final Fixture fixture = new Fixture();
    private final FakeProvider provider = fixture.provider;

    @AfterEach
    void stop() {
        fixture.close();
    }

    /** Re-signs the recorded request with its own timestamp and nonce: the signature must match. */
    private static void signedOver(Recorded r, URI uri, String token, String tokenSecret, String verifier,
            String callback) {
        Map<String, String> p = r.oauthParameters();
        OAuth1Signer.Builder b = OAuth1Signer.builder(CLIENT_ID).clientSecret(CLIENT_SECRET)
                .clock(Clock.fixed(Instant.ofEpochSecond(Long.parseLong(p.get("oauth_timestamp"))), ZoneOffset.UTC))
                .nonceSupplier(() -> p.get("oauth_nonce"));
        if (token != null) {
            b.token(token, tokenSecret);
        }
        if (verifier != null) {
            b.verifier(verifier);
        }
        if (callback != null) {
            b.callback(callback);
        }
        String expected = b.build().sign(r.method(), uri, Map.of()).signature();
        assertEquals(expected, p.get("oauth_signature"), "signature over " + r.method() + " " + uri);
    }

    @Test
    void temporaryCredentials_areRequestedSignedWithCallbackAndParams_andExtrasKept() {
        provider.on(REQUEST_TOKEN_PATH, Reply.form(TEMPORARY_BODY));
        Config config = fixture.config();
        config.requestTokenParams.put("x_auth_access_type", "read write");
        ManagedOAuth1Client client = config.build();

        TemporaryCredentials t = client.fetchTemporaryCredentials(CALLBACK, Map.of("scope", "a/b"));

        assertEquals("temp-1", t.token());
        assertEquals(TEMPORARY_SECRET, t.tokenSecret());
        assertTrue(t.callbackConfirmed());
        assertEquals("https://p.example/auth", t.parameters().get("xoauth_request_auth_url"));
        assertEquals("true", t.parameters().get("oauth_callback_confirmed"));
        assertFalse(t.parameters().containsKey("oauth_token_secret"));

        Recorded r = provider.last(REQUEST_TOKEN_PATH);
        assertEquals("POST", r.method());
        assertEquals(Map.of("app", "q-marker", "x_auth_access_type", "read write", "scope", "a/b"),
                r.queryParameters());
        Map<String, String> oauth = r.oauthParameters();
        assertEquals(CALLBACK.toString(), oauth.get("oauth_callback"));
        assertEquals(CLIENT_ID, oauth.get("oauth_consumer_key"));
        assertEquals("HMAC-SHA1", oauth.get("oauth_signature_method"));
        assertEquals("1.0", oauth.get("oauth_version"));
        assertFalse(oauth.containsKey("oauth_token"));
        signedOver(r, provider.url(REQUEST_TOKEN_PATH + "?" + r.query()), null, null, null, CALLBACK.toString());
    }

    @Test
    void tokenCredentials_areRequestedWithVerifierAndTemporaryToken_andExtrasKept() {
        provider.on(ACCESS_TOKEN_PATH, Reply.form(TOKEN_BODY));

        TokenCredentials t = fixture.client().fetchTokenCredentials(TEMPORARY, "verifier-1");

        assertEquals("tok-1", t.token());
        assertEquals(TOKEN_SECRET, t.tokenSecret());
        assertEquals(Map.of("user_id", "6253282", "screen_name", "twitterapi"), t.parameters());

        Recorded r = provider.last(ACCESS_TOKEN_PATH);
        assertEquals("POST", r.method());
        assertEquals(ENDPOINT_QUERY, r.query());
        Map<String, String> oauth = r.oauthParameters();
        assertEquals(TEMPORARY.token(), oauth.get("oauth_token"));
        assertEquals("verifier-1", oauth.get("oauth_verifier"));
        assertFalse(oauth.containsKey("oauth_callback"));
        signedOver(r, provider.url(ACCESS_TOKEN_PATH + "?" + ENDPOINT_QUERY), TEMPORARY.token(), TEMPORARY_SECRET,
                "verifier-1", null);
    }

    @Test
    void jsonTokenResponse_isRead() {
        provider.on(ACCESS_TOKEN_PATH, Reply.of(200, "application/json; charset=utf-8",
                "{\"oauth_token\":\"tok-1\",\"oauth_token_secret\":\"" + TOKEN_SECRET + "\",\"user_id\":6253282,"
                        + "\"verified\":true}"));

        TokenCredentials t = fixture.client().fetchTokenCredentials(TEMPORARY, "verifier-1");

        assertEquals("tok-1", t.token());
        assertEquals(TOKEN_SECRET, t.tokenSecret());
        assertEquals("6253282", t.parameter("user_id").orElseThrow());
        assertEquals("true", t.parameter("verified").orElseThrow());
    }

    @Test
    void formBodyLabelledTextHtml_isRead() {
        provider.on(REQUEST_TOKEN_PATH, Reply.of(200, "text/html; charset=utf-8", TEMPORARY_BODY));

        TemporaryCredentials t = fixture.client().fetchTemporaryCredentials(CALLBACK);

        assertEquals("temp-1", t.token());
        assertTrue(t.callbackConfirmed());
    }

    @Test
    void formBodyWithoutContentType_isRead() {
        provider.on(ACCESS_TOKEN_PATH, Reply.of(200, null, TOKEN_BODY + "\n"));

        TokenCredentials t = fixture.client().fetchTokenCredentials(TEMPORARY, "verifier-1");

        assertEquals("tok-1", t.token());
    }

    @Test
    void getTokenMethod_sendsBothLegsAsSignedGetWithoutBody() {
        provider.on(REQUEST_TOKEN_PATH, Reply.form(TEMPORARY_BODY)).on(ACCESS_TOKEN_PATH, Reply.form(TOKEN_BODY));
        ManagedOAuth1Client client = fixture.config().tokenMethods("GET").build();

        TemporaryCredentials temporary = client.fetchTemporaryCredentials(CALLBACK);
        TokenCredentials token = client.fetchTokenCredentials(temporary, "v-2");

        assertEquals("tok-1", token.token());
        Recorded first = provider.last(REQUEST_TOKEN_PATH);
        Recorded second = provider.last(ACCESS_TOKEN_PATH);
        for (Recorded r : List.of(first, second)) {
            assertEquals("GET", r.method());
            assertEquals("", r.body());
            assertNull(r.header("Content-Type"));
        }
        signedOver(first, provider.url(REQUEST_TOKEN_PATH + "?" + ENDPOINT_QUERY), null, null, null,
                CALLBACK.toString());
        signedOver(second, provider.url(ACCESS_TOKEN_PATH + "?" + ENDPOINT_QUERY), "temp-1", TEMPORARY_SECRET, "v-2",
                null);
    }

    @Test
    void wholeLogin_storesTheTemporaryCredentialAndExchangesItOnce() {
        provider.on(REQUEST_TOKEN_PATH, Reply.form(TEMPORARY_BODY)).on(ACCESS_TOKEN_PATH, Reply.form(TOKEN_BODY));
        Config config = fixture.config();
        ManagedOAuth1Client client = config.build();

        URI authorize = client.startLogin(CALLBACK, Map.of(), "/home");
        MultivaluedHashMap<String, String> callback = new MultivaluedHashMap<>();
        callback.putSingle("oauth_token", "temp-1");
        callback.putSingle("oauth_verifier", "v-3");
        ManagedOAuth1Client.Completed done = client.completeLogin(callback);

        assertEquals(provider.url(TestClients.AUTHORIZE_PATH + "?oauth_token=temp-1"), authorize);
        assertEquals("tok-1", done.credentials().token());
        assertEquals("/home", done.returnTo());
        assertEquals("v-3", provider.last(ACCESS_TOKEN_PATH).oauthParameters().get("oauth_verifier"));
        assertTrue(config.store.pending.isEmpty());
    }
}
