package dev.authlib.oauth1.internal.client;

import static dev.authlib.oauth1.internal.client.TestClients.ACCESS_TOKEN_PATH;
import static dev.authlib.oauth1.internal.client.TestClients.CLIENT_SECRET;
import static dev.authlib.oauth1.internal.client.TestClients.TEMPORARY;
import static dev.authlib.oauth1.internal.client.TestClients.TEMPORARY_SECRET;
import static dev.authlib.oauth1.internal.client.TestClients.carriesNoSecret;
import static dev.authlib.oauth1.internal.client.TestClients.failsWithin;
import static dev.authlib.oauth1.internal.client.TestClients.namesAccessTokenUrl;
import static dev.authlib.oauth1.internal.client.TestClients.namesEndpoint;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.OAuth1Exception;
import dev.authlib.oauth1.internal.client.FakeProvider.Recorded;
import dev.authlib.oauth1.internal.client.FakeProvider.Reply;
import dev.authlib.oauth1.internal.client.FakeProvider.Silent;
import dev.authlib.oauth1.internal.client.FakeProvider.Wire;
import dev.authlib.oauth1.internal.client.TestClients.Fixture;
import dev.authlib.oauth1.signature.SignatureMethod;
import dev.authlib.oauth1.signature.SignatureType;
import java.net.URI;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * With PLAINTEXT signatures in the query, the request URI itself carries the client secret and the token secret
 * ({@code oauth_signature=<client secret>&<token secret>}, RFC 5849 §3.4.4). No failure may repeat that URI: the
 * message and every cause in the chain name the endpoint without its query.
 */
class SecretsStayOutOfMessagesTest {
    private final Fixture fixture = new Fixture();
    private final FakeProvider provider = fixture.provider;

    @AfterEach
    void stop() {
        fixture.close();
    }

    private ManagedOAuth1Client plaintextInQuery(URI accessTokenUrl) {
        return fixture.config().signing(SignatureMethod.PLAINTEXT, SignatureType.QUERY).accessTokenUrl(accessTokenUrl)
                .build();
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of("401 with oauth_problem", Reply.of(401, "application/x-www-form-urlencoded",
                        "oauth_problem=signature_invalid")),
                Arguments.of("500 HTML", Reply.of(500, "text/html", "<html>oops</html>")),
                Arguments.of("redirect", Reply.of(302, "text/html", "moved").header("Location", "/elsewhere")),
                Arguments.of("never answers", Reply.neverAnswer()),
                Arguments.of("drops the connection", Reply.text(200, "").wire(Wire.DROP)),
                Arguments.of("body cut short", Reply.form("oauth_token=t&oauth_tok").wire(Wire.CLOSE_MID_BODY)),
                Arguments.of("huge body", Reply.huge(200, "text/plain", 1024 * 1024)),
                Arguments.of("no token secret", Reply.form("oauth_token=t")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void providerFault_neverShowsTheSignedUri(String fault, Reply reply) {
        provider.on(ACCESS_TOKEN_PATH, reply);
        ManagedOAuth1Client client = plaintextInQuery(provider.url(ACCESS_TOKEN_PATH));

        OAuth1Exception e = failsWithin(OAuth1Exception.class, () -> client.fetchTokenCredentials(TEMPORARY, "v"));

        namesAccessTokenUrl(e, provider);
        Recorded sent = provider.last(ACCESS_TOKEN_PATH);
        assertTrue(sent.query().contains(CLIENT_SECRET) && sent.query().contains(TEMPORARY_SECRET),
                "the secrets were on the wire: " + sent.query());
    }

    @Test
    void connectionRefused_neverShowsTheSignedUri() {
        URI refusing = FakeProvider.refusingUrl(ACCESS_TOKEN_PATH);
        ManagedOAuth1Client client = plaintextInQuery(refusing);

        OAuth1Exception e = failsWithin(OAuth1Exception.class, () -> client.fetchTokenCredentials(TEMPORARY, "v"));

        namesEndpoint(e, "access-token-url " + refusing);
        carriesNoSecret(e);
    }

    @Test
    void silentProvider_neverShowsTheSignedUri() {
        try (Silent silent = new Silent()) {
            ManagedOAuth1Client client = plaintextInQuery(silent.url(ACCESS_TOKEN_PATH));

            OAuth1Exception e = failsWithin(OAuth1Exception.class,
                    () -> client.fetchTokenCredentials(TEMPORARY, "v"));

            namesEndpoint(e, "access-token-url " + silent.url(ACCESS_TOKEN_PATH));
        }
    }
}
