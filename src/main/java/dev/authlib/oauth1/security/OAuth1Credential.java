package dev.authlib.oauth1.security;

import dev.authlib.oauth1.TokenCredentials;
import jakarta.security.enterprise.credential.Credential;
import java.util.Objects;

/**
 * What a completed OAuth 1.0a login proves: the provider vouched for a user of the named client and handed over
 * their token credentials (RFC 5849 §2.3). The library's mechanism asks the container's identity stores to validate
 * it; an application's {@code IdentityStore} may validate it too, for example to name callers after an API call
 * made with {@link #credentials()}:
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class Accounts implements IdentityStore {
 *     public CredentialValidationResult validate(Credential credential) {
 *         if (credential instanceof OAuth1Credential login) {
 *             Account account = accounts.forUser(login.credentials().parameter("user_id").orElseThrow());
 *             return new CredentialValidationResult(account.name(), account.groups());
 *         }
 *         return CredentialValidationResult.NOT_VALIDATED_RESULT;
 *     }
 * }
 * }</pre>
 *
 * <p>{@link #toString()} never shows the token or its secret.
 *
 * @param clientName the configured login client ({@code authlib.oauth.security.client})
 * @param credentials the caller's token credentials, with the provider's extra fields ({@code user_id},
 *     {@code screen_name}, ...)
 */
public record OAuth1Credential(String clientName, TokenCredentials credentials) implements Credential {

    /**
     * @param clientName the configured login client
     * @param credentials the caller's token credentials
     * @throws NullPointerException if an argument is {@code null}
     */
    public OAuth1Credential {
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(credentials, "credentials");
    }

    /** Shows the client and the names of the token response's fields, never the token or its secret. */
    @Override
    public String toString() {
        return "OAuth1Credential[client=" + clientName + ", fields=" + credentials.parameters().keySet() + "]";
    }
}
