package dev.authlib.oauth1.internal.cdi;

import org.jboss.weld.environment.se.Weld;

/** The library's beans and portable extension in a Weld SE container, as a CDI Full runtime deploys them. */
public final class TestDeployments {
    private TestDeployments() {}

    public static Weld weld() {
        return new Weld().disableDiscovery().addExtension(new OAuth1Extension())
                .addBeanClasses(ClientHooks.class, StoreSettings.class, SessionTemporaryCredentialStore.class,
                        DefaultOAuth1Clients.class);
    }
}
