package dev.authlib.oauth1.internal.client;

import static dev.authlib.oauth1.internal.client.TestClients.CALLBACK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.authlib.oauth1.OAuth1TransportException;
import dev.authlib.oauth1.TokenCredentials;
import dev.authlib.oauth1.internal.client.TestClients.Fixture;
import dev.authlib.oauth1.it.net.DroppingServer;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One signed request, one send: a provider that reads a request and drops the connection sees it once, with the
 * JAX-RS client the library builds (RESTEasy here, whose Apache HttpClient engine retried GETs three times below the
 * signing filter, with the same nonce).
 */
class OneNoncePerSendTest {
    private final Fixture fixture = new Fixture();
    private final DroppingServer dropping = DroppingServer.start();

    @AfterEach
    void stop() {
        dropping.close();
        fixture.close();
    }

    private ManagedOAuth1Client client(String requestTokenMethod) {
        TestClients.Config c = fixture.config();
        c.requestTokenUrl = dropping.url("/oauth/request_token");
        c.accessTokenUrl = dropping.url("/oauth/access_token");
        c.apiBaseUrl = dropping.url("/api/");
        c.requestTokenMethod = requestTokenMethod;
        return c.build();
    }

    @Test
    void tokenRequestByGet_isSentOnce() {
        ManagedOAuth1Client client = client("GET");
        assertThrows(OAuth1TransportException.class, () -> client.fetchTemporaryCredentials(CALLBACK));
        assertSentOnce(dropping.requestsTo("/oauth/request_token"));
    }

    @Test
    void tokenRequestByPost_isSentOnce() {
        ManagedOAuth1Client client = client("POST");
        assertThrows(OAuth1TransportException.class, () -> client.fetchTemporaryCredentials(CALLBACK));
        assertSentOnce(dropping.requestsTo("/oauth/request_token"));
    }

    @Test
    void signedApiCalls_areSentOnce_everyVerb() {
        ManagedOAuth1Client client = client("POST");
        TokenCredentials token = new TokenCredentials("t", "ts", Map.of());
        assertThrows(ProcessingException.class, () -> client.get("a", token).close());
        assertThrows(ProcessingException.class, () -> client.delete("b", token).close());
        assertThrows(ProcessingException.class, () -> client.put("c", Entity.form(new Form("x", "1")), token).close());
        assertThrows(ProcessingException.class, () -> client.post("d", Entity.form(new Form("x", "1")), token).close());
        for (String path : List.of("/api/a", "/api/b", "/api/c", "/api/d")) {
            assertSentOnce(dropping.requestsTo(path));
        }
    }

    private static void assertSentOnce(List<DroppingServer.Request> sent) {
        assertEquals(1, sent.size(), () -> "sent " + sent.size() + " times: " + sent);
    }
}
