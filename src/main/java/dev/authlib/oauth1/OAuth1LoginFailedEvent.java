package dev.authlib.oauth1;

import java.util.Objects;

/**
 * Fired (CDI event) by the built-in callback when a login failed: denied by the user, refused callback, or the
 * provider rejected the token exchange.
 *
 * @param clientName the configured client
 * @param failure what happened; an {@link AccessDeniedException} when the user refused
 */
public record OAuth1LoginFailedEvent(String clientName, OAuth1Exception failure) {
    /**
     * @param clientName the configured client
     * @param failure what happened
     * @throws NullPointerException if an argument is {@code null}
     */
    public OAuth1LoginFailedEvent {
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(failure, "failure");
    }
}
