package dev.authlib.it.app;

import dev.authlib.oauth1.OAuth1LoginEvent;
import dev.authlib.oauth1.TokenCredentials;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Observes;
import java.io.Serializable;
import java.util.Optional;

/**
 * The signed-in user of this HTTP session: the token credentials of the last completed login. {@link Serializable},
 * so a clustered runtime replicates it with the session.
 */
@SessionScoped
public class UserSession implements Serializable {
    private static final long serialVersionUID = 1L;

    private TokenCredentials token;

    /** The built-in callback fires the event once the provider has granted the token credentials. */
    void onLogin(@Observes OAuth1LoginEvent login) {
        signIn(login.credentials());
    }

    public synchronized void signIn(TokenCredentials credentials) {
        this.token = credentials;
    }

    public synchronized Optional<TokenCredentials> token() {
        return Optional.ofNullable(token);
    }
}
