package dev.authlib.oauth1.internal.cdi;

import dev.authlib.oauth1.OAuth1TokenResolver;
import dev.authlib.oauth1.internal.caller.CallerTokens;
import dev.authlib.oauth1.internal.client.ClientConfig;
import dev.authlib.oauth1.internal.client.ManagedOAuth1Client;
import dev.authlib.oauth1.internal.client.OAuth1ClientFactory;
import dev.authlib.oauth1.internal.store.StoreSelection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;

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

    private OAuth1TokenResolver resolver() {
        if (resolvers.isResolvable()) {
            return resolvers.get();
        }
        return callerTokens.isResolvable() ? callerTokens.get() : null;
    }
}
