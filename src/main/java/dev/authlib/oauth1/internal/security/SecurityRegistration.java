package dev.authlib.oauth1.internal.security;

import dev.authlib.oauth1.internal.caller.CallerTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;

/**
 * The only entry into this package: the portable extension calls it when {@code authlib.oauth.security.client} is
 * set and Jakarta Security is there. Nothing else in the library names a class of this package, so without Jakarta
 * Security none of them is ever loaded.
 *
 * <p>The classes carry no bean-defining annotation (a scanning container would otherwise try to load them, and
 * Quarkus would warn about their missing supertypes); they become beans here, through {@code addAnnotatedType}, the
 * one way both Payara and OpenLiberty see an application's {@code HttpAuthenticationMechanism} (OpenLiberty finds
 * mechanisms by their {@code ProcessAnnotatedType} event, which a bean added with {@code addBean()} never fires).
 */
public final class SecurityRegistration {
    private static final String ID = "dev.authlib.oauth1.security.";

    private SecurityRegistration() {}

    /** Adds the mechanism, the identity store, the caller's sign-in and the caller-token resolver as beans. */
    public static void addTypes(BeforeBeanDiscovery bbd) {
        bbd.addAnnotatedType(OAuth1AuthenticationMechanism.class, ID + "mechanism")
                .add(ApplicationScoped.Literal.INSTANCE);
        bbd.addAnnotatedType(OAuth1IdentityStore.class, ID + "identity-store").add(ApplicationScoped.Literal.INSTANCE);
        bbd.addAnnotatedType(CallerSignIn.class, ID + "sign-in").add(ApplicationScoped.Literal.INSTANCE);
        bbd.addAnnotatedType(SessionCallerTokens.class, ID + "caller-tokens").add(ApplicationScoped.Literal.INSTANCE)
                .add(CallerTokens.Literal.INSTANCE);
    }
}
