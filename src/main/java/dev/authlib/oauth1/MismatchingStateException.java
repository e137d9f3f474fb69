package dev.authlib.oauth1;

/**
 * The callback's {@code oauth_token} matches no login pending in this session: a forged callback (CSRF), a callback
 * replayed after its temporary credentials were used, an expired login, or a callback opened in another browser.
 * The name follows Authlib's {@code MismatchingStateError}.
 */
public class MismatchingStateException extends OAuth1CallbackException {
    private static final long serialVersionUID = 1L;

    /** @param clientName the configured client */
    public MismatchingStateException(String clientName) {
        super(clientName, "the callback's oauth_token matches no login pending in this session (forged, replayed, "
                + "expired, or started in another browser); start the login again");
    }
}
