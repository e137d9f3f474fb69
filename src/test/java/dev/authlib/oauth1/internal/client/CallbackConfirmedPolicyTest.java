package dev.authlib.oauth1.internal.client;

import static dev.authlib.oauth1.internal.client.TestClients.CALLBACK;
import static dev.authlib.oauth1.internal.client.TestClients.REQUEST_TOKEN_PATH;
import static dev.authlib.oauth1.internal.client.TestClients.TEMPORARY_SECRET;
import static dev.authlib.oauth1.internal.client.TestClients.failsWithin;
import static dev.authlib.oauth1.internal.client.TestClients.namesRequestTokenUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.OAuth1ProviderException;
import dev.authlib.oauth1.TemporaryCredentials;
import dev.authlib.oauth1.internal.client.FakeProvider.Reply;
import dev.authlib.oauth1.internal.client.TestClients.Config;
import dev.authlib.oauth1.internal.client.TestClients.Fixture;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code oauth_callback_confirmed} missing or not {@code true} (RFC 5849 §2.1) under each
 * {@link CallbackConfirmedPolicy}: {@code require} refuses, {@code warn} accepts and logs, {@code ignore} accepts.
 */
class CallbackConfirmedPolicyTest {
    private static final String MISSING = "oauth_token=t1&oauth_token_secret=" + TEMPORARY_SECRET;
    private static final String FALSE = MISSING + "&oauth_callback_confirmed=false";

    private final Fixture fixture = new Fixture();
    private final FakeProvider provider = fixture.provider;
    /** Held strongly so that java.util.logging keeps the handler. */
    private final Logger log = Logger.getLogger(TokenEndpoints.class.getName());
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void captureLog() {
        log.addHandler(capture);
    }

    @AfterEach
    void stop() {
        log.removeHandler(capture);
        fixture.close();
    }

    private ManagedOAuth1Client client(CallbackConfirmedPolicy policy) {
        Config config = fixture.config().callbackConfirmed(policy);
        return config.build();
    }

    @ParameterizedTest
    @ValueSource(strings = {MISSING, FALSE, MISSING + "&oauth_callback_confirmed=",
        MISSING + "&oauth_callback_confirmed=1"})
    void require_refusesAResponseNotConfirmingTheCallback(String body) {
        provider.on(REQUEST_TOKEN_PATH, Reply.form(body));
        ManagedOAuth1Client client = client(CallbackConfirmedPolicy.REQUIRE);

        OAuth1ProviderException e = failsWithin(OAuth1ProviderException.class,
                () -> client.fetchTemporaryCredentials(CALLBACK));

        namesRequestTokenUrl(e, provider);
        assertEquals(200, e.status());
        assertEquals(Optional.empty(), e.oauthProblem());
        assertTrue(e.getMessage().contains("oauth_callback_confirmed=true"), e.getMessage());
        assertTrue(e.getMessage().contains("authlib.oauth.clients.fake.callback-confirmed=warn"), e.getMessage());
    }

    @Test
    void require_storesNothingWhenTheLoginCannotStart() {
        provider.on(REQUEST_TOKEN_PATH, Reply.form(MISSING));
        Config config = fixture.config();
        ManagedOAuth1Client client = config.build();

        failsWithin(OAuth1ProviderException.class, () -> client.startLogin(CALLBACK, Map.of(), null));

        assertTrue(config.store.pending.isEmpty());
    }

    @ParameterizedTest
    @EnumSource(CallbackConfirmedPolicy.class)
    void everyPolicy_acceptsAConfirmedCallback(CallbackConfirmedPolicy policy) {
        provider.on(REQUEST_TOKEN_PATH, Reply.form(MISSING + "&oauth_callback_confirmed=true"));

        TemporaryCredentials t = client(policy).fetchTemporaryCredentials(CALLBACK);

        assertTrue(t.callbackConfirmed());
        assertTrue(logged.isEmpty(), () -> "logged " + logged);
    }

    @ParameterizedTest
    @ValueSource(strings = {MISSING, FALSE})
    void warn_acceptsAndLogsAWarningNamingTheEndpoint(String body) {
        provider.on(REQUEST_TOKEN_PATH, Reply.form(body));

        TemporaryCredentials t = client(CallbackConfirmedPolicy.WARN).fetchTemporaryCredentials(CALLBACK);

        assertEquals("t1", t.token());
        assertFalse(t.callbackConfirmed());
        assertEquals(1, logged.size(), () -> "logged " + logged);
        LogRecord record = logged.get(0);
        assertEquals(Level.WARNING, record.getLevel());
        String text = new java.util.logging.SimpleFormatter().formatMessage(record);
        assertTrue(text.contains("request-token-url " + provider.url(REQUEST_TOKEN_PATH)), text);
        assertTrue(text.contains("oauth_callback_confirmed"), text);
        assertFalse(text.contains(TEMPORARY_SECRET), text);
        assertFalse(text.contains(TestClients.ENDPOINT_QUERY), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {MISSING, FALSE})
    void ignore_acceptsSilently(String body) {
        provider.on(REQUEST_TOKEN_PATH, Reply.form(body));

        TemporaryCredentials t = client(CallbackConfirmedPolicy.IGNORE).fetchTemporaryCredentials(CALLBACK);

        assertEquals("t1", t.token());
        assertFalse(t.callbackConfirmed());
        assertTrue(logged.isEmpty(), () -> "logged " + logged);
    }
}
