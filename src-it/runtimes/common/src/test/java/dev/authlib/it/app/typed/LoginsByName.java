package dev.authlib.it.app.typed;

import dev.authlib.oauth1.OAuth1LoginEvent;
import dev.authlib.oauth1.TokenCredentials;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The token of each user's last login, by the provider's {@code screen_name} (a stand-in for the app's own users). */
@ApplicationScoped
public class LoginsByName {
    private final Map<String, TokenCredentials> tokens = new ConcurrentHashMap<>();

    void onLogin(@Observes OAuth1LoginEvent login) {
        login.credentials().parameter("screen_name").ifPresent(name -> tokens.put(name, login.credentials()));
    }

    public Optional<TokenCredentials> token(String screenName) {
        return Optional.ofNullable(screenName == null ? null : tokens.get(screenName));
    }
}
