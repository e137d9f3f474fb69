package dev.authlib.oauth1;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;

/**
 * Temporary credentials (RFC 5849 §2.1, "request token") of a login in progress: kept on the server between the
 * redirect to the provider and the callback, used once.
 *
 * <p>{@link #toString()} never shows the secret.
 *
 * @param token the {@code oauth_token}
 * @param tokenSecret the {@code oauth_token_secret}
 * @param callbackConfirmed whether the provider answered {@code oauth_callback_confirmed=true}
 * @param parameters every other field of the provider's response
 * @serial exclude (a record: its serialized form is its components, documented above)
 */
public record TemporaryCredentials(String token, String tokenSecret, boolean callbackConfirmed,
        Map<String, String> parameters) implements Serializable {

    /**
     * @param token the {@code oauth_token}
     * @param tokenSecret the {@code oauth_token_secret}
     * @param callbackConfirmed whether the provider confirmed the callback
     * @param parameters the other fields of the response ({@code null} is empty)
     * @throws NullPointerException if the token or its secret is {@code null}
     */
    public TemporaryCredentials {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(tokenSecret, "tokenSecret");
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    /** Shows the token, never the secret. */
    @Override
    public String toString() {
        return "TemporaryCredentials[token=" + token + ", tokenSecret=****, callbackConfirmed=" + callbackConfirmed
                + "]";
    }
}
