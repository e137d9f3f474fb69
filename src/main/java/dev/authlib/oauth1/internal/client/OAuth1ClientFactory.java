package dev.authlib.oauth1.internal.client;

import dev.authlib.oauth1.OAuth1TokenResolver;
import dev.authlib.oauth1.TemporaryCredentialStore;
import dev.authlib.oauth1.signature.OAuth1Signer;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Creates the {@code OAuth1Client} of a validated configuration, with its own JAX-RS client: the one path by which
 * both the CDI beans and the clients built in code are made.
 */
public final class OAuth1ClientFactory {
    /** {@code authlib-jakarta/<version>}: the default User-Agent of back-channel requests. */
    public static final String DEFAULT_USER_AGENT = "authlib-jakarta/" + version();

    private OAuth1ClientFactory() {}

    /**
     * @param config the validated configuration
     * @param store where pending logins wait (called on each login, in the caller's context)
     * @param tokens the application's token resolver, or a supplier of {@code null}
     * @return a client; close it to release its connections
     */
    public static ManagedOAuth1Client create(ClientConfig config, Supplier<TemporaryCredentialStore> store,
            Supplier<OAuth1TokenResolver> tokens) {
        return create(config, ClientBuilder.newBuilder(), store, tokens);
    }

    /**
     * @param http the JAX-RS client builder to build the provider's client with (any implementation); the library
     *     sets its timeouts and registers its filter on it
     */
    public static ManagedOAuth1Client create(ClientConfig config, ClientBuilder http,
            Supplier<TemporaryCredentialStore> store, Supplier<OAuth1TokenResolver> tokens) {
        ClientConfig.Credentials c = config.credentials();
        ClientConfig.Signing s = config.signing();
        OAuth1Signer clientSigner = OAuth1Signer.builder(c.clientId())
                .clientSecret(c.clientSecret())
                .rsaKey(c.rsaKey())
                .realm(s.realm())
                .signatureMethod(s.method())
                .signatureType(s.type())
                .includeVersion(s.includeVersion())
                .bodyHash(s.bodyHash())
                .build();
        OAuth1Signer defaultSigner = clientSigner;
        if (c.token() != null) {
            defaultSigner = clientSigner.withToken(c.token(), c.tokenSecret());
        } else if (c.emptyToken()) {
            defaultSigner = clientSigner.withToken("", ""); // two-legged: oauth_token present but empty
        }
        ClientConfig.Transport t = config.transport();
        SigningFilter signing = new SigningFilter(clientSigner, defaultSigner, s.type(),
                t.userAgent() == null ? DEFAULT_USER_AGENT : t.userAgent(), s.bodyHash() != null, config.name());
        Client client = TransportRetries.disable(http)
                .connectTimeout(t.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(t.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .property("jersey.config.client.followRedirects", Boolean.FALSE)
                .register(signing)
                .register(new BodyHashInterceptor())
                .build();
        return new DefaultOAuth1Client(config, client, signing, store, tokens);
    }

    private static String version() {
        String v = OAuth1ClientFactory.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
