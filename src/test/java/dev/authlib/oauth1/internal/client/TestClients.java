package dev.authlib.oauth1.internal.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.OAuth1Exception;
import dev.authlib.oauth1.TemporaryCredentialStore;
import dev.authlib.oauth1.TemporaryCredentials;
import dev.authlib.oauth1.signature.SignatureMethod;
import dev.authlib.oauth1.signature.SignatureType;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.function.Executable;

/** Test configurations against a {@link FakeProvider}, and the assertions every failing call shares. */
final class TestClients {
    static final String NAME = "fake";
    static final String CLIENT_ID = "client-id-1";
    /** Distinctive, so that a test can prove it appears in no message. */
    static final String CLIENT_SECRET = "cs-3nv-Secret-7741";
    static final String TEMPORARY_SECRET = "ts-9q-TempSecret-1208";
    static final String TOKEN_SECRET = "ts-4k-TokenSecret-5530";
    static final String REQUEST_TOKEN_PATH = "/oauth/request_token";
    static final String AUTHORIZE_PATH = "/oauth/authorize";
    static final String ACCESS_TOKEN_PATH = "/oauth/access_token";
    /** A query on each configured token URL: it must never appear in a message. */
    static final String ENDPOINT_QUERY = "app=q-marker";
    static final URI CALLBACK = URI.create("https://app.example/oauth1/fake/authorize");
    static final Duration TIMEOUT = Duration.ofMillis(500);
    /** How long a failing call may take: a bound on a hang, not a benchmark (timeouts are 500 ms). */
    static final Duration BOUND = Duration.ofSeconds(10);
    static final TemporaryCredentials TEMPORARY = new TemporaryCredentials("temp-token-1", TEMPORARY_SECRET, true,
            Map.of());

    private TestClients() {}

    /** A provider and the clients a test builds against it, all closed after the test. */
    static final class Fixture implements AutoCloseable {
        final FakeProvider provider = FakeProvider.start();
        private final List<ManagedOAuth1Client> clients = new ArrayList<>();

        /** @return a configuration against the provider; its {@link Config#build()} is closed with the fixture */
        Config config() {
            return new Config(provider.url(REQUEST_TOKEN_PATH + "?" + ENDPOINT_QUERY), provider.url(AUTHORIZE_PATH),
                    provider.url(ACCESS_TOKEN_PATH + "?" + ENDPOINT_QUERY), provider.url("/api/1.1/"), clients);
        }

        /** @return a client with the default test configuration */
        ManagedOAuth1Client client() {
            return config().build();
        }

        @Override
        public void close() {
            clients.forEach(ManagedOAuth1Client::close);
            provider.close();
        }
    }

    /** A mutable builder of {@link ClientConfig}, preset for a provider on loopback with 500 ms timeouts. */
    static final class Config {
        URI requestTokenUrl;
        String authorizeUrl;
        URI accessTokenUrl;
        URI apiBaseUrl;
        String clientSecret = CLIENT_SECRET;
        Map<String, String> requestTokenParams = new LinkedHashMap<>();
        Map<String, String> authorizeParams = new LinkedHashMap<>();
        Map<String, String> accessTokenParams = new LinkedHashMap<>();
        SignatureMethod signatureMethod = SignatureMethod.HMAC_SHA1;
        SignatureType signatureType = SignatureType.HEADER;
        Duration connectTimeout = TIMEOUT;
        Duration readTimeout = TIMEOUT;
        Duration callTimeout = Duration.ofSeconds(5);
        String requestTokenMethod = "POST";
        String accessTokenMethod = "POST";
        CallbackConfirmedPolicy callbackConfirmed = CallbackConfirmedPolicy.REQUIRE;
        String userAgent;
        final InMemoryStore store = new InMemoryStore();
        private final List<ManagedOAuth1Client> built;

        Config(URI requestTokenUrl, URI authorizeUrl, URI accessTokenUrl, URI apiBaseUrl,
                List<ManagedOAuth1Client> built) {
            this.built = built;
            this.requestTokenUrl = requestTokenUrl;
            this.authorizeUrl = authorizeUrl.toString();
            this.accessTokenUrl = accessTokenUrl;
            this.apiBaseUrl = apiBaseUrl;
        }

        Config requestTokenUrl(URI value) {
            requestTokenUrl = value;
            return this;
        }

        Config accessTokenUrl(URI value) {
            accessTokenUrl = value;
            return this;
        }

        Config authorizeUrl(URI value) {
            authorizeUrl = value.toString();
            return this;
        }

        /** An authorization URL that may hold the placeholders {@code {token}} and {@code {consumer_key}}. */
        Config authorizeUrl(String template) {
            authorizeUrl = template;
            return this;
        }

        Config apiBaseUrl(URI value) {
            apiBaseUrl = value;
            return this;
        }

        Config callbackConfirmed(CallbackConfirmedPolicy value) {
            callbackConfirmed = value;
            return this;
        }

        Config tokenMethods(String method) {
            requestTokenMethod = method;
            accessTokenMethod = method;
            return this;
        }

        Config userAgent(String value) {
            userAgent = value;
            return this;
        }

        Config signing(SignatureMethod method, SignatureType type) {
            signatureMethod = method;
            signatureType = type;
            return this;
        }

        ClientConfig config() {
            return new ClientConfig(NAME, new ClientConfig.Credentials(CLIENT_ID, clientSecret, null, null, null, false),
                    new ClientConfig.Signing(signatureMethod, signatureType, null, true, null),
                    new ClientConfig.Login(requestTokenUrl, requestTokenParams, requestTokenMethod,
                            AuthorizeUrl.of(authorizeUrl), authorizeParams, accessTokenUrl, accessTokenParams,
                            accessTokenMethod, callbackConfirmed, CALLBACK),
                    apiBaseUrl, new ClientConfig.Transport(connectTimeout, readTimeout, callTimeout, userAgent), null);
        }

        ManagedOAuth1Client build() {
            ManagedOAuth1Client client = OAuth1ClientFactory.create(config(), () -> store, () -> null);
            built.add(client);
            return client;
        }
    }

    /** The temporary-credential store of one test. */
    static final class InMemoryStore implements TemporaryCredentialStore {
        final Map<String, TemporaryCredentials> pending = new ConcurrentHashMap<>();

        @Override
        public void save(String clientName, TemporaryCredentials credentials) {
            pending.put(clientName + " " + credentials.token(), credentials);
        }

        @Override
        public Optional<TemporaryCredentials> take(String clientName, String token) {
            return Optional.ofNullable(pending.remove(clientName + " " + token));
        }
    }

    /** Runs a call that must fail with {@code type}, and fail within {@link #BOUND}. */
    static <T extends OAuth1Exception> T failsWithin(Class<T> type, Executable call) {
        return assertTimeoutPreemptively(BOUND, () -> assertThrows(type, call));
    }

    /** The message names the request-token endpoint (scheme, host, port, path), never its query, and no secret. */
    static void namesRequestTokenUrl(OAuth1Exception e, FakeProvider provider) {
        namesEndpoint(e, "request-token-url " + provider.url(REQUEST_TOKEN_PATH));
    }

    static void namesAccessTokenUrl(OAuth1Exception e, FakeProvider provider) {
        namesEndpoint(e, "access-token-url " + provider.url(ACCESS_TOKEN_PATH));
    }

    static void namesEndpoint(OAuth1Exception e, String endpoint) {
        String message = e.getMessage();
        assertTrue(message.startsWith("OAuth 1 client '" + NAME + "': "), message);
        assertTrue(message.contains(endpoint), () -> "expected '" + endpoint + "' in: " + message);
        assertFalse(message.contains(ENDPOINT_QUERY), () -> "the endpoint's query leaked into: " + message);
        assertFalse(message.contains(endpoint + "?"), () -> "the endpoint's query leaked into: " + message);
        carriesNoSecret(e);
    }

    /** No secret in the message or toString of the exception or any of its causes. */
    static void carriesNoSecret(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String text = t.toString();
            for (String secret : new String[] {CLIENT_SECRET, TEMPORARY_SECRET, TOKEN_SECRET}) {
                assertFalse(text.contains(secret), () -> "a secret leaked into: " + text);
            }
        }
    }
}
