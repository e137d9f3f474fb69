package dev.authlib.oauth1;

/**
 * The root of every exception this library throws. Unchecked; messages never carry a secret.
 */
public class OAuth1Exception extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The configured client concerned, or {@code null}. */
    private final String clientName;

    /**
     * @param clientName the configured client the failure concerns, or {@code null}
     * @param message what went wrong and, where possible, what to fix
     * @param cause the underlying failure, or {@code null}
     */
    public OAuth1Exception(String clientName, String message, Throwable cause) {
        super(clientName == null ? message : "OAuth 1 client '" + clientName + "': " + message, cause);
        this.clientName = clientName;
    }

    /** @return the name of the configured client concerned, or {@code null} */
    public String clientName() {
        return clientName;
    }
}
