package dev.authlib.it.app;

import dev.authlib.oauth1.OAuth1LoginEvent;
import dev.authlib.oauth1.TokenCredentials;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The users who logged in, by the provider's {@code screen_name}, with their token credentials. Quarkus REST has no
 * HTTP session to keep them in; a real application would sign the user in with its own mechanism here (a cookie of
 * its own, a JWT) and keep the token in its database. Keyed by screen name only to keep this test application small:
 * anyone who can name a user can act as that user.
 */
@ApplicationScoped
public class SignedInUsers {
    private final Map<String, TokenCredentials> tokens = new ConcurrentHashMap<>();

    void onLogin(@Observes OAuth1LoginEvent login) {
        String screenName = login.credentials().parameter("screen_name")
                .orElseThrow(() -> new IllegalStateException("the provider sent no screen_name"));
        tokens.put(screenName, login.credentials());
    }

    /** @return the token of this user's last login, if any */
    public Optional<TokenCredentials> token(String screenName) {
        return Optional.ofNullable(tokens.get(screenName));
    }
}
