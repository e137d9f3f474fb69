package dev.authlib.oauth1;

import dev.authlib.oauth1.signature.SignatureMethod;
import dev.authlib.oauth1.signature.SignatureType;
import jakarta.ws.rs.client.ClientBuilder;
import java.net.URI;
import java.security.PrivateKey;
import java.util.Iterator;
import java.util.ServiceLoader;

/**
 * Builds an {@link OAuth1Client} without CDI (Java SE programs, command-line tools, batch jobs, tests), from the same
 * settings as the configuration keys {@code authlib.oauth.clients.<name>.*}, validated with the same rules and
 * messages, over any JAX-RS client implementation. The container-managed clients are built the same way.
 *
 * <pre>{@code
 * try (CloseableOAuth1Client woo = OAuth1ClientBuilder.newBuilder("woo")
 *         .provider("woocommerce").baseUrl(URI.create("https://shop.example.com"))
 *         .clientId("ck_...").clientSecret(System.getenv("WOO_SECRET"))
 *         .build()) {
 *     try (Response orders = woo.get("orders")) { ... }
 * }
 * }</pre>
 *
 * <p>Each typed method sets the key of the same name; {@link #property(String, String)} sets any key
 * ({@code "authorize-params.perms"}, {@code "empty-token"}, ...). Like {@code jakarta.ws.rs.client.ClientBuilder},
 * the implementation is found with {@link ServiceLoader}. Not thread-safe; the built client is.
 */
public abstract class OAuth1ClientBuilder {

    /** For the implementation only. */
    protected OAuth1ClientBuilder() {}

    /**
     * @param name the client's name (letters, digits, {@code -} and {@code _}), as it appears in messages
     * @return a new builder
     */
    public static OAuth1ClientBuilder newBuilder(String name) {
        Iterator<Factory> it = ServiceLoader.load(Factory.class, OAuth1ClientBuilder.class.getClassLoader()).iterator();
        if (!it.hasNext()) {
            throw new IllegalStateException("no OAuth1ClientBuilder implementation on the class path "
                    + "(META-INF/services/" + Factory.class.getName() + ")");
        }
        return it.next().newBuilder(name);
    }

    /** Makes builders; the library's implementation, found with {@link ServiceLoader}. */
    public interface Factory {
        /**
         * @param name the client's name
         * @return a new builder
         */
        OAuth1ClientBuilder newBuilder(String name);
    }

    /**
     * Sets any configuration key of a client, as in {@code authlib.oauth.clients.<name>.<key>}.
     *
     * @param key the key without its prefix, such as {@code request-token-url} or {@code authorize-params.perms}
     * @param value its value; {@code null} removes it
     * @return this builder
     */
    public abstract OAuth1ClientBuilder property(String key, String value);

    /**
     * An RSA private key as an object, for the RSA signature methods (instead of {@code rsa-key}'s PEM).
     *
     * @param key the key
     * @return this builder
     */
    public abstract OAuth1ClientBuilder rsaKey(PrivateKey key);

    /**
     * The JAX-RS client builder to build the provider's client with; {@link ClientBuilder#newBuilder()} by default.
     * The library sets its timeouts and registers its signing filter on it.
     *
     * @param http the client builder
     * @return this builder
     */
    public abstract OAuth1ClientBuilder httpClient(ClientBuilder http);

    /**
     * Where pending logins wait, for {@link OAuth1Client#authorizeRedirect} and
     * {@link OAuth1Client#authorizeAccessToken}; without one, those fail (the three legs one by one need none).
     *
     * @param store the store
     * @return this builder
     */
    public abstract OAuth1ClientBuilder temporaryCredentialStore(TemporaryCredentialStore store);

    /**
     * Finds the current user's token for calls made without one.
     *
     * @param resolver the resolver
     * @return this builder
     */
    public abstract OAuth1ClientBuilder tokenResolver(OAuth1TokenResolver resolver);

    /**
     * Validates the settings, every problem at once, and builds the client.
     *
     * @return the client; close it
     * @throws OAuth1ConfigurationException naming every problem by its key
     */
    public abstract CloseableOAuth1Client build();

    /**
     * @param provider a preset id ({@code x}, {@code netsuite}, {@code woocommerce}, ...)
     * @return this builder
     */
    public OAuth1ClientBuilder provider(String provider) {
        return property("provider", provider);
    }

    /**
     * @param baseUrl the tenant's base URL, for presets whose URLs depend on it
     * @return this builder
     */
    public OAuth1ClientBuilder baseUrl(URI baseUrl) {
        return property("base-url", baseUrl == null ? null : baseUrl.toString());
    }

    /**
     * @param clientId the consumer key
     * @return this builder
     */
    public OAuth1ClientBuilder clientId(String clientId) {
        return property("client-id", clientId);
    }

    /**
     * @param clientSecret the consumer secret
     * @return this builder
     */
    public OAuth1ClientBuilder clientSecret(String clientSecret) {
        return property("client-secret", clientSecret);
    }

    /**
     * A static token: every call is signed with it.
     *
     * @param token the token
     * @param tokenSecret its secret
     * @return this builder
     */
    public OAuth1ClientBuilder token(String token, String tokenSecret) {
        property("token", token);
        return property("token-secret", tokenSecret);
    }

    /**
     * The three token URLs of a login client.
     *
     * @param requestTokenUrl the temporary-credential endpoint
     * @param authorizeUrl where the user is sent (may hold {@code {token}} and {@code {consumer_key}})
     * @param accessTokenUrl the token endpoint
     * @return this builder
     */
    public OAuth1ClientBuilder loginUrls(URI requestTokenUrl, String authorizeUrl, URI accessTokenUrl) {
        property("request-token-url", requestTokenUrl == null ? null : requestTokenUrl.toString());
        property("authorize-url", authorizeUrl);
        return property("access-token-url", accessTokenUrl == null ? null : accessTokenUrl.toString());
    }

    /**
     * @param apiBaseUrl the base of relative API paths
     * @return this builder
     */
    public OAuth1ClientBuilder apiBaseUrl(URI apiBaseUrl) {
        return property("api-base-url", apiBaseUrl == null ? null : apiBaseUrl.toString());
    }

    /**
     * @param method the signature method
     * @return this builder
     */
    public OAuth1ClientBuilder signatureMethod(SignatureMethod method) {
        return property("signature-method", method == null ? null : method.wireName());
    }

    /**
     * @param type where the protocol parameters go
     * @return this builder
     */
    public OAuth1ClientBuilder signatureType(SignatureType type) {
        return property("signature-type", type == null ? null : type.name());
    }

    /**
     * @param realm the realm of the Authorization header
     * @return this builder
     */
    public OAuth1ClientBuilder realm(String realm) {
        return property("realm", realm);
    }

    /**
     * @param redirectUri the callback URL, or {@code oob}
     * @return this builder
     */
    public OAuth1ClientBuilder redirectUri(String redirectUri) {
        return property("redirect-uri", redirectUri);
    }
}
