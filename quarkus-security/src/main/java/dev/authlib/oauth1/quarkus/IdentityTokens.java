package dev.authlib.oauth1.quarkus;

import dev.authlib.oauth1.OAuth1TokenResolver;
import dev.authlib.oauth1.TokenCredentials;
import dev.authlib.oauth1.internal.caller.CallerTokens;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The library's own token resolver on Quarkus: the signed-in caller's token credentials from the request's
 * {@link SecurityIdentity}, so that {@code client.get(path)} calls the provider on the caller's behalf without
 * application code. An application's own {@code OAuth1TokenResolver} is asked first; this one (qualified)
 * serves the calls it has no token for.
 */
@ApplicationScoped
@CallerTokens
class IdentityTokens implements OAuth1TokenResolver {

    @Inject
    Instance<SecurityIdentity> identity;

    @Override
    public Optional<TokenCredentials> currentToken(String clientName) {
        try {
            SecurityIdentity current = identity.get();
            return OAuth1Identity.clientName(current).filter(clientName::equals)
                    .flatMap(c -> OAuth1Identity.credentials(current));
        } catch (ContextNotActiveException e) {
            return Optional.empty(); // no request: no caller
        }
    }
}
