package dev.authlib.oauth1.internal.config.invalid;

import java.util.List;
import java.util.Map;

class InvalidOAuthVersionTest extends InvalidConfiguration {
    @Override
    Map<String, String> configuration() {
        Map<String, String> p = tokenless();
        p.put(KEY + "oauth-version", "2.0");
        return p;
    }

    @Override
    List<String> expectedProblems() {
        return List.of("AUTHJ1005: " + KEY + "oauth-version: '2.0' is not one of 1.0, omit");
    }
}
