package dev.authlib.it.app;

import dev.authlib.oauth1.OAuth1LoginEvent;
import dev.authlib.oauth1.TokenCredentials;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Observes;
import java.io.Serializable;
import java.util.Optional;

/**
 * The user of this HTTP session: the token credentials the last login left. The library's built-in callback
 * ({@code GET /oauth1/demo/authorize}) fires {@link OAuth1LoginEvent} within the user's request, so the event reaches
 * this session's instance.
 */
@SessionScoped
public class SignedInUser implements Serializable {
    private static final long serialVersionUID = 1L;

    private TokenCredentials token;

    void onLogin(@Observes OAuth1LoginEvent login) {
        token = login.credentials();
    }

    /** @return the token of this session's login, if there was one */
    public Optional<TokenCredentials> token() {
        return Optional.ofNullable(token);
    }
}
