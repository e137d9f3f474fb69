package dev.authlib.oauth1;

import java.util.Objects;

/**
 * Fired (CDI event) by the built-in callback when a login completed: observe it to sign the user in and keep the
 * token.
 *
 * <pre>{@code
 * void onLogin(@Observes OAuth1LoginEvent login) {
 *     String user = login.credentials().parameter("screen_name").orElseThrow();
 *     ...
 * }
 * }</pre>
 *
 * @param clientName the configured client the user logged in with
 * @param credentials the token credentials, with the provider's extra fields
 */
public record OAuth1LoginEvent(String clientName, TokenCredentials credentials) {
    /**
     * @param clientName the configured client the user logged in with
     * @param credentials the token credentials
     * @throws NullPointerException if an argument is {@code null}
     */
    public OAuth1LoginEvent {
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(credentials, "credentials");
    }
}
