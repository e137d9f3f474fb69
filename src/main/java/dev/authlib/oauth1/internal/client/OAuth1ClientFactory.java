package dev.authlib.oauth1.internal.client;

import dev.authlib.oauth1.OAuth1TokenResolver;
import dev.authlib.oauth1.TemporaryCredentialStore;
import dev.authlib.oauth1.signature.OAuth1Signer;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Creates the {@link OAuth1Client} of a validated configuration, with its own JAX-RS client. */
public final class OAuth1ClientFactory {
    /** {@code authlib-jakarta/<version>}: the default User-Agent of back-channel requests. */
    public static final String DEFAULT_USER_AGENT = "authlib-jakarta/" + version();

    private OAuth1ClientFactory() {}

    /**
     * @param config the validated configuration
     * @param store where pending logins wait (called on each login, in the caller's context)
     * @param tokens the application's token resolver, or a supplier of {@code null}
     * @return a client; close it (it is {@link AutoCloseable}) to release its connections
     */
    public static ManagedOAuth1Client create(ClientConfig config, Supplier<TemporaryCredentialStore> store,
            Supplier<OAuth1TokenResolver> tokens) {
        OAuth1Signer signer = OAuth1Signer.builder(config.clientId())
                .clientSecret(config.clientSecret())
                .rsaKey(config.rsaKey())
                .realm(config.realm())
                .signatureMethod(config.signatureMethod())
                .signatureType(config.signatureType())
                .build();
        Client http = ClientBuilder.newBuilder()
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .property("jersey.config.client.followRedirects", Boolean.FALSE)
                .register(new SigningFilter(signer, config.signatureType(),
                        config.userAgent() == null ? DEFAULT_USER_AGENT : config.userAgent()))
                .build();
        return new DefaultOAuth1Client(config, http, store, tokens);
    }

    private static String version() {
        String v = OAuth1ClientFactory.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
