package dev.authlib.oauth1.internal.cdi;

import dev.authlib.oauth1.OAuth1TokenResolver;
import dev.authlib.oauth1.TokenCredentials;
import dev.authlib.oauth1.internal.caller.CallerTokens;
import dev.authlib.oauth1.internal.client.ClientConfig;
import dev.authlib.oauth1.internal.client.ManagedOAuth1Client;
import dev.authlib.oauth1.internal.client.OAuth1ClientFactory;
import dev.authlib.oauth1.internal.store.StoreSelection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Makes the client of a validated configuration, wired to the container: at each login it asks
 * {@link StoreSelection} for the store, at each call without a token the application's {@link OAuth1TokenResolver},
 * else the library's own (the signed-in caller's token, when a login client is the application's authentication).
 */
@ApplicationScoped
public class ClientWiring {
    @Inject
    StoreSelection stores;

    @Inject
    Instance<OAuth1TokenResolver> resolvers;

    @Inject
    @CallerTokens
    Instance<OAuth1TokenResolver> callerTokens;

    /** @return this bean, looked up (from the creators of client beans, which cannot inject) */
    static ClientWiring current() {
        return CDI.current().select(ClientWiring.class).get();
    }

    ManagedOAuth1Client newClient(ClientConfig config) {
        return OAuth1ClientFactory.create(config, stores::current, this::resolver);
    }

    /**
     * The application's resolver, looked up once: the beans do not change after deployment, and a normal-scoped
     * resolver is its client proxy, which finds the current context's instance at each call. Looking it up at each
     * call cost about 200 ns of the 1-2 µs a signature takes (and made a {@code @Dependent} resolver per call, kept
     * until the application stopped); a {@code @Dependent} resolver is now one instance, as resolvers are stateless.
     * Where the application has one and "Log in with X" the library's too, the application's is asked first and the
     * signed-in caller's token serves the calls it has no token for.
     */
    private volatile Optional<OAuth1TokenResolver> resolver;

    private OAuth1TokenResolver resolver() {
        Optional<OAuth1TokenResolver> r = resolver;
        if (r == null) { // racing first calls may both look it up: the same bean, either wins
            OAuth1TokenResolver application = resolvers.isResolvable() ? resolvers.get() : null;
            OAuth1TokenResolver library = callerTokens.isResolvable() ? callerTokens.get() : null;
            r = Optional.ofNullable(application == null ? library
                    : library == null ? application : new ApplicationFirst(application, library));
            resolver = r;
        }
        return r.orElse(null);
    }

    /** The application's resolver, then the library's (the signed-in caller's token) where it has none. */
    private record ApplicationFirst(OAuth1TokenResolver application, OAuth1TokenResolver library)
            implements OAuth1TokenResolver {
        @Override
        public Optional<TokenCredentials> currentToken(String clientName) {
            Optional<TokenCredentials> token = application.currentToken(clientName);
            return token.isPresent() ? token : library.currentToken(clientName);
        }
    }
}
