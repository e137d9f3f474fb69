package dev.authlib.oauth1.internal.store;

import org.jboss.weld.environment.se.Weld;

/** The library's store beans, and nothing else, in a Weld SE container. */
public final class TestStores {
    private TestStores() {}

    public static Weld weld() {
        return new Weld().disableDiscovery().addBeanClasses(StoreSelection.class, StoreSettings.class,
                SessionTemporaryCredentialStore.class, EncryptedCookieStore.class, JCacheTemporaryCredentialStore.class,
                CookieJar.class);
    }
}
