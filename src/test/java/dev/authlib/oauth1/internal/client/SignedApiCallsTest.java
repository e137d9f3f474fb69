package dev.authlib.oauth1.internal.client;

import static dev.authlib.oauth1.internal.client.TestClients.ACCESS_TOKEN_PATH;
import static dev.authlib.oauth1.internal.client.TestClients.CALLBACK;
import static dev.authlib.oauth1.internal.client.TestClients.REQUEST_TOKEN_PATH;
import static dev.authlib.oauth1.internal.client.TestClients.TEMPORARY;
import static dev.authlib.oauth1.internal.client.TestClients.TOKEN_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.OAuth1Exception;
import dev.authlib.oauth1.TokenCredentials;
import dev.authlib.oauth1.internal.client.FakeProvider.Recorded;
import dev.authlib.oauth1.internal.client.FakeProvider.Reply;
import dev.authlib.oauth1.internal.client.TestClients.Fixture;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Signed API calls: paths resolved against {@code api-base-url}, the User-Agent, a fresh nonce on every send. */
class SignedApiCallsTest {
    private static final TokenCredentials TOKEN = TokenCredentials.of("tok-1", TOKEN_SECRET);
    private static final String VERIFY = "/api/1.1/account/verify_credentials.json";

    private final Fixture fixture = new Fixture();
    private final FakeProvider provider = fixture.provider;

    @AfterEach
    void stop() {
        fixture.close();
    }

    private Recorded get(ManagedOAuth1Client client, String path) {
        try (Response r = client.get(path, TOKEN)) {
            assertEquals(200, r.getStatus());
        }
        return provider.requests().get(provider.requests().size() - 1);
    }

    @Test
    void relativePath_isResolvedAgainstApiBaseUrl() {
        provider.on(VERIFY, Reply.of(200, "application/json", "{}"));
        ManagedOAuth1Client client = fixture.client();

        assertEquals(VERIFY, get(client, "account/verify_credentials.json").path());
        assertEquals(VERIFY, get(client, "/account/verify_credentials.json").path());
    }

    @Test
    void relativePathWithQuery_keepsAndSignsTheQuery() {
        provider.on("/api/1.1/statuses/home_timeline.json", Reply.of(200, "application/json", "[]"));

        Recorded r = get(fixture.client(), "statuses/home_timeline.json?count=5&since_id=12");

        assertEquals("count=5&since_id=12", r.query());
        assertEquals("tok-1", r.oauthParameters().get("oauth_token"));
    }

    @Test
    void absoluteUri_isUsedAsIs() {
        provider.on("/other/x", Reply.text(200, "ok"));

        Recorded r = get(fixture.client(), provider.url("/other/x").toString());

        assertEquals("/other/x", r.path());
    }

    @Test
    void relativePathWithoutApiBaseUrl_isAConfigurationError() {
        ManagedOAuth1Client client = fixture.config().apiBaseUrl(null).build();

        OAuth1Exception e = assertThrows(OAuth1Exception.class, () -> client.target("me", TOKEN));

        assertTrue(e.getMessage().contains("authlib.oauth.clients.fake.api-base-url"), e.getMessage());
    }

    @Test
    void userAgent_defaultsToTheLibrary_onTokenAndApiCalls() {
        provider.on(REQUEST_TOKEN_PATH, Reply.form("oauth_token=t&oauth_token_secret=s&oauth_callback_confirmed=true"))
                .on(VERIFY, Reply.text(200, "{}"));
        ManagedOAuth1Client client = fixture.client();

        client.fetchTemporaryCredentials(CALLBACK);
        get(client, "account/verify_credentials.json");

        assertTrue(OAuth1ClientFactory.DEFAULT_USER_AGENT.startsWith("authlib-jakarta/"));
        assertEquals(OAuth1ClientFactory.DEFAULT_USER_AGENT, provider.last(REQUEST_TOKEN_PATH).header("User-Agent"));
        assertEquals(OAuth1ClientFactory.DEFAULT_USER_AGENT, provider.last(VERIFY).header("User-Agent"));
    }

    @Test
    void configuredUserAgent_replacesTheDefault() {
        provider.on(ACCESS_TOKEN_PATH, Reply.form("oauth_token=t&oauth_token_secret=s"))
                .on(VERIFY, Reply.text(200, ""));
        ManagedOAuth1Client client = fixture.config().userAgent("MyApp/2.1 (+https://app.example)").build();

        client.fetchTokenCredentials(TEMPORARY, "v");
        get(client, "account/verify_credentials.json");

        assertEquals("MyApp/2.1 (+https://app.example)", provider.last(ACCESS_TOKEN_PATH).header("User-Agent"));
        assertEquals("MyApp/2.1 (+https://app.example)", provider.last(VERIFY).header("User-Agent"));
    }

    @Test
    void userAgentSetOnTheRequest_wins() {
        provider.on(VERIFY, Reply.text(200, ""));
        ManagedOAuth1Client client = fixture.client();

        try (Response r = client.target("account/verify_credentials.json", TOKEN).request()
                .header(HttpHeaders.USER_AGENT, "per-request/1").get()) {
            assertEquals(200, r.getStatus());
        }

        assertEquals("per-request/1", provider.last(VERIFY).header("User-Agent"));
    }

    @Test
    void eachSendOfTheSameInvocation_isSignedAfreshWithANewNonce() {
        provider.on(VERIFY, Reply.text(200, ""));
        Invocation invocation = fixture.client().target("account/verify_credentials.json", TOKEN).request()
                .buildGet();

        for (int i = 0; i < 3; i++) {
            invocation.invoke().close();
        }

        List<Recorded> sent = provider.requests(VERIFY);
        assertEquals(3, sent.size());
        Set<String> nonces = sent.stream().map(r -> r.oauthParameters().get("oauth_nonce")).collect(Collectors.toSet());
        assertEquals(3, nonces.size(), "nonces " + nonces);
        assertEquals(3, sent.stream().map(r -> r.oauthParameters().get("oauth_signature")).distinct().count());
    }

    @Test
    void eachSendOfTheSameBuilder_withAFormBody_isSignedAfresh() {
        provider.on("/api/1.1/statuses/update.json", Reply.text(200, ""));
        Invocation.Builder builder = fixture.client().target("statuses/update.json", TOKEN).request();

        builder.post(Entity.form(new jakarta.ws.rs.core.Form("status", "hello world"))).close();
        builder.post(Entity.form(new jakarta.ws.rs.core.Form("status", "hello world"))).close();

        List<Recorded> sent = provider.requests("/api/1.1/statuses/update.json");
        assertEquals(2, sent.size());
        assertEquals("status=hello+world", sent.get(0).body());
        Map<String, String> first = sent.get(0).oauthParameters();
        Map<String, String> second = sent.get(1).oauthParameters();
        assertNotEquals(first.get("oauth_nonce"), second.get("oauth_nonce"));
    }
}
