package dev.authlib.oauth1;

/** The provider could not be reached, or did not answer in time (connection refused, connect or read timeout). */
public class OAuth1TransportException extends OAuth1Exception {
    private static final long serialVersionUID = 1L;

    /**
     * @param clientName the configured client
     * @param message what failed, naming the endpoint (without its query)
     * @param cause the I/O failure
     */
    public OAuth1TransportException(String clientName, String message, Throwable cause) {
        super(clientName, message, cause);
    }
}
