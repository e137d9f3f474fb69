package dev.authlib.it.app.typed;

import dev.authlib.oauth1.OAuth1TokenResolver;
import dev.authlib.oauth1.TokenCredentials;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The application's {@link OAuth1TokenResolver}: the token of the request's {@link CurrentUser}. Asked from another
 * thread without the library's capture, it would fail (no active request context).
 */
@ApplicationScoped
public class CurrentUserTokens implements OAuth1TokenResolver {
    @Inject
    CurrentUser user;

    @Override
    public Optional<TokenCredentials> currentToken(String clientName) {
        return user.token();
    }
}
