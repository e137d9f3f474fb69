package dev.authlib.oauth1;

import java.util.Optional;

/**
 * The provider rejected a request or answered in a way this library cannot accept (an error status, a token
 * response without a token secret, a redirect on a token endpoint, ...). Carries the HTTP status and the
 * provider's {@code oauth_problem} (OAuth Problem Reporting extension) when it gave one.
 */
public class OAuth1ProviderException extends OAuth1Exception {
    private static final long serialVersionUID = 1L;

    /** The HTTP status of the provider's response. */
    private final int status;
    /** The provider's {@code oauth_problem}, or {@code null}. */
    private final String oauthProblem;
    /** The provider's advice, or {@code null}. */
    private final String problemAdvice;

    /**
     * @param clientName the configured client
     * @param message the explanation
     * @param status the HTTP status the provider answered with
     * @param oauthProblem its {@code oauth_problem} (or other error code), or {@code null}
     * @param problemAdvice its {@code oauth_problem_advice} (or error description), or {@code null}
     */
    public OAuth1ProviderException(String clientName, String message, int status, String oauthProblem,
            String problemAdvice) {
        super(clientName, message, null);
        this.status = status;
        this.oauthProblem = oauthProblem;
        this.problemAdvice = problemAdvice;
    }

    /** @return the HTTP status of the provider's response */
    public int status() {
        return status;
    }

    /** @return the provider's {@code oauth_problem}, such as {@code signature_invalid} or {@code timestamp_refused} */
    public Optional<String> oauthProblem() {
        return Optional.ofNullable(oauthProblem);
    }

    /** @return the provider's {@code oauth_problem_advice} or error description, if any */
    public Optional<String> problemAdvice() {
        return Optional.ofNullable(problemAdvice);
    }
}
