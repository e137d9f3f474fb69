package dev.authlib.oauth1.internal.config.invalid;

import java.util.List;
import java.util.Map;

/** Security settings without the switch configure nothing: a forgotten switch, reported rather than ignored. */
class SecurityKeysWithoutClientTest extends InvalidConfiguration {
    @Override
    Map<String, String> configuration() {
        Map<String, String> p = validTwitter();
        p.put("authlib.oauth.security.caller-name", "screen_name");
        return p;
    }

    @Override
    List<String> expectedProblems() {
        return List.of("AUTHJ5004: authlib.oauth.security.caller-name: set, but authlib.oauth.security.client is "
                + "not, so nothing uses it: set authlib.oauth.security.client to the login client whose users sign "
                + "in, or remove authlib.oauth.security.caller-name");
    }
}
