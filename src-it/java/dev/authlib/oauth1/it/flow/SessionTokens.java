package dev.authlib.oauth1.it.flow;

import dev.authlib.oauth1.OAuth1LoginEvent;
import dev.authlib.oauth1.OAuth1TokenResolver;
import dev.authlib.oauth1.TokenCredentials;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Observes;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an application writes to use {@code client.get(path)} without passing the token (Authlib's
 * {@code fetch_token}): the user's tokens, kept in the session when the login event arrives.
 */
@SessionScoped
public class SessionTokens implements OAuth1TokenResolver, Serializable {
    private static final long serialVersionUID = 1L;
    private final Map<String, TokenCredentials> tokens = new ConcurrentHashMap<>();

    void onLogin(@Observes OAuth1LoginEvent login) {
        tokens.put(login.clientName(), login.credentials());
    }

    @Override
    public Optional<TokenCredentials> currentToken(String clientName) {
        return Optional.ofNullable(tokens.get(clientName));
    }
}
