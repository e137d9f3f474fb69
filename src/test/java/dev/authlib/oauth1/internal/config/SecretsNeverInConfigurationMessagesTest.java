package dev.authlib.oauth1.internal.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.internal.cdi.TestDeployments;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/**
 * Every secret key fed a malformed value: the deployment fails naming the key, and no message holds the value (a
 * private key pasted without its BEGIN line was once echoed whole into the server log), nor a URL's user-info or query.
 */
@SuppressWarnings("try") // the config must stay registered while the container runs
class SecretsNeverInConfigurationMessagesTest {
    static final String K = "authlib.oauth.clients.leaky.";
    static final String BASE64_KEY_BODY = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7Secret0Body1Of2A3Key4";
    static final List<String> SECRETS = List.of("cs-kebab-Secret-4471", "cs_snake-Secret-9982",
            "ts-kebab-Secret-1184", "ts_snake-Secret-6620", BASE64_KEY_BODY, "MIIEpAIBAAKCAQEA-no-begin-line",
            "-----BEGIN X-----END X-----", "pw-Secret-Passphrase-331", "pa55word-in-url", "query-Secret-771",
            "Y29va2llLWtleS1zZWNyZXQtdmFsdWUtMDAx");

    static List<String> problems(Map<String, String> p) {
        try (TestConfig c = TestConfig.with(p); WeldContainer w = TestDeployments.weld().initialize()) {
            throw new AssertionError("the deployment started");
        } catch (RuntimeException e) {
            return TestDeployments.reportedProblems(e);
        }
    }

    static void noSecretIn(List<String> problems) {
        assertFalse(problems.isEmpty());
        for (String m : problems) {
            for (String secret : SECRETS) {
                assertFalse(m.contains(secret), () -> "a secret leaked into: " + m);
            }
            assertFalse(m.contains("Secret") || m.contains("MIIE"), () -> "a secret's part leaked into: " + m);
        }
    }

    static Map<String, String> client() {
        Map<String, String> p = new HashMap<>();
        p.put(K + "client-id", "leaky-key");
        return p;
    }

    @Test
    void secretsSetTwice_areNamed_notShown() {
        Map<String, String> p = client();
        p.put(K + "client-secret", "cs-kebab-Secret-4471");
        p.put(K + "client_secret", "cs_snake-Secret-9982");
        p.put(K + "token", "t");
        p.put(K + "token-secret", "ts-kebab-Secret-1184");
        p.put(K + "token_secret", "ts_snake-Secret-6620");
        List<String> problems = problems(p);
        noSecretIn(problems);
        assertTrue(problems.stream().anyMatch(m -> m.startsWith("AUTHJ1007: " + K + "client-secret")), problems::toString);
        assertTrue(problems.stream().anyMatch(m -> m.startsWith("AUTHJ1007: " + K + "token-secret")), problems::toString);
    }

    @Test
    void malformedRsaKeys_areNamed_notEchoed() {
        for (String key : List.of(BASE64_KEY_BODY, "MIIEpAIBAAKCAQEA-no-begin-line\n-----END PRIVATE KEY-----",
                "-----BEGIN X-----END X-----")) {
            Map<String, String> p = client();
            p.put(K + "signature-method", "RSA-SHA1");
            p.put(K + "rsa-key", key);
            List<String> problems = problems(p);
            noSecretIn(problems);
            assertTrue(problems.get(0).startsWith("AUTHJ100") && problems.get(0).contains(K + "rsa-key"),
                    problems::toString);
        }
    }

    @Test
    void wrongKeyPassword_isNamed_notEchoed() throws Exception {
        Map<String, String> p = client();
        p.put(K + "signature-method", "RSA-SHA1");
        try (java.io.InputStream in = getClass().getResourceAsStream("/keys/test-encrypted.pem")) {
            p.put(K + "rsa-key", new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII));
        }
        p.put(K + "rsa-key-password", "pw-Secret-Passphrase-331");
        noSecretIn(problems(p));
    }

    @Test
    void urls_areShownWithoutUserInfoAndQuery() {
        Map<String, String> p = client();
        p.put(K + "client-secret", "s");
        p.put(K + "api-base-url", "ftp://admin:pa55word-in-url@files.example/x?key=query-Secret-771");
        p.put(K + "request-token-url", "https://admin:pa55word-in-url@ho st.example/rt?key=query-Secret-771");
        noSecretIn(problems(p));
    }

    @Test
    void malformedCookieKeys_areNamed_notEchoed() {
        Map<String, String> p = new HashMap<>(TestConfig.client("ok", "https://p.example"));
        p.put("authlib.oauth.store", "cookie");
        p.put("authlib.oauth.store.cookie.keys", "k1:Y29va2llLWtleS1zZWNyZXQtdmFsdWUtMDAx,Y29va2llLWtleS1zZWNyZXQtdmFsdWUtMDAx");
        noSecretIn(problems(p));
    }
}
