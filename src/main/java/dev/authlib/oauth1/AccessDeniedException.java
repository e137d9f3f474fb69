package dev.authlib.oauth1;

/**
 * The user (or the provider) refused the authorization: the callback carried {@code denied=...},
 * {@code error=access_denied} or {@code oauth_problem=user_refused}.
 */
public class AccessDeniedException extends OAuth1CallbackException {
    private static final long serialVersionUID = 1L;

    /** How the provider said it. */
    private final String reason;

    /**
     * @param clientName the configured client
     * @param reason the provider's indication, such as {@code user_refused}
     */
    public AccessDeniedException(String clientName, String reason) {
        super(clientName, "the authorization was denied at the provider (" + reason + ")");
        this.reason = reason;
    }

    /** @return how the provider said it: {@code denied}, {@code access_denied}, {@code user_refused}, ... */
    public String reason() {
        return reason;
    }
}
