package dev.authlib.oauth1.internal.security;

import dev.authlib.oauth1.OAuth1TokenResolver;
import dev.authlib.oauth1.TokenCredentials;
import dev.authlib.oauth1.internal.caller.Caller;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The library's own token resolver when the mechanism is on: the signed-in caller's token credentials, from the HTTP
 * session, so that {@code client.get(path)} calls the provider on the caller's behalf without application code. An
 * application's own {@code OAuth1TokenResolver} is asked first; this one (qualified {@code @CallerTokens}) serves
 * the calls it has no token for.
 */
public class SessionCallerTokens implements OAuth1TokenResolver {
    @Inject
    Instance<HttpServletRequest> request;

    @Override
    public Optional<TokenCredentials> currentToken(String clientName) {
        try {
            Caller caller = request.isResolvable() ? SessionCallers.current(request.get(), clientName) : null;
            return caller == null ? Optional.empty() : Optional.of(caller.credentials());
        } catch (ContextNotActiveException | IllegalStateException e) {
            return Optional.empty(); // no HTTP request: no caller
        }
    }
}
