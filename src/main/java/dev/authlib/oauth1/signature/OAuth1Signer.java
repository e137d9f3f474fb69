package dev.authlib.oauth1.signature;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs requests as RFC 5849 §3.4 specifies, for one set of client credentials and, optionally, one token.
 *
 * <p>Immutable and thread-safe: build one per client (and per token) and call {@link #sign} from any thread. Each
 * call takes a fresh {@code oauth_nonce} (from {@link java.security.SecureRandom} unless {@linkplain
 * Builder#nonceSupplier replaced}) and {@code oauth_timestamp} (from the {@linkplain Builder#clock clock}), and every
 * signed request carries {@code oauth_version="1.0"}.
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
    private static final Base64.Encoder BASE64 = Base64.getEncoder();

    private final Builder settings;
    private final String encodedClientId;
    private final String encodedToken;
    private final String encodedCallback;
    private final String encodedVerifier;
    private final String realmHeader;
    private final Mac macPrototype;
    private final String plaintextKey;

    private OAuth1Signer(Builder b) {
        this.settings = b.copy();
        this.encodedClientId = PercentEncoding.encode(b.clientId);
        this.encodedToken = b.token == null ? null : PercentEncoding.encode(b.token);
        this.encodedCallback = b.callback == null ? null : PercentEncoding.encode(b.callback);
        this.encodedVerifier = b.verifier == null ? null : PercentEncoding.encode(b.verifier);
        this.realmHeader = b.realm == null ? null : "realm=\"" + quoted(b.realm) + "\", ";
        SignatureMethod m = b.signatureMethod;
        String key = m.isRsa() ? null
                : PercentEncoding.encode(b.clientSecret) + '&' + PercentEncoding.encode(b.tokenSecret);
        this.plaintextKey = m == SignatureMethod.PLAINTEXT ? key : null;
        this.macPrototype = m.isHmac() ? newMac(m, key) : null;
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
        return sign(method, uri, formParams, null);
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
        String bodyHash = null;
        if (settings.bodyHash != null) {
            try {
                byte[] digest = MessageDigest.getInstance(settings.bodyHash.jcaName()).digest(body);
                bodyHash = BASE64.encodeToString(digest);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("digest " + settings.bodyHash.jcaName() + " unavailable", e);
            }
        }
        return sign(method, uri, Map.of(), bodyHash);
    }

    private SignedRequest sign(String method, URI uri, Map<String, List<String>> form, String bodyHash) {
        String httpMethod = method.toUpperCase(Locale.ROOT);
        String nonce = PercentEncoding.encode(settings.nonceSupplier.get());
        String timestamp = Long.toString(settings.clock.millis() / 1000L);

        // the protocol parameters (§3.1), encoded; oauth_signature is added after signing
        String[] oauth = new String[18];
        int o = 0;
        oauth[o++] = "oauth_consumer_key";
        oauth[o++] = encodedClientId;
        oauth[o++] = "oauth_nonce";
        oauth[o++] = nonce;
        oauth[o++] = "oauth_signature_method";
        oauth[o++] = settings.signatureMethod.wireName();
        oauth[o++] = "oauth_timestamp";
        oauth[o++] = timestamp;
        oauth[o++] = "oauth_version";
        oauth[o++] = "1.0";
        if (encodedToken != null) {
            oauth[o++] = "oauth_token";
            oauth[o++] = encodedToken;
        }
        if (encodedCallback != null) {
            oauth[o++] = "oauth_callback";
            oauth[o++] = encodedCallback;
        }
        if (encodedVerifier != null) {
            oauth[o++] = "oauth_verifier";
            oauth[o++] = encodedVerifier;
        }
        if (bodyHash != null) {
            oauth[o++] = "oauth_body_hash";
            oauth[o++] = PercentEncoding.encode(bodyHash);
        }

        // the request parameters (§3.4.1.3): query, form body, protocol parameters
        EncodedParameters params = new EncodedParameters(o / 2 + 8);
        String rawQuery = uri.getRawQuery();
        params.addRawForm(rawQuery);
        String encodedForm = encodeForm(form, params);
        for (int i = 0; i < o; i += 2) {
            params.add(oauth[i], oauth[i + 1]);
        }
        params.sort();

        // the base string (§3.4.1.1)
        String baseUri = BaseStringUri.of(uri);
        AsciiBuffer base = new AsciiBuffer(httpMethod.length() + baseUri.length() * 3 / 2 + 384);
        PercentEncoding.appendEncoded(httpMethod, base); // a custom method may hold characters to encode (§3.4.1.1)
        base.append((byte) '&');
        PercentEncoding.appendEncoded(baseUri, base);
        base.append((byte) '&');
        params.appendNormalisedEncoded(base);

        String signature = signatureOf(base);
        String encodedSignature = PercentEncoding.encode(signature);
        return Placement.place(settings.signatureType, httpMethod, uri, realmHeader, oauth, o, encodedSignature,
                encodedForm, rawQuery, base, signature);
    }

    private static String encodeForm(Map<String, List<String>> form, EncodedParameters params) {
        if (form.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder(64);
        for (Map.Entry<String, List<String>> e : form.entrySet()) {
            String name = PercentEncoding.encode(e.getKey());
            List<String> values = e.getValue();
            if (values == null || values.isEmpty()) {
                continue;
            }
            for (String v : values) {
                String value = PercentEncoding.encode(v);
                params.add(name, value);
                if (sb.length() > 0) {
                    sb.append('&');
                }
                sb.append(name).append('=').append(value);
            }
        }
        return sb.toString();
    }

    private String signatureOf(AsciiBuffer base) {
        SignatureMethod m = settings.signatureMethod;
        try {
            if (m.isHmac()) {
                Mac mac = macFor(m);
                mac.update(base.array(), 0, base.length());
                return BASE64.encodeToString(mac.doFinal());
            }
            if (m.isRsa()) {
                Signature rsa = Signature.getInstance(m.jcaAlgorithm());
                rsa.initSign(settings.rsaKey);
                rsa.update(base.array(), 0, base.length());
                return BASE64.encodeToString(rsa.sign());
            }
            return plaintextKey; // §3.4.4
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(m.wireName() + " signature failed: " + e.getMessage(), e);
        }
    }

    private Mac macFor(SignatureMethod m) throws GeneralSecurityException {
        try {
            return (Mac) macPrototype.clone(); // an initialised copy: no provider look-up, no key schedule
        } catch (CloneNotSupportedException e) {
            Mac mac = Mac.getInstance(m.jcaAlgorithm());
            mac.init(new SecretKeySpec(keyBytes(), m.jcaAlgorithm()));
            return mac;
        }
    }

    private byte[] keyBytes() {
        return (PercentEncoding.encode(settings.clientSecret) + '&' + PercentEncoding.encode(settings.tokenSecret))
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static Mac newMac(SignatureMethod m, String key) {
        try {
            Mac mac = Mac.getInstance(m.jcaAlgorithm());
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.US_ASCII), m.jcaAlgorithm())); // never empty: "&"
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(m.wireName() + " is not available in this JDK", e);
        }
    }

    /** A quoted-string (RFC 7230 §3.2.6) body: backslash before {@code "} and {@code \}. */
    private static String quoted(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 4);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Identifies the client and the settings; never a secret. */
    @Override
    public String toString() {
        return "OAuth1Signer[clientId=" + settings.clientId + ", method=" + settings.signatureMethod.wireName()
                + ", type=" + settings.signatureType + ", token=" + (settings.token == null ? "none" : "set") + "]";
    }

    /**
     * Collects a signer's settings. Not thread-safe; {@link #build()} validates them and returns an immutable signer.
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
            return b;
        }

        /** Names the client and settings; never a secret. */
        @Override
        public String toString() {
            return "OAuth1Signer.Builder[clientId=" + clientId + ", method=" + signatureMethod.wireName() + "]";
        }
    }
}
