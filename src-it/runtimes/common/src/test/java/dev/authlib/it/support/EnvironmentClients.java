package dev.authlib.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/**
 * Two clients configured only through environment variables, every key in its environment spelling
 * ({@code AUTHLIB_OAUTH_CLIENTS_ENVDEMO_SIGNATURE_METHOD}, map entries {@code ..._AUTHORIZE_PARAMS_PERMS}) and listed in
 * {@code AUTHLIB_OAUTH_CLIENT_NAMES}: the runtime POMs set the variables for the test JVM, whose servers (Liberty,
 * Payara) and applications (Quarkus) inherit them. {@link #assertRead(String, String)} checks what the library read,
 * as {@code GET clients/<name>} shows it. The URLs point at a closed port: nothing is called.
 */
public final class EnvironmentClients {
    /** A login client with a static token, every key but those of the RSA client. */
    public static final String ENVDEMO = "envdemo";
    /** A preset client with an RSA key from a file, its password, and an empty token. */
    public static final String ENVRSA = "envrsa";

    private EnvironmentClients() {
    }

    /** What {@code GET clients/<name>} must show for each client, given the variables in the runtime POMs. */
    public static List<String> expected(String client) {
        if (ENVDEMO.equals(client)) {
            return List.of("name=envdemo", "kind=LOGIN", "clientId=env-key", "clientSecret=****", "token=env-token",
                    "tokenSecret=****", "signing=HMAC-SHA256/QUERY", "realm=Photos", "version=omitted",
                    "bodyHash=SHA_256", "requestTokenUrl=http://127.0.0.1:9/oauth/request_token GET{x_auth_access_type=read}",
                    "authorizeUrl=http://127.0.0.1:9/oauth/authorize{perms=write}",
                    "accessTokenUrl=http://127.0.0.1:9/oauth/access_token GET{scope=all}", "callbackConfirmed=WARN",
                    "redirectUri=https://app.example/callback", "apiBaseUrl=http://127.0.0.1:9/api/",
                    "connectTimeout=PT3S", "readTimeout=PT4S", "callTimeout=PT7S", "userAgent=env-agent/1");
        }
        return List.of("name=envrsa", "kind=LOGIN", "provider=jira-dc", "clientId=env-rsa-key", "rsaKey=****",
                "emptyToken=true", "signing=RSA-SHA1/HEADER",
                "requestTokenUrl=http://127.0.0.1:9/jira/plugins/servlet/oauth/request-token POST{}");
    }

    /** Asserts that the description holds every expected setting, and no secret. */
    public static void assertRead(String client, String description) {
        for (String part : expected(client)) {
            assertTrue(description.contains(part), () -> "'" + part + "' not in " + description);
        }
        for (String secret : List.of("env-secret-v", "env-token-secret-v", "test-password")) {
            assertTrue(!description.contains(secret), () -> "a secret shown: " + description);
        }
    }
}
