package dev.authlib.oauth1.quarkus;

import dev.authlib.oauth1.signature.PercentEncoding;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * "Log in with X" as Quarkus Security's mechanism. Authenticates a request by its session cookie (see
 * {@link LoginSession}); challenges an anonymous request to a protected resource with a redirect to the built-in
 * login route, {@code next} the URL first asked for, so that the login itself, its callback and their checks are the
 * library's own (the configured store keeps the pending login; the callback's {@code OAuth1LoginEvent} signs the
 * caller in, {@link LoginCookieWriter}). Off (authenticates nobody, challenges nobody) unless
 * {@code authlib.oauth.security.client} is set.
 */
@ApplicationScoped
class OAuth1HttpAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    LoginSession session;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        return session.caller(context.request())
                .map(caller -> identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(
                        new SessionAuthenticationRequest(caller), context)))
                .orElseGet(() -> Uni.createFrom().optional(java.util.Optional.empty()));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (!session.enabled()) {
            return Uni.createFrom().nullItem();
        }
        String next = context.request().uri(); // path and query as sent; the login route keeps same-origin paths only
        return Uni.createFrom().item(new ChallengeData(302, "Location",
                session.loginPath() + "?next=" + PercentEncoding.encode(next)));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(SessionAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.COOKIE,
                LoginSession.cookieName(context.request())));
    }
}
