package dev.authlib.oauth1.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.authlib.oauth1.internal.client.ClientConfig;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every key may come from an environment variable (MicroProfile Config's mapping, {@code AUTHLIB_OAUTH_CLIENTS_X_...}),
 * and runtimes list such variables among the property names in their own spellings: SmallRye as they are, OpenLiberty
 * and Quarkus' {@code .env} file also as dotted lower case ({@code authlib.oauth.clients.demo.client.secret}). None of
 * these spellings may be taken for an unknown key (it failed the start of correctly configured applications), nor a
 * dashed client name {@code my-idp} for a client {@code my}.
 */
@SuppressWarnings("try") // the config must stay registered while it is read
class EnvironmentSpellingTest {

    static Map<String, String> demoWithoutSecret() {
        Map<String, String> p = new HashMap<>(TestConfig.client("demo", "https://provider.example"));
        p.remove("authlib.oauth.clients.demo.client-secret");
        return p;
    }

    @Test
    void secretInTheEnvironment_ofAClientInTheProperties_isRead_andNoUnknownKey() {
        try (TestConfig c = TestConfig.with(demoWithoutSecret(),
                Map.of("AUTHLIB_OAUTH_CLIENTS_DEMO_CLIENT_SECRET", "env-secret"))) {
            ConfigScan scan = ConfigScan.of(c.config());
            assertEquals(List.of(), scan.problems(true));
            assertEquals("env-secret", scan.clients().get("demo").credentials().clientSecret());
        }
    }

    @Test
    void dottedListingOfAVariable_asLibertyAndQuarkusDotEnvMakeIt_isNoUnknownKey() {
        Map<String, String> p = demoWithoutSecret();
        p.put("authlib.oauth.clients.demo.client.secret", "listed"); // the name a runtime lists for the variable
        try (TestConfig c = TestConfig.with(p, Map.of("AUTHLIB_OAUTH_CLIENTS_DEMO_CLIENT_SECRET", "listed"))) {
            ConfigScan scan = ConfigScan.of(c.config());
            assertEquals(List.of(), scan.problems(true));
            assertEquals("listed", scan.clients().get("demo").credentials().clientSecret());
        }
    }

    @Test
    void everyKey_ofAClientListedByName_mayComeFromTheEnvironment() {
        Map<String, String> env = new HashMap<>();
        String v = "AUTHLIB_OAUTH_CLIENTS_MY_IDP_";
        env.put(v + "CLIENT_ID", "key");
        env.put(v + "CLIENT_SECRET", "secret");
        env.put(v + "REQUEST_TOKEN_URL", "https://idp.example/request");
        env.put(v + "AUTHORIZE_URL", "https://idp.example/authorize");
        env.put(v + "ACCESS_TOKEN_URL", "https://idp.example/access");
        env.put(v + "API_BASE_URL", "https://idp.example/api");
        env.put(v + "SIGNATURE_METHOD", "HMAC-SHA256");
        env.put(v + "SIGNATURE_TYPE", "QUERY");
        env.put(v + "REALM", "Photos");
        env.put(v + "REDIRECT_URI", "https://app.example/cb");
        env.put(v + "CONNECT_TIMEOUT", "PT3S");
        env.put(v + "READ_TIMEOUT", "4000");
        env.put(v + "REQUEST_TOKEN_METHOD", "GET");
        env.put(v + "ACCESS_TOKEN_METHOD", "GET");
        env.put(v + "CALLBACK_CONFIRMED", "warn");
        env.put(v + "USER_AGENT", "my-app/1");
        env.put(v + "AUTHORIZE_PARAMS_PERMS", "write");
        env.put(v + "REQUEST_TOKEN_PARAMS_X_AUTH_ACCESS_TYPE", "read");
        env.put(v + "ACCESS_TOKEN_PARAMS_SCOPE", "all");
        try (TestConfig c = TestConfig.with(Map.of("authlib.oauth.client-names", "my-idp"), env)) {
            ConfigScan scan = ConfigScan.of(c.config());
            assertEquals(List.of(), scan.problems(true));
            assertEquals(List.of("my-idp"), List.copyOf(scan.names()), "no client 'my'");
            ClientConfig idp = scan.clients().get("my-idp");
            assertNotNull(idp);
            assertEquals("key", idp.credentials().clientId());
            assertEquals("secret", idp.credentials().clientSecret());
            assertEquals("https://idp.example/api/", idp.apiBaseUrl().toString());
            assertEquals("HMAC-SHA256", idp.signing().method().wireName());
            assertEquals("QUERY", idp.signing().type().name());
            assertEquals("Photos", idp.signing().realm());
            assertEquals("https://app.example/cb", idp.redirectUri().toString());
            assertEquals("PT3S", idp.transport().connectTimeout().toString());
            assertEquals("PT4S", idp.transport().readTimeout().toString());
            assertEquals("GET", idp.login().requestTokenMethod());
            assertEquals("GET", idp.login().accessTokenMethod());
            assertEquals("WARN", idp.login().callbackConfirmed().name());
            assertEquals("my-app/1", idp.transport().userAgent());
            assertEquals(Map.of("perms", "write"), idp.login().authorizeParams());
            assertEquals(Map.of("x_auth_access_type", "read"), idp.login().requestTokenParams());
            assertEquals(Map.of("scope", "all"), idp.login().accessTokenParams());
        }
    }

    @Test
    void misspelledVariable_isReported_withTheNearestOne() {
        try (TestConfig c = TestConfig.with(TestConfig.client("demo", "https://provider.example"),
                Map.of("AUTHLIB_OAUTH_CLIENTS_DEMO_CLIENT_SECRT", "x"))) {
            assertEquals(List.of("AUTHJ1103: the environment variable AUTHLIB_OAUTH_CLIENTS_DEMO_CLIENT_SECRT "
                    + "configures nothing known; did you mean AUTHLIB_OAUTH_CLIENTS_DEMO_CLIENT_SECRET? (a client "
                    + "named only in environment variables, or whose name has dashes, must be listed in "
                    + "authlib.oauth.client-names)"), ConfigScan.of(c.config()).problems(true));
        }
    }

    @Test
    void keyInAnotherCase_isNoEnvironmentSpelling_butAnUnknownKey() {
        Map<String, String> p = demoWithoutSecret();
        p.put("authlib.oauth.clients.demo.Client-Secret", "s");
        try (TestConfig c = TestConfig.with(p)) {
            List<String> problems = ConfigScan.of(c.config()).problems(true);
            assertEquals("AUTHJ1102: authlib.oauth.clients.demo.Client-Secret: unknown key; did you mean "
                    + "authlib.oauth.clients.demo.client-secret?", problems.get(0));
        }
    }
}
