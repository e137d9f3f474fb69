package dev.authlib.oauth1.it.flow;

import dev.authlib.oauth1.it.provider.AuthlibProvider;
import dev.authlib.oauth1.it.provider.AuthlibProvider.ClientSpec;
import dev.authlib.oauth1.signature.SignatureMethod;
import dev.authlib.oauth1.signature.SignatureType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The clients of the application under test and their registration at the provider: {@code twitter} (HMAC-SHA1 in
 * the header, the defaults) and one client per signature method and placement ({@link #matrixClient}), all sharing
 * the provider's {@code matrix} consumer, which has both a secret and an RSA public key.
 */
final class FlowConfig {
    static final String SUCCESS_URL = FlowApp.CONTEXT + "/welcome";
    private static final String MATRIX_ID = "matrix";
    private static final String MATRIX_SECRET = "matrix-secret~1";
    /** A loopback port nothing listens on (the discard port; connections are refused). */
    static final int CLOSED_PORT = 9;

    private FlowConfig() {}

    static List<ClientSpec> providerClients() {
        return List.of(ClientSpec.hmac("twitter-key", "twitter-secret"),
                ClientSpec.rsa(MATRIX_ID, MATRIX_SECRET, read(key("test-public.pem"))));
    }

    /** The MicroProfile Config of the application, pointing at this provider. */
    static Map<String, String> properties(AuthlibProvider provider) {
        Map<String, String> p = new HashMap<>();
        p.put("authlib.oauth.web.success-url", SUCCESS_URL);
        Map<String, String> twitter = endpoints(provider);
        twitter.put("client-id", "twitter-key");
        twitter.put("client-secret", "twitter-secret");
        put(p, "twitter", twitter);
        Map<String, String> wrongSecret = endpoints(provider);
        wrongSecret.put("client-id", "twitter-key");
        wrongSecret.put("client-secret", "not-the-secret");
        put(p, "wrong-secret", wrongSecret);
        Map<String, String> tokenEndpointDown = endpoints(provider);
        tokenEndpointDown.put("client-id", "twitter-key");
        tokenEndpointDown.put("client-secret", "twitter-secret");
        tokenEndpointDown.put("access-token-url", "http://127.0.0.1:" + CLOSED_PORT + "/oauth/access_token");
        tokenEndpointDown.put("connect-timeout", "PT2S");
        put(p, "token-endpoint-down", tokenEndpointDown);
        for (SignatureMethod method : SignatureMethod.values()) {
            for (SignatureType type : SignatureType.values()) {
                Map<String, String> c = endpoints(provider);
                c.put("client-id", MATRIX_ID);
                c.put("client-secret", MATRIX_SECRET);
                c.put("signature-method", method.wireName());
                c.put("signature-type", type.name());
                if (method.wireName().startsWith("RSA-")) {
                    c.put("rsa-key", key("test-pkcs8.pem").toString());
                }
                put(p, matrixClient(method, type), c);
            }
        }
        return p;
    }

    /** {@code m-rsa-sha256-query} for RSA-SHA256 in the query. */
    static String matrixClient(SignatureMethod method, SignatureType type) {
        return "m-" + method.wireName().toLowerCase(Locale.ROOT) + "-" + type.name().toLowerCase(Locale.ROOT);
    }

    private static void put(Map<String, String> all, String client, Map<String, String> keys) {
        keys.forEach((k, v) -> all.put("authlib.oauth.clients." + client + "." + k, v));
    }

    private static Map<String, String> endpoints(AuthlibProvider provider) {
        Map<String, String> c = new HashMap<>();
        c.put("request-token-url", provider.requestTokenUri().toString());
        c.put("authorize-url", provider.authorizeUri().toString());
        c.put("access-token-url", provider.accessTokenUri().toString());
        c.put("api-base-url", provider.apiBaseUri().toString());
        return c;
    }

    private static Path key(String file) {
        try {
            return Path.of(FlowConfig.class.getResource("/keys/" + file).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test key keys/" + file + " is not on the test class path", e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
