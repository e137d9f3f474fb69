package dev.authlib.oauth1;

/**
 * A callback from the provider that must be refused: no {@code oauth_token} or {@code oauth_verifier}, a duplicated
 * or oversized parameter, and the subclasses {@link MismatchingStateException} and {@link AccessDeniedException}.
 * Nothing was exchanged with the provider. The built-in callback answers it with a 4xx.
 */
public class OAuth1CallbackException extends OAuth1Exception {
    private static final long serialVersionUID = 1L;

    /**
     * @param clientName the configured client
     * @param message why the callback was refused
     */
    public OAuth1CallbackException(String clientName, String message) {
        super(clientName, message, null);
    }
}
