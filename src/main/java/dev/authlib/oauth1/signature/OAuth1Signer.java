package dev.authlib.oauth1.signature;

import java.net.URI;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Signs requests as RFC 5849 §3.4 specifies, for one set of client credentials and, optionally, one token.
 *
 * <p>Immutable and thread-safe: build one per client (and per token) and call {@link #sign} from any thread. Each
 * call takes a fresh {@code oauth_nonce} (from {@link java.security.SecureRandom} unless {@linkplain
 * Builder#nonceSupplier replaced}) and {@code oauth_timestamp} (from the {@linkplain Builder#clock clock}), and every
 * signed request carries {@code oauth_version="1.0"} unless {@linkplain Builder#includeVersion told otherwise}.
 *
 * <pre>{@code
 * OAuth1Signer signer = OAuth1Signer.builder("consumer-key")
 *         .clientSecret("consumer-secret")
 *         .token("access-token", "token-secret")
 *         .build();
 * SignedRequest signed = signer.sign("GET", URI.create("https://api.example.com/1.1/me.json"), Map.of());
 * String authorization = signed.authorizationHeader();
 * }</pre>
 */
public final class OAuth1Signer {
    private final Builder settings;
    private final RequestSigner signer;

    private OAuth1Signer(Builder b) {
        this.settings = b.copy();
        ProtocolParameters protocol = new ProtocolParameters(b.clientId, b.signatureMethod, b.includeVersion, b.token,
                b.callback, b.verifier);
        SignatureAlgorithm algorithm = new SignatureAlgorithm(b.signatureMethod, b.clientSecret, b.tokenSecret,
                b.rsaKey);
        this.signer = new RequestSigner(b.signatureType, b.nonceSupplier, b.clock, protocol, b.realm, algorithm);
    }

    /**
     * Starts a signer for the given client identifier (the consumer key, RFC 5849 §1.1 "client credentials").
     *
     * @param clientId the {@code oauth_consumer_key}
     * @return a builder; {@link SignatureMethod#HMAC_SHA1} and {@link SignatureType#HEADER} unless changed
     */
    public static Builder builder(String clientId) {
        return new Builder(clientId);
    }

    /**
     * A builder holding this signer's settings, to derive a signer that differs in a few of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return settings.copy();
    }

    /**
     * This signer with other token credentials (or temporary credentials), sharing everything else.
     *
     * @param token the {@code oauth_token}
     * @param tokenSecret its secret
     * @return a new signer
     */
    public OAuth1Signer withToken(String token, String tokenSecret) {
        return toBuilder().token(token, tokenSecret).build();
    }

    /**
     * Signs a request whose body, if any, is {@code application/x-www-form-urlencoded}.
     *
     * @param method the HTTP method, such as {@code GET}
     * @param uri the absolute request URI, query included (its parameters are signed)
     * @param formParams the decoded parameters of the form body; an empty map when the request has no body
     * @return the signed request, the protocol parameters placed as the {@linkplain Builder#signatureType type} says
     */
    public SignedRequest sign(String method, URI uri, Map<String, List<String>> formParams) {
        Objects.requireNonNull(formParams, "formParams: pass an empty map when there is no form body");
        return signer.sign(method, uri, formParams, null);
    }

    /**
     * Signs a request whose body is not form-encoded (JSON, XML, binary). The body is not part of the signature
     * base string (§3.4.1.3.1); when a {@linkplain Builder#bodyHash body hash} is configured, its
     * {@code oauth_body_hash} is signed instead.
     *
     * @param method the HTTP method
     * @param uri the absolute request URI
     * @param body the body bytes, exactly as sent
     * @return the signed request; {@link SignedRequest#formBody()} is {@code null}
     * @throws IllegalArgumentException if the signature type is {@link SignatureType#BODY}, which needs a form body
     */
    public SignedRequest signWithBody(String method, URI uri, byte[] body) {
        if (settings.signatureType == SignatureType.BODY) {
            throw new IllegalArgumentException("signature type BODY places the OAuth parameters in an "
                    + "application/x-www-form-urlencoded body, and this request's body is not form-encoded: "
                    + "use signature type HEADER or QUERY for it");
        }
        String bodyHash = settings.bodyHash == null ? null : settings.bodyHash.hash(body);
        return signer.sign(method, uri, Map.of(), bodyHash);
    }

    /** Identifies the client and the settings; never a secret. */
    @Override
    public String toString() {
        return "OAuth1Signer[clientId=" + settings.clientId + ", method=" + settings.signatureMethod.wireName()
                + ", type=" + settings.signatureType + ", token=" + (settings.token == null ? "none" : "set") + "]";
    }

    /**
     * Collects a signer's settings. Not thread-safe; {@link #build()} validates them and returns an immutable signer.
     *
     * <p>Nested, and documented setter by setter, because the public contract names {@code OAuth1Signer.Builder}; it
     * is most of this class's length. The signing itself is in the package's small package-private classes
     * ({@code RequestSigner}, {@code ProtocolParameters}, {@code SignatureAlgorithm}, ...).
     */
    public static final class Builder {
        private final String clientId;
        private String clientSecret;
        private PrivateKey rsaKey;
        private String token;
        private String tokenSecret;
        private String verifier;
        private String callback;
        private String realm;
        private SignatureMethod signatureMethod = SignatureMethod.HMAC_SHA1;
        private SignatureType signatureType = SignatureType.HEADER;
        private Clock clock = Clock.systemUTC();
        private Supplier<String> nonceSupplier = Nonces.SECURE;
        private BodyHashAlgorithm bodyHash;
        private boolean includeVersion = true;

        private Builder(String clientId) {
            if (clientId == null || clientId.isEmpty()) {
                throw new IllegalArgumentException("clientId (oauth_consumer_key) must not be empty");
            }
            this.clientId = clientId;
        }

        /**
         * The client shared-secret, required by the HMAC methods and PLAINTEXT.
         *
         * @param clientSecret the consumer secret
         * @return this builder
         */
        public Builder clientSecret(String clientSecret) {
            this.clientSecret = clientSecret;
            return this;
        }

        /**
         * The client's RSA private key, required by the RSA methods; see {@link RsaKeys} to read one from PEM or DER.
         *
         * @param rsaKey an RSA private key
         * @return this builder
         */
        public Builder rsaKey(PrivateKey rsaKey) {
            if (rsaKey != null && !"RSA".equalsIgnoreCase(rsaKey.getAlgorithm())) {
                throw new IllegalArgumentException("rsaKey must be an RSA key, not " + rsaKey.getAlgorithm());
            }
            this.rsaKey = rsaKey;
            return this;
        }

        /**
         * The temporary or token credentials this request is made with ({@code oauth_token} and its secret).
         *
         * @param token the token, or {@code null} for none (the temporary-credential request)
         * @param tokenSecret the token secret ({@code null} is empty)
         * @return this builder
         */
        public Builder token(String token, String tokenSecret) {
            this.token = token;
            this.tokenSecret = tokenSecret;
            return this;
        }

        /**
         * The {@code oauth_verifier} of the token request (§2.3).
         *
         * @param verifier the verifier the provider returned with the callback
         * @return this builder
         */
        public Builder verifier(String verifier) {
            this.verifier = verifier;
            return this;
        }

        /**
         * The {@code oauth_callback} of the temporary-credential request (§2.1): an absolute URI, or {@code oob}.
         *
         * @param callback the callback URI
         * @return this builder
         */
        public Builder callback(String callback) {
            this.callback = callback;
            return this;
        }

        /**
         * The {@code realm} of the {@code Authorization} header (§3.5.1); never part of the base string.
         *
         * @param realm the realm, or {@code null} for none
         * @return this builder
         * @throws IllegalArgumentException if it contains a control character
         */
        public Builder realm(String realm) {
            if (realm != null) {
                for (int i = 0; i < realm.length(); i++) {
                    if (realm.charAt(i) < 0x20 || realm.charAt(i) == 0x7F) {
                        throw new IllegalArgumentException("realm must not contain control characters");
                    }
                }
            }
            this.realm = realm;
            return this;
        }

        /**
         * The signature method; {@link SignatureMethod#HMAC_SHA1} by default.
         *
         * @param signatureMethod the method
         * @return this builder
         */
        public Builder signatureMethod(SignatureMethod signatureMethod) {
            this.signatureMethod = Objects.requireNonNull(signatureMethod, "signatureMethod");
            return this;
        }

        /**
         * Where the protocol parameters go; {@link SignatureType#HEADER} by default.
         *
         * @param signatureType the placement
         * @return this builder
         */
        public Builder signatureType(SignatureType signatureType) {
            this.signatureType = Objects.requireNonNull(signatureType, "signatureType");
            return this;
        }

        /**
         * The source of {@code oauth_timestamp}; the system clock by default.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The source of {@code oauth_nonce}; 128 bits from {@link java.security.SecureRandom} by default. Replace it
         * in tests only.
         *
         * @param nonceSupplier the nonce source
         * @return this builder
         */
        public Builder nonceSupplier(Supplier<String> nonceSupplier) {
            this.nonceSupplier = Objects.requireNonNull(nonceSupplier, "nonceSupplier");
            return this;
        }

        /**
         * Adds {@code oauth_body_hash} to requests signed with {@link OAuth1Signer#signWithBody}; off by default.
         *
         * @param bodyHash the digest, or {@code null} for none
         * @return this builder
         */
        public Builder bodyHash(BodyHashAlgorithm bodyHash) {
            this.bodyHash = bodyHash;
            return this;
        }

        /**
         * Whether requests carry {@code oauth_version="1.0"}; they do by default (optional in RFC 5849 §3.1, sent by
         * most peers, required by a few providers). Some providers (WooCommerce) want it omitted.
         *
         * @param includeVersion {@code false} to omit {@code oauth_version}
         * @return this builder
         */
        public Builder includeVersion(boolean includeVersion) {
            this.includeVersion = includeVersion;
            return this;
        }

        /**
         * Validates the settings and builds the signer.
         *
         * @return an immutable, thread-safe signer
         * @throws IllegalStateException if the method lacks its key: a client secret for HMAC and PLAINTEXT, an RSA
         *     key for RSA
         */
        public OAuth1Signer build() {
            if (signatureMethod.isRsa() && rsaKey == null) {
                throw new IllegalStateException(signatureMethod.wireName() + " needs an RSA private key (rsaKey)");
            }
            if (!signatureMethod.isRsa() && clientSecret == null) {
                throw new IllegalStateException(signatureMethod.wireName() + " needs the client secret");
            }
            return new OAuth1Signer(this);
        }

        private Builder copy() {
            Builder b = new Builder(clientId);
            b.clientSecret = clientSecret;
            b.rsaKey = rsaKey;
            b.token = token;
            b.tokenSecret = tokenSecret;
            b.verifier = verifier;
            b.callback = callback;
            b.realm = realm;
            b.signatureMethod = signatureMethod;
            b.signatureType = signatureType;
            b.clock = clock;
            b.nonceSupplier = nonceSupplier;
            b.bodyHash = bodyHash;
            b.includeVersion = includeVersion;
            return b;
        }

        /** Names the client and settings; never a secret. */
        @Override
        public String toString() {
            return "OAuth1Signer.Builder[clientId=" + clientId + ", method=" + signatureMethod.wireName() + "]";
        }
    }
}
