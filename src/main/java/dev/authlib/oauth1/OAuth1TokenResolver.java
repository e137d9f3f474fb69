package dev.authlib.oauth1;

import java.util.Optional;

/**
 * Supplies the current user's token credentials to API calls made without an explicit token, as Authlib's
 * {@code fetch_token} does. Provide one CDI bean of this type, for example one that reads the token the application
 * stored when it observed {@link OAuth1LoginEvent}.
 */
@FunctionalInterface
public interface OAuth1TokenResolver {

    /**
     * @param clientName the configured client making the call
     * @return the current user's token credentials for that provider, or empty if the user has none
     */
    Optional<TokenCredentials> currentToken(String clientName);
}
