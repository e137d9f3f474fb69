package dev.authlib.oauth1.internal.client;

import dev.authlib.oauth1.signature.BodyHashAlgorithm;
import dev.authlib.oauth1.signature.SignatureMethod;
import dev.authlib.oauth1.signature.SignatureType;
import java.net.URI;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Map;

/**
 * The validated configuration of one client ({@code authlib.oauth.clients.<name>.*}, or the same settings given in
 * code). Immutable; {@link #toString()} never shows a secret. What is configured decides the kind of client: the
 * three token URLs make a login client ({@link #login()} non-null), a {@code token} a static-token client, neither a
 * tokenless one.
 *
 * @param name the client's name
 * @param credentials what it signs with
 * @param signing how it signs
 * @param login the three legs, or null for a client that cannot log users in
 * @param apiBaseUrl the base of relative API paths (ending in {@code /}), or null
 * @param transport the back channel's limits
 * @param provider the preset the configuration started from, or null
 */
public record ClientConfig(String name, Credentials credentials, Signing signing, Login login, URI apiBaseUrl,
        Transport transport, String provider) {

    /** Connect timeout when none is configured. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Read timeout when none is configured. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    /** Deadline of a whole back-channel call when none is configured. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(30);

    /** The kinds of client. */
    public enum Kind {
        /** Logs users in (the three token URLs), and signs API calls with their tokens. */
        LOGIN,
        /** Signs every call with one configured token (NetSuite TBA, Magento integrations, app-owner tokens). */
        STATIC_TOKEN,
        /** Signs with the client credentials only (one- and two-legged: WooCommerce, Schoology). */
        TOKENLESS
    }

    /**
     * The client credentials and, for a static-token client, its token.
     *
     * @param clientId the consumer key
     * @param clientSecret the consumer secret, or null (RSA)
     * @param rsaKey the RSA private key, or null
     * @param token the static token, or null
     * @param tokenSecret its secret, or null
     * @param emptyToken whether calls without a token send {@code oauth_token=""} (two-legged, Schoology)
     */
    public record Credentials(String clientId, String clientSecret, PrivateKey rsaKey, String token,
            String tokenSecret, boolean emptyToken) {
        @Override
        public String toString() {
            return "Credentials[clientId=" + clientId + ", clientSecret=" + (clientSecret == null ? "none" : "****")
                    + ", rsaKey=" + (rsaKey == null ? "none" : "****") + ", token=" + (token == null ? "none"
                            : token) + ", tokenSecret=" + (tokenSecret == null ? "none" : "****")
                    + (emptyToken ? ", emptyToken=true" : "") + "]";
        }
    }

    /**
     * How requests are signed.
     *
     * @param method the signature method
     * @param type where the protocol parameters go
     * @param realm the Authorization header's realm, or null
     * @param includeVersion whether {@code oauth_version="1.0"} is sent
     * @param bodyHash the {@code oauth_body_hash} digest for bodies that are not forms, or null
     */
    public record Signing(SignatureMethod method, SignatureType type, String realm, boolean includeVersion,
            BodyHashAlgorithm bodyHash) {}

    /**
     * The three legs of a login.
     *
     * @param requestTokenUrl the temporary-credential endpoint
     * @param requestTokenParams its extra parameters
     * @param requestTokenMethod its HTTP method
     * @param authorizeUrl where the user is sent
     * @param authorizeParams extra parameters of that redirect
     * @param accessTokenUrl the token endpoint
     * @param accessTokenParams its extra parameters
     * @param accessTokenMethod its HTTP method
     * @param callbackConfirmed what a missing {@code oauth_callback_confirmed} means
     * @param redirectUri the configured callback, {@code oob}, or null for the built-in callback
     */
    public record Login(URI requestTokenUrl, Map<String, String> requestTokenParams, String requestTokenMethod,
            AuthorizeUrl authorizeUrl, Map<String, String> authorizeParams, URI accessTokenUrl,
            Map<String, String> accessTokenParams, String accessTokenMethod, CallbackConfirmedPolicy callbackConfirmed,
            URI redirectUri) {
        public Login {
            requestTokenParams = Map.copyOf(requestTokenParams);
            authorizeParams = Map.copyOf(authorizeParams);
            accessTokenParams = Map.copyOf(accessTokenParams);
        }
    }

    /**
     * The back channel's limits.
     *
     * @param connectTimeout the connect timeout
     * @param readTimeout the idle read timeout
     * @param callTimeout the deadline of a whole call
     * @param userAgent the User-Agent, or null for the library's
     */
    public record Transport(Duration connectTimeout, Duration readTimeout, Duration callTimeout, String userAgent) {}

    /** @return what kind of client this configuration makes */
    public Kind kind() {
        if (login != null) {
            return Kind.LOGIN;
        }
        return credentials.token() != null ? Kind.STATIC_TOKEN : Kind.TOKENLESS;
    }

    /** The configured redirect URI, or null. */
    public URI redirectUri() {
        return login == null ? null : login.redirectUri();
    }

    /** Every setting but the secrets (masked), for diagnostics: what the configuration was read as. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ClientConfig[name=").append(name).append(", kind=").append(kind());
        if (provider != null) {
            sb.append(", provider=").append(provider);
        }
        sb.append(", ").append(credentials).append(", signing=").append(signing.method().wireName()).append('/')
                .append(signing.type()).append(", realm=").append(signing.realm()).append(", version=")
                .append(signing.includeVersion() ? "1.0" : "omitted").append(", bodyHash=")
                .append(signing.bodyHash() == null ? "none" : signing.bodyHash());
        if (login != null) {
            sb.append(", requestTokenUrl=").append(login.requestTokenUrl()).append(' ')
                    .append(login.requestTokenMethod()).append(login.requestTokenParams())
                    .append(", authorizeUrl=").append(login.authorizeUrl()).append(login.authorizeParams())
                    .append(", accessTokenUrl=").append(login.accessTokenUrl()).append(' ')
                    .append(login.accessTokenMethod()).append(login.accessTokenParams())
                    .append(", callbackConfirmed=").append(login.callbackConfirmed())
                    .append(", redirectUri=").append(login.redirectUri());
        }
        return sb.append(", apiBaseUrl=").append(apiBaseUrl).append(", connectTimeout=")
                .append(transport.connectTimeout()).append(", readTimeout=").append(transport.readTimeout())
                .append(", callTimeout=").append(transport.callTimeout()).append(", userAgent=")
                .append(transport.userAgent()).append(']').toString();
    }
}
