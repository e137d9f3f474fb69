package dev.authlib.oauth1.internal.config.invalid;

import java.util.List;
import java.util.Map;

/**
 * "Log in with X" switched on for a client nobody configured, naming callers after the token secret, with an
 * unreadable session lifetime and a logout URL elsewhere: every problem at deployment, each naming its key.
 */
class InvalidSecurityValuesTest extends InvalidConfiguration {
    @Override
    Map<String, String> configuration() {
        Map<String, String> p = validTwitter();
        p.put("authlib.oauth.security.client", "twiter");
        p.put("authlib.oauth.security.caller-name", "oauth_token_secret");
        p.put("authlib.oauth.security.roles-field", "oauth_token");
        p.put("authlib.oauth.security.session-ttl", "a day");
        p.put("authlib.oauth.security.logout-url", "javascript:alert(1)");
        return p;
    }

    @Override
    List<String> expectedProblems() {
        return List.of("AUTHJ5003: authlib.oauth.security.caller-name: 'oauth_token_secret' is the token credential "
                + "itself, and a caller's name and roles are shown and logged: use a field such as user_id or "
                + "screen_name",
                "AUTHJ5003: authlib.oauth.security.roles-field: 'oauth_token' is the token credential itself, and a "
                        + "caller's name and roles are shown and logged: use a field such as user_id or screen_name",
                "AUTHJ1006: authlib.oauth.security.session-ttl: 'a day' is not a positive duration (ISO-8601 such as "
                        + "PT10S, or milliseconds)",
                "AUTHJ1204: authlib.oauth.security.logout-url: 'javascript:...' is neither a path on this server "
                        + "(starting with /) nor an absolute http or https URL",
                "AUTHJ5001: authlib.oauth.security.client: 'twiter' names no configured client (configured: "
                        + "twitter)");
    }
}
