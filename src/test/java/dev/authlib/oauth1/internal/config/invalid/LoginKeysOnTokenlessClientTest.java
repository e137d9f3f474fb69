package dev.authlib.oauth1.internal.config.invalid;

import java.util.List;
import java.util.Map;

/** Keys that only a login uses, on a client without the token URLs, are mistakes worth a message. */
class LoginKeysOnTokenlessClientTest extends InvalidConfiguration {
    @Override
    Map<String, String> configuration() {
        Map<String, String> p = tokenless();
        p.put(KEY + "redirect-uri", "https://app.example/callback");
        p.put(KEY + "authorize-params.perms", "write");
        return p;
    }

    @Override
    List<String> expectedProblems() {
        return List.of("AUTHJ1017: " + KEY + "redirect-uri: only a login client uses it (one with request-token-url, "
                + "authorize-url and access-token-url)",
                "AUTHJ1017: " + KEY + "authorize-params.*: only a login client uses it (one with request-token-url, "
                        + "authorize-url and access-token-url)");
    }
}
