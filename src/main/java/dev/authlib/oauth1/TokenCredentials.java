package dev.authlib.oauth1;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Token credentials (RFC 5849 §2.3, "access token"): what a completed login yields and what signed API calls use.
 * Keeps the provider's extra response fields, such as Twitter's {@code user_id} and {@code screen_name}.
 *
 * <p>{@link #toString()} never shows the secret. Serializable, so an application may keep it in its session.
 *
 * @param token the {@code oauth_token}
 * @param tokenSecret the {@code oauth_token_secret}
 * @param parameters every field of the provider's token response, {@code oauth_token} and its secret excepted
 * @serial exclude (a record: its serialized form is its components, documented above)
 */
public record TokenCredentials(String token, String tokenSecret, Map<String, String> parameters)
        implements Serializable {

    /**
     * @param token the {@code oauth_token}
     * @param tokenSecret the {@code oauth_token_secret}
     * @param parameters the other fields of the response ({@code null} is empty)
     * @throws NullPointerException if the token or its secret is {@code null}
     */
    public TokenCredentials {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(tokenSecret, "tokenSecret");
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    /**
     * Token credentials without extra fields, such as ones the application stored itself.
     *
     * @param token the {@code oauth_token}
     * @param tokenSecret the {@code oauth_token_secret}
     * @return the credentials
     */
    public static TokenCredentials of(String token, String tokenSecret) {
        return new TokenCredentials(token, tokenSecret, Map.of());
    }

    /**
     * An extra field of the token response.
     *
     * @param name the field, such as {@code screen_name}
     * @return its value, if the provider sent it
     */
    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    /** Shows the token and the names of the extra fields, never the secret. */
    @Override
    public String toString() {
        return "TokenCredentials[token=" + token + ", tokenSecret=****, parameters=" + parameters.keySet() + "]";
    }
}
