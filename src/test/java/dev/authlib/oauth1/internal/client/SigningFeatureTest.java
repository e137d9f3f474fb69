package dev.authlib.oauth1.internal.client;

import static dev.authlib.oauth1.internal.client.TypedClients.ALICE;
import static dev.authlib.oauth1.internal.client.TypedClients.BOB;
import static dev.authlib.oauth1.internal.client.TypedClients.CLIENT_SECRET;
import static dev.authlib.oauth1.internal.client.TypedClients.TOKEN_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.OAuth1Client;
import dev.authlib.oauth1.OAuth1Exception;
import dev.authlib.oauth1.internal.client.FakeProvider.Recorded;
import dev.authlib.oauth1.internal.client.FakeProvider.Reply;
import dev.authlib.oauth1.internal.client.TypedClients.Kind;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code OAuth1Client.signingFeature()} on a JAX-RS client the application builds itself: every request signed when
 * sent, with the token of its {@code TOKEN_PROPERTY}, else as {@code target(path)} signs.
 */
class SigningFeatureTest {
    private final FakeProvider provider = FakeProvider.start();
    private final ManagedOAuth1Client oauth = TypedClients.client(Kind.LOGIN, null, name -> Optional.of(ALICE));
    private final Client http = ClientBuilder.newClient().register(oauth.signingFeature());

    @AfterEach
    void stop() {
        http.close();
        oauth.close();
        provider.close();
    }

    private Recorded last() {
        List<Recorded> all = provider.requests();
        return all.get(all.size() - 1);
    }

    @Test
    void requestWithoutAToken_isSignedWithTheResolversToken() {
        provider.on("/api/me", Reply.text(200, "me"));
        try (Response r = http.target(provider.url("/api/me?x=1%202")).request().get()) {
            assertEquals(200, r.getStatus());
        }
        assertEquals("alice-token", last().oauthParameters().get("oauth_token"));
        RecomputedSignature.assertValid(last(), provider, CLIENT_SECRET, TOKEN_SECRET);
    }

    @Test
    void tokenProperty_ofTheRequestOrTheTarget_signsWithThatToken() {
        provider.on("/api/statuses", Reply.text(200, "ok"));
        Form form = new Form("status", "Hello Ladies + Gentlemen");
        try (Response r = http.target(provider.url("/api/statuses")).request()
                .property(OAuth1Client.TOKEN_PROPERTY, BOB).post(Entity.form(form))) {
            assertEquals(200, r.getStatus());
        }
        assertEquals("bob-token", last().oauthParameters().get("oauth_token"));
        RecomputedSignature.assertValid(last(), provider, CLIENT_SECRET, TOKEN_SECRET);

        try (Response r = http.target(provider.url("/api/statuses")).property(OAuth1Client.TOKEN_PROPERTY, BOB)
                .request().post(Entity.form(form))) {
            assertEquals(200, r.getStatus());
        }
        assertEquals("bob-token", last().oauthParameters().get("oauth_token"));
    }

    @Test
    void tokenPropertyOfAnotherType_stopsTheRequest() {
        ProcessingException e = assertThrows(ProcessingException.class, () -> http.target(provider.url("/api/me"))
                .request().property(OAuth1Client.TOKEN_PROPERTY, "alice-token").get().close());
        OAuth1Exception cause = TypedClientSigningTest.cause(e, OAuth1Exception.class);
        assertTrue(cause.getMessage().contains("AUTHJ6005"), cause::getMessage);
        assertTrue(provider.requests().isEmpty());
    }

    @Test
    void theFeature_isOneInstancePerClient() {
        assertSame(oauth.signingFeature(), oauth.signingFeature());
    }
}
