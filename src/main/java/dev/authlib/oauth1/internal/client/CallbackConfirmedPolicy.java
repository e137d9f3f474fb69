package dev.authlib.oauth1.internal.client;

import java.util.Locale;

/**
 * What to do when a temporary-credential response lacks {@code oauth_callback_confirmed=true} (RFC 5849 §2.1 makes
 * it mandatory; a few providers omit it).
 */
public enum CallbackConfirmedPolicy {
    /** Refuse the response: the provider may not have registered the callback (the 1.0a session-fixation fix). */
    REQUIRE,
    /** Accept it and log a warning. */
    WARN,
    /** Accept it silently. */
    IGNORE;

    /**
     * @param value {@code require}, {@code warn} or {@code ignore}, any case
     * @return the policy
     * @throws IllegalArgumentException for anything else
     */
    public static CallbackConfirmedPolicy parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + value + "' is not one of require, warn, ignore");
        }
    }
}
