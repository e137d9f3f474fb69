package dev.authlib.oauth1.internal.config.invalid;

import java.util.List;
import java.util.Map;

class MissingAuthorizeUrlTest extends InvalidConfiguration {
    @Override
    Map<String, String> configuration() {
        Map<String, String> p = validTwitter();
        p.remove(KEY + "authorize-url");
        return p;
    }

    @Override
    List<String> expectedProblems() {
        return List.of("AUTHJ1001: " + KEY + "authorize-url: missing, required (an absolute http or https URL)");
    }
}
