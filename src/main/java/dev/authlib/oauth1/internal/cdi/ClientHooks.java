package dev.authlib.oauth1.internal.cdi;

import dev.authlib.oauth1.OAuth1ConfigurationException;
import dev.authlib.oauth1.OAuth1TokenResolver;
import dev.authlib.oauth1.TemporaryCredentialStore;
import dev.authlib.oauth1.internal.client.ClientConfig;
import dev.authlib.oauth1.internal.client.ManagedOAuth1Client;
import dev.authlib.oauth1.internal.client.OAuth1ClientFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.util.List;

/**
 * What a client needs from the container at each login or API call: the temporary-credential store (the
 * application's own if it has one, else the configured built-in one) and the application's token resolver.
 */
@ApplicationScoped
public class ClientHooks {
    static final String STORE = "authlib.oauth.store";

    @Inject
    Instance<TemporaryCredentialStore> applicationStores;

    @Inject
    Instance<SessionTemporaryCredentialStore> sessionStore;

    @Inject
    Instance<EncryptedCookieStore> cookieStore; // injected, not looked up: ArC keeps only beans something injects

    @Inject
    Instance<JCacheTemporaryCredentialStore> jcacheStore;

    @Inject
    Instance<OAuth1TokenResolver> resolvers;

    @Inject
    StoreSettings settings;

    @Inject
    BeanManager beanManager;

    TemporaryCredentialStore store() {
        if (applicationStores.isResolvable()) {
            return applicationStores.get();
        }
        if (applicationStores.isAmbiguous()) {
            throw new OAuth1ConfigurationException(List.of("several beans implement TemporaryCredentialStore: keep "
                    + "one, or make one an @Alternative with a @Priority"));
        }
        if (cookieStore.isResolvable() && cookieStore.get().selected()) {
            return cookieStore.get(); // authlib.oauth.store=cookie: no session needed, none touched
        }
        if (jcacheStore.isResolvable() && jcacheStore.get().selected()) {
            return jcacheStore.get(); // authlib.oauth.store=jcache: a cache the nodes share, no session
        }
        try {
            beanManager.getContext(SessionScoped.class);
        } catch (ContextNotActiveException e) {
            throw new OAuth1ConfigurationException(List.of(STORE + ": the default store keeps pending logins in the "
                    + "HTTP session, and this request has none (Quarkus REST has no HTTP session): use "
                    + "authlib.oauth.store=cookie or jcache, quarkus-resteasy with quarkus-undertow, or a "
                    + "TemporaryCredentialStore bean"));
        }
        return sessionStore.get();
    }

    OAuth1TokenResolver resolver() {
        return resolvers.isResolvable() ? resolvers.get() : null;
    }

    /** @return this bean, looked up (from the creators of client beans, which cannot inject) */
    static ClientHooks current() {
        return CDI.current().select(ClientHooks.class).get();
    }

    /** Creates a client that asks this bean for the store and the token resolver at each call, in its context. */
    ManagedOAuth1Client newClient(ClientConfig config) {
        return OAuth1ClientFactory.create(config, this::store, this::resolver);
    }
}
