package dev.authlib.oauth1.it.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.CloseableOAuth1Client;
import dev.authlib.oauth1.OAuth1Client;
import dev.authlib.oauth1.OAuth1ClientBuilder;
import dev.authlib.oauth1.OAuth1ConfigurationException;
import dev.authlib.oauth1.TemporaryCredentials;
import dev.authlib.oauth1.TokenCredentials;
import dev.authlib.oauth1.internal.cdi.TestDeployments;
import dev.authlib.oauth1.internal.config.TestConfig;
import dev.authlib.oauth1.it.provider.AuthlibProvider;
import dev.authlib.oauth1.it.provider.AuthlibProvider.ClientSpec;
import dev.authlib.oauth1.it.provider.OauthlibVerifier;
import dev.authlib.oauth1.signature.ResponseParameters;
import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A program without a callback logs in with the PIN (oob) flow against the real Authlib provider; the token it gets
 * is then configured as a static token in a fresh CDI deployment, whose client signs every call with it with no token
 * argument. NetSuite-style static tokens (HMAC-SHA256 and a realm) are checked by oauthlib.
 */
class StaticTokenAndOobIT {
    static final String KEY = "pin-app";
    static final String SECRET = "pin-app-secret-2291";
    static AuthlibProvider provider;

    @BeforeAll
    static void start() throws IOException {
        provider = AuthlibProvider.start(List.of(ClientSpec.hmac(KEY, SECRET)));
    }

    @AfterAll
    static void stop() {
        provider.close();
    }

    /** The three legs from code, as a command-line tool does them: the user reads a PIN and types it. */
    static TokenCredentials pinLogin(OAuth1Client cli) throws Exception {
        TemporaryCredentials temporary = cli.fetchTemporaryCredentials(URI.create("oob"));
        URI page = cli.authorizationUri(temporary, Map.of("auto", "approve"));
        HttpResponse<String> shown = HttpClient.newHttpClient().send(HttpRequest.newBuilder(page).build(),
                HttpResponse.BodyHandlers.ofString());
        int start = shown.body().indexOf("<code id=\"verifier\">");
        assertTrue(start > 0, shown::body);
        String pin = shown.body().substring(start + 20, shown.body().indexOf("</code>", start));
        return cli.fetchTokenCredentials(temporary, pin);
    }

    @Test
    @SuppressWarnings("try") // the config must stay registered while the container runs
    void pinFlow_thenTheTokenAsAStaticToken_inAFreshDeployment() throws Exception {
        TokenCredentials token;
        try (CloseableOAuth1Client cli = OAuth1ClientBuilder.newBuilder("cli")
                .loginUrls(provider.requestTokenUri(), provider.authorizeUri().toString(), provider.accessTokenUri())
                .apiBaseUrl(provider.apiBaseUri()).redirectUri("oob")
                .clientId(KEY).clientSecret(SECRET).build()) {
            token = pinLogin(cli);
            assertEquals("alice", token.parameter("screen_name").orElseThrow());
            OAuth1ConfigurationException noStore = assertThrows(OAuth1ConfigurationException.class,
                    () -> cli.authorizeRedirect(null));
            assertTrue(noStore.getMessage().contains("AUTHJ3010"), noStore::getMessage);
        }

        Map<String, String> p = new HashMap<>();
        String k = "authlib.oauth.clients.owner.";
        p.put(k + "client-id", KEY);
        p.put(k + "client-secret", SECRET);
        p.put(k + "token", token.token());
        p.put(k + "token-secret", token.tokenSecret());
        p.put(k + "api-base-url", provider.apiBaseUri().toString());
        try (TestConfig c = TestConfig.with(p); WeldContainer weld = TestDeployments.weld().initialize()) {
            OAuth1Client owner = weld.select(OAuth1Client.class, NamedLiteral.of("owner")).get();
            try (Response me = owner.get("me")) {
                String body = me.readEntity(String.class);
                assertEquals(200, me.getStatus(), () -> body + "\n" + provider.log());
                assertTrue(body.contains("\"screen_name\":\"alice\""), body);
            }
            OAuth1ConfigurationException notLogin = assertThrows(OAuth1ConfigurationException.class,
                    () -> owner.authorizeRedirect(URI.create("https://app.example/cb")));
            assertTrue(notLogin.getMessage().contains("AUTHJ3001: this client cannot log users in: it is a "
                    + "static-token client"), notLogin::getMessage);
        }
    }

    @Test
    void netSuiteStyle_staticToken_hmacSha256_realm_checkedByOauthlib() throws IOException {
        String token = "tok-4539762";
        String tokenSecret = "tok-secret-8812";
        try (OauthlibVerifier verifier = OauthlibVerifier.start(List.of(new OauthlibVerifier.Client("ns-key",
                "ns-secret", Map.of(token, tokenSecret))));
                CloseableOAuth1Client netsuite = OAuth1ClientBuilder.newBuilder("netsuite")
                        .provider("netsuite").baseUrl(verifier.baseUri()).realm("4539762_SB1")
                        .clientId("ns-key").clientSecret("ns-secret").token(token, tokenSecret).build();
                Response r = netsuite.get("record/v1/customer/17")) {
            String body = r.readEntity(String.class);
            assertEquals(200, r.getStatus(), () -> body + "\n" + verifier.log());
            Map<String, String> v = ResponseParameters.parse("application/json", body);
            assertEquals("/services/rest/record/v1/customer/17", v.get("path"));
            assertEquals("HMAC-SHA256", v.get("signature_method"));
            assertEquals("4539762_SB1", v.get("realm"));
            assertEquals(token, v.get("token"));
        }
    }
}
