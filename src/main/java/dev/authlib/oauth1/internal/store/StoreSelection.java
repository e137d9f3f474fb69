package dev.authlib.oauth1.internal.store;

import dev.authlib.oauth1.OAuth1ConfigurationException;
import dev.authlib.oauth1.TemporaryCredentialStore;
import dev.authlib.oauth1.internal.Messages;
import dev.authlib.oauth1.internal.config.ConfigKeys;
import dev.authlib.oauth1.internal.config.StoreConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The one place that chooses where pending logins wait: the application's own {@link TemporaryCredentialStore} bean
 * if it has one, else the built-in store that {@code authlib.oauth.store} names. Adding a built-in store touches this
 * class and the store only.
 */
@ApplicationScoped
public class StoreSelection {
    @Inject
    Instance<TemporaryCredentialStore> applicationStores;

    // each injected, not looked up: ArC keeps only the beans something injects
    @Inject
    Instance<SessionTemporaryCredentialStore> sessionStore;

    @Inject
    Instance<EncryptedCookieStore> cookieStore;

    @Inject
    Instance<JCacheTemporaryCredentialStore> jcacheStore;

    @Inject
    StoreSettings settings;

    @Inject
    BeanManager beanManager;

    /** @return the store of the current request */
    public TemporaryCredentialStore current() {
        if (applicationStores.isResolvable()) {
            return applicationStores.get();
        }
        if (applicationStores.isAmbiguous()) {
            throw new OAuth1ConfigurationException(List.of(Messages.severalStores()));
        }
        switch (settings.config().kind()) {
            case COOKIE:
                return cookieStore.get(); // no session needed, none touched
            case JCACHE:
                return jcacheStore.get(); // a cache the nodes share, no session
            default:
                try {
                    beanManager.getContext(SessionScoped.class);
                } catch (ContextNotActiveException e) {
                    throw new OAuth1ConfigurationException(List.of(Messages.noSession(ConfigKeys.STORE)));
                }
                return sessionStore.get();
        }
    }

    /** @return whether the selected built-in store keeps something in a cookie, which the web layer's filter carries */
    public boolean cookiesUsed() {
        return settings.config().kind() != StoreConfig.Kind.SESSION;
    }

    @Override
    public String toString() {
        return "StoreSelection[" + settings.config().kind() + "]";
    }
}
