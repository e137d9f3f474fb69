package dev.authlib.oauth1.quarkus;

import dev.authlib.oauth1.TokenCredentials;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.Optional;

/**
 * What a {@link SecurityIdentity} of a caller signed in through an OAuth 1.0a provider carries besides its principal
 * and roles: the login client and the caller's token credentials, as identity attributes. An application's
 * {@code SecurityIdentityAugmentor} recognises these callers by them:
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class Roles implements SecurityIdentityAugmentor {
 *     public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
 *         if (OAuth1Identity.clientName(identity).isEmpty()) {
 *             return Uni.createFrom().item(identity);
 *         }
 *         return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addRole("user").build());
 *     }
 * }
 * }</pre>
 *
 * <p>Augmentors run on every request (the identity is rebuilt from the session cookie each time), so roles granted
 * or withdrawn there take effect at once.
 */
public final class OAuth1Identity {
    /** The attribute holding the login client's name ({@code String}). */
    public static final String CLIENT = "authlib.oauth.client";
    /** The attribute holding the caller's token credentials ({@link TokenCredentials}). */
    public static final String CREDENTIALS = "authlib.oauth.credentials";

    private OAuth1Identity() {}

    /**
     * @param identity any security identity
     * @return the login client, if the identity is a caller signed in through an OAuth 1.0a provider
     */
    public static Optional<String> clientName(SecurityIdentity identity) {
        return identity == null ? Optional.empty() : Optional.ofNullable(identity.getAttribute(CLIENT));
    }

    /**
     * @param identity any security identity
     * @return the caller's token credentials, if the identity is a caller signed in through an OAuth 1.0a provider
     */
    public static Optional<TokenCredentials> credentials(SecurityIdentity identity) {
        return identity == null ? Optional.empty() : Optional.ofNullable(identity.getAttribute(CREDENTIALS));
    }
}
