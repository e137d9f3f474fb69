package dev.authlib.oauth1.internal.cdi;

import dev.authlib.oauth1.OAuth1TokenResolver;
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
 * {@link StoreSelection} for the store, at each call without a token the application's {@link OAuth1TokenResolver}.
 */
@ApplicationScoped
public class ClientWiring {
    @Inject
    StoreSelection stores;

    @Inject
    Instance<OAuth1TokenResolver> resolvers;

    /** @return this bean, looked up (from the creators of client beans, which cannot inject) */
    static ClientWiring current() {
        return CDI.current().select(ClientWiring.class).get();
    }

    ManagedOAuth1Client newClient(ClientConfig config) {
        return OAuth1ClientFactory.create(config, stores::current, this::resolver);
    }

    private OAuth1TokenResolver resolver() {
        return resolvers.isResolvable() ? resolvers.get() : null;
    }
}
