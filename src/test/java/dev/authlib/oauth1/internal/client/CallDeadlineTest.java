package dev.authlib.oauth1.internal.client;

import static dev.authlib.oauth1.internal.client.TestClients.CALLBACK;
import static dev.authlib.oauth1.internal.client.TestClients.REQUEST_TOKEN_PATH;
import static dev.authlib.oauth1.internal.client.TestClients.TEMPORARY;
import static dev.authlib.oauth1.internal.client.TestClients.failsWithin;
import static dev.authlib.oauth1.internal.client.TestClients.namesAccessTokenUrl;
import static dev.authlib.oauth1.internal.client.TestClients.namesRequestTokenUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.OAuth1TransportException;
import dev.authlib.oauth1.internal.client.FakeProvider.Reply;
import dev.authlib.oauth1.internal.client.FakeProvider.Wire;
import dev.authlib.oauth1.internal.client.TestClients.Config;
import dev.authlib.oauth1.internal.client.TestClients.Fixture;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Connect and read timeouts are idle timeouts: a provider sending a byte every 100 ms never trips a 500 ms read
 * timeout and would hold a token call for as long as it liked. {@code call-timeout} bounds the whole call.
 */
class CallDeadlineTest {
    static final String CONFIRMED = "oauth_token=t1&oauth_token_secret=s1&oauth_callback_confirmed=true";
    private final Fixture fixture = new Fixture();

    @AfterEach
    void stop() {
        fixture.close();
    }

    private Config deadline(Duration callTimeout) {
        Config c = fixture.config();
        c.callTimeout = callTimeout;
        return c;
    }

    @Test
    void tricklingTokenResponse_isCutAtTheDeadline_notHeldForever() {
        // 200 bytes at 10 bytes/s: 20 s of answer, every read well within the 500 ms read timeout
        fixture.provider.on(REQUEST_TOKEN_PATH, Reply.form(CONFIRMED + "&padding=" + "x".repeat(130))
                .wire(Wire.TRICKLE));
        ManagedOAuth1Client client = deadline(Duration.ofMillis(1500)).build();

        OAuth1TransportException e = failsWithin(OAuth1TransportException.class,
                () -> client.fetchTemporaryCredentials(CALLBACK));

        namesRequestTokenUrl(e, fixture.provider);
        assertTrue(e.getMessage().contains("AUTHJ3008"), e.getMessage());
        assertTrue(e.getMessage().contains("did not complete within 1500 ms"), e.getMessage());
        assertTrue(e.getMessage().contains("authlib.oauth.clients.fake.call-timeout"), e.getMessage());
    }

    @Test
    void answerWhoseHeadArrivesAfterTheDeadline_failsAtTheDeadline() {
        fixture.provider.on(TestClients.ACCESS_TOKEN_PATH, Reply.form(CONFIRMED).delay(Duration.ofSeconds(3)));
        Config c = deadline(Duration.ofMillis(700));
        c.readTimeout = Duration.ofSeconds(8); // the read timeout alone would wait for the answer
        ManagedOAuth1Client client = c.build();

        OAuth1TransportException e = failsWithin(OAuth1TransportException.class,
                () -> client.fetchTokenCredentials(TEMPORARY, "verifier-1"));

        namesAccessTokenUrl(e, fixture.provider);
        assertTrue(e.getMessage().contains("did not complete within 700 ms"), e.getMessage());
    }

    @Test
    void tricklingAnswer_withinTheDeadline_isRead() {
        fixture.provider.on(REQUEST_TOKEN_PATH, Reply.form(CONFIRMED).wire(Wire.TRICKLE)); // about 6 s
        ManagedOAuth1Client client = deadline(Duration.ofSeconds(9)).build();

        assertEquals("t1", client.fetchTemporaryCredentials(CALLBACK).token());
    }
}
