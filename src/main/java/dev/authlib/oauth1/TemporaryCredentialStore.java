package dev.authlib.oauth1;

import java.util.Optional;

/**
 * Where the temporary credentials of pending logins wait for their callback (SPI).
 *
 * <p>The library's default keeps them in the HTTP session ({@code @SessionScoped}, {@link java.io.Serializable}, so
 * replicated sessions work). Configure {@code authlib.oauth.store} to choose another built-in store, or provide a CDI
 * bean of this type (an {@code @Alternative} with a {@code @Priority}) to replace it.
 *
 * <p>An implementation must keep the secret away from the browser (never a plain or merely signed cookie), bind
 * each entry to the user's session or browser, return an entry at most once, and expire entries after a few
 * minutes.
 */
public interface TemporaryCredentialStore {

    /**
     * Keeps the temporary credentials of a login that is being started.
     *
     * @param clientName the configured client
     * @param credentials the temporary credentials
     */
    void save(String clientName, TemporaryCredentials credentials);

    /**
     * Removes and returns the pending credentials whose token is {@code token}, for this client and this user only.
     *
     * @param clientName the configured client
     * @param token the callback's {@code oauth_token}
     * @return the credentials, or empty if none match (unknown, already used, expired, or another user's)
     */
    Optional<TemporaryCredentials> take(String clientName, String token);
}
