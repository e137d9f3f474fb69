package dev.authlib.oauth1.quarkus;

import dev.authlib.oauth1.internal.caller.Caller;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The identity of a signed-in caller: principal named as the login named them, their roles, and the attributes of
 * {@link OAuth1Identity}. No I/O: the session cookie holds it all. The application's augmentors run after it, on every
 * request.
 */
@ApplicationScoped
class SessionIdentityProvider implements IdentityProvider<SessionAuthenticationRequest> {

    @Override
    public Class<SessionAuthenticationRequest> getRequestType() {
        return SessionAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SessionAuthenticationRequest request,
            AuthenticationRequestContext context) {
        Caller caller = request.caller();
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(caller.name()))
                .addRoles(new java.util.LinkedHashSet<>(caller.roles()))
                .addAttribute(OAuth1Identity.CLIENT, caller.clientName())
                .addAttribute(OAuth1Identity.CREDENTIALS, caller.credentials())
                .build());
    }
}
