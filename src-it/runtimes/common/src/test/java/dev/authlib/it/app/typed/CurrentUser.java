package dev.authlib.it.app.typed;

import dev.authlib.oauth1.TokenCredentials;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** Who this request acts for, as an application's own sign-in would set it: request-scoped on purpose. */
@RequestScoped
public class CurrentUser {
    private TokenCredentials token;

    public void actAs(TokenCredentials credentials) {
        this.token = credentials;
    }

    public Optional<TokenCredentials> token() {
        return Optional.ofNullable(token);
    }
}
