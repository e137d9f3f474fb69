package dev.authlib.oauth1.it.provider;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Starts {@code src-it/provider/provider.py}, an independent OAuth 1.0a provider built on Authlib (Debian
 * {@code python3-authlib} 1.2), as a subprocess on a free loopback port.
 *
 * <pre>{@code
 * try (AuthlibProvider provider = AuthlibProvider.start(List.of(ClientSpec.hmac("app", "secret")))) {
 *     URI requestToken = provider.requestTokenUri();   // POST (or GET), oauth_callback required
 *     URI authorize = provider.authorizeUri();         // add ?oauth_token=..&auto=approve to skip the page
 *     URI accessToken = provider.accessTokenUri();     // answers user_id=42&screen_name=alice as well
 *     URI me = provider.apiBaseUri().resolve("me");    // {"id":42,"screen_name":"alice","name":"Alice Example"}
 * }
 * }</pre>
 *
 * <p>System properties: {@code it.python} (default {@code /usr/bin/python3}), {@code it.provider.dir} (default
 * {@code src-it/provider}, relative to the working directory), {@code it.provider.log.dir} (default
 * {@code target/it-provider}). The provider's stderr (one line per request: method, path, status; never secrets)
 * goes to {@link #logFile()}; {@link #log()} returns it for a failure message. Extra command-line options of
 * provider.py (such as {@code --auto-approve}, {@code --user-name bob}, {@code --callback-confirmed True},
 * {@code --stock-authlib-parsing}) can be passed to {@link #start(List, String...)}; see its README.md.
 */
public final class AuthlibProvider implements AutoCloseable {

    private static final String READY = "PROVIDER_READY ";


    /**
     * A client registered with the provider.
     *
     * @param clientId the {@code oauth_consumer_key}
     * @param clientSecret the shared secret (HMAC-*, PLAINTEXT); may be empty for an RSA-only client
     * @param rsaPublicKeyPem the client's RSA public key, PEM ({@code -----BEGIN PUBLIC KEY-----}), or null
     * @param defaultRedirectUri where {@code oauth_callback=oob} is sent after authorization, or null (the
     *     provider then shows the verifier on a page, {@code <code id="verifier">})
     */
    public record ClientSpec(String clientId, String clientSecret, String rsaPublicKeyPem, String defaultRedirectUri) {
        public ClientSpec {
            Objects.requireNonNull(clientId, "clientId");
        }

        /** A client for HMAC-SHA1/256/512 and PLAINTEXT. */
        public static ClientSpec hmac(String clientId, String clientSecret) {
            return new ClientSpec(clientId, clientSecret, null, null);
        }

        /** A client for RSA-SHA1/256/512 (and, with a secret, the other methods too). */
        public static ClientSpec rsa(String clientId, String clientSecret, String rsaPublicKeyPem) {
            return new ClientSpec(clientId, clientSecret, rsaPublicKeyPem, null);
        }

        /** This client with a default redirect URI for {@code oob}. */
        public ClientSpec withDefaultRedirectUri(String uri) {
            return new ClientSpec(clientId, clientSecret, rsaPublicKeyPem, uri);
        }
    }

    private final PythonServer server;

    private AuthlibProvider(PythonServer server) {
        this.server = server;
    }

    /**
     * Starts a provider knowing the given clients and waits (at most {@value PythonServer#START_TIMEOUT_SECONDS} s)
     * until it listens.
     *
     * @param clients the registered clients
     * @param extraArgs further options of provider.py, e.g. {@code "--auto-approve"}
     * @return the running provider; close it
     * @throws IOException if python cannot be started or files cannot be written
     * @throws IllegalStateException if the provider exits or is not ready in time (the message holds its log)
     */
    public static AuthlibProvider start(List<ClientSpec> clients, String... extraArgs) throws IOException {
        return new AuthlibProvider(PythonServer.startWithClients("it.provider.dir", "src-it/provider",
                "provider.py", "provider", READY, toJson(clients), List.of(extraArgs)));
    }

    /** {@code http://127.0.0.1:<port>} (no trailing slash). */
    public URI baseUri() {
        return server.baseUri;
    }

    /** {@code <base>/oauth/request_token}: temporary credentials (POST or GET; {@code oauth_callback} required). */
    public URI requestTokenUri() {
        return URI.create(server.baseUri + "/oauth/request_token");
    }

    /**
     * {@code <base>/oauth/authorize}: add {@code ?oauth_token=...} for the consent page (buttons
     * {@code #approve}/{@code #deny}), and {@code &auto=approve} (or {@code auto=deny}) for an immediate 302.
     */
    public URI authorizeUri() {
        return URI.create(server.baseUri + "/oauth/authorize");
    }

    /** {@code <base>/oauth/access_token}: token credentials (POST or GET). */
    public URI accessTokenUri() {
        return URI.create(server.baseUri + "/oauth/access_token");
    }

    /** {@code <base>/api/}: {@code GET me} and {@code POST echo} (form parameters echoed as JSON). */
    public URI apiBaseUri() {
        return URI.create(server.baseUri + "/api/");
    }

    /** The file receiving the provider's stderr. */
    public Path logFile() {
        return server.logFile;
    }

    /** The provider's stderr so far (request lines and errors), for assertion messages. */
    public String log() {
        return server.log();
    }

    /** Whether the provider process still runs. */
    public boolean isAlive() {
        return server.process.isAlive();
    }

    /** Stops the provider (the log file stays). */
    @Override
    public void close() {
        server.stop();
    }

    static String toJson(List<ClientSpec> clients) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < clients.size(); i++) {
            ClientSpec c = clients.get(i);
            sb.append(i == 0 ? "\n" : ",\n").append("  {");
            field(sb, "client_id", c.clientId(), true);
            field(sb, "client_secret", c.clientSecret() == null ? "" : c.clientSecret(), false);
            if (c.rsaPublicKeyPem() != null) {
                field(sb, "rsa_public_key_pem", c.rsaPublicKeyPem(), false);
            }
            if (c.defaultRedirectUri() != null) {
                field(sb, "default_redirect_uri", c.defaultRedirectUri(), false);
            }
            sb.append('}');
        }
        return sb.append("\n]\n").toString();
    }

    private static void field(StringBuilder sb, String name, String value, boolean first) {
        if (!first) {
            sb.append(", ");
        }
        sb.append('"').append(name).append("\": ").append(PythonServer.json(value));
    }
}
