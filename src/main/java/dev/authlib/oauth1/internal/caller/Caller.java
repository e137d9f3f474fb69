package dev.authlib.oauth1.internal.caller;

import dev.authlib.oauth1.TokenCredentials;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A caller signed in through a login client: who they are to the application, and the token credentials for calls on
 * their behalf. {@link Serializable}, so a replicated or passivated HTTP session carries it; {@link #toString()} never
 * shows the token or its secret.
 *
 * @param clientName the login client
 * @param name the caller's name: the configured token-response field, or what an identity store gave
 * @param roles the caller's roles (groups), in the order found
 * @param credentials the caller's token credentials
 */
public record Caller(String clientName, String name, List<String> roles, TokenCredentials credentials)
        implements Serializable {

    public Caller {
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(credentials, "credentials");
        roles = List.copyOf(roles);
    }

    @Override
    public String toString() {
        return "Caller[client=" + clientName + ", name=" + name + ", roles=" + roles + "]";
    }
}
