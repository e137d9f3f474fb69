package dev.authlib.oauth1.internal.config;

import java.time.Duration;
import java.util.Optional;

/**
 * The validated settings of "Log in with X" as the application's authentication ({@code authlib.oauth.security.*}):
 * which login client's callers become the application's authenticated callers, and how a caller is named.
 *
 * @param client the login client, or empty when the mechanism is off
 * @param callerNameField the token-response field whose value names the caller
 * @param rolesField a token-response field listing the caller's roles (groups), or empty
 * @param sessionTtl how long the Quarkus login session (a sealed cookie) lasts
 * @param logoutUrl where the Quarkus logout route sends the browser: a server path or an absolute URL; empty for
 *     the application's root
 */
public record SecurityConfig(Optional<String> client, String callerNameField, Optional<String> rolesField,
        Duration sessionTtl, Optional<String> logoutUrl) {
    /** The caller's stable id at X/Twitter (a screen name can change hands; an id does not). */
    public static final String DEFAULT_CALLER_NAME = "user_id";
    public static final Duration DEFAULT_SESSION_TTL = Duration.ofHours(8);

    /** Off: no mechanism. */
    static final SecurityConfig OFF = new SecurityConfig(Optional.empty(), DEFAULT_CALLER_NAME, Optional.empty(),
            DEFAULT_SESSION_TTL, Optional.empty());

    /** @return whether a login client is the application's authentication */
    public boolean enabled() {
        return client.isPresent();
    }

    /** The session's lifetime in whole seconds, rounded up: the {@code Max-Age} of the Quarkus session cookie. */
    public int sessionTtlSeconds() {
        return (int) Math.min(Integer.MAX_VALUE, (sessionTtl.toMillis() + 999) / 1000);
    }
}
