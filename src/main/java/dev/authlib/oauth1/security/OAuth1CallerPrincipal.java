package dev.authlib.oauth1.security;

import dev.authlib.oauth1.TokenCredentials;
import jakarta.security.enterprise.CallerPrincipal;
import java.util.Objects;

/**
 * The caller as the library's identity store names them after an OAuth 1.0a login: the value of the token
 * response's field {@code authlib.oauth.security.caller-name} ({@code user_id} by default), never the token. An
 * application {@code IdentityStore} that provides groups receives it in the validation result:
 *
 * <pre>{@code
 * public Set<String> getCallerGroups(CredentialValidationResult result) {
 *     if (result.getCallerPrincipal() instanceof OAuth1CallerPrincipal caller) {
 *         return admins.contains(caller.getName()) ? Set.of("user", "admin") : Set.of("user");
 *     }
 *     return Set.of();
 * }
 * }</pre>
 *
 * <p>Within later requests the container's own principal type stands for the caller (its name is the same); the
 * token credentials are then found by {@code OAuth1Client} calls without a token, through the library's token
 * resolver.
 */
public class OAuth1CallerPrincipal extends CallerPrincipal {
    private static final long serialVersionUID = 1L;

    /** @serial the configured login client */
    private final String clientName;
    /** @serial the caller's token credentials */
    private final TokenCredentials credentials;

    /**
     * @param name the caller's name
     * @param clientName the configured login client
     * @param credentials the caller's token credentials
     * @throws NullPointerException if an argument is {@code null}
     */
    public OAuth1CallerPrincipal(String name, String clientName, TokenCredentials credentials) {
        super(Objects.requireNonNull(name, "name"));
        this.clientName = Objects.requireNonNull(clientName, "clientName");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    /** @return the configured login client the caller signed in with */
    public String clientName() {
        return clientName;
    }

    /** @return the caller's token credentials, for signed calls on their behalf */
    public TokenCredentials credentials() {
        return credentials;
    }

    /** Shows the name and the client, never the token. */
    @Override
    public String toString() {
        return "OAuth1CallerPrincipal[" + getName() + ", client=" + clientName + "]";
    }
}
