package dev.authlib.oauth1.it.provider;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Starts {@code src-it/oauthlib/signature_only.py}: a protected resource that verifies every request (any path) with Debian's python3-oauthlib {@code SignatureOnlyEndpoint} (signature, fresh nonce, timestamp) and
 * recomputes {@code oauth_body_hash} over the bytes it received. The independent verifier of clients that log no one
 * in: one-legged, two-legged with an empty token, static tokens. Each answer is JSON describing what was verified
 * (see the script's header); a refusal is a 401 with {@code oauth_problem}.
 *
 * <p>System properties: {@code it.python}, {@code it.oauthlib.dir} (default {@code src-it/oauthlib}),
 * {@code it.provider.log.dir}.
 */
public final class OauthlibVerifier implements AutoCloseable {
    private static final String READY = "VERIFIER_READY ";

    /**
     * A client the verifier knows.
     *
     * @param clientKey the consumer key
     * @param clientSecret its secret
     * @param tokens static token to token secret
     */
    public record Client(String clientKey, String clientSecret, Map<String, String> tokens) {
        public Client {
            tokens = Map.copyOf(tokens);
        }

        /** A client without tokens (one- and two-legged). */
        public static Client of(String clientKey, String clientSecret) {
            return new Client(clientKey, clientSecret, Map.of());
        }
    }

    private final PythonServer server;

    private OauthlibVerifier(PythonServer server) {
        this.server = server;
    }

    /** Starts a verifier knowing these clients. */
    public static OauthlibVerifier start(List<Client> clients) throws IOException {
        return new OauthlibVerifier(PythonServer.startWithClients("it.oauthlib.dir", "src-it/oauthlib",
                "signature_only.py", "oauthlib-verifier", READY, toJson(clients), List.of()));
    }

    /** {@code http://127.0.0.1:<port>/api/}: a base for API paths (every path but {@code /health} is verified). */
    public URI apiBaseUri() {
        return URI.create(server.baseUri + "/api/");
    }

    /** {@code http://127.0.0.1:<port>}. */
    public URI baseUri() {
        return server.baseUri;
    }

    /** The verifier's stderr (one line per request: method and path). */
    public String log() {
        return server.log();
    }

    @Override
    public void close() {
        server.stop();
    }

    static String toJson(List<Client> clients) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < clients.size(); i++) {
            Client c = clients.get(i);
            sb.append(i == 0 ? "" : ",").append("{\"client_key\": ").append(PythonServer.json(c.clientKey()))
                    .append(", \"client_secret\": ").append(PythonServer.json(c.clientSecret()))
                    .append(", \"tokens\": {");
            int j = 0;
            for (Map.Entry<String, String> t : c.tokens().entrySet()) {
                sb.append(j++ == 0 ? "" : ", ").append(PythonServer.json(t.getKey())).append(": ")
                        .append(PythonServer.json(t.getValue()));
            }
            sb.append("}}");
        }
        return sb.append("]").toString();
    }
}
