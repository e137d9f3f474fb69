package dev.authlib.oauth1.internal.config.invalid;

import java.util.List;
import java.util.Map;

class RelativeUrlTest extends InvalidConfiguration {
    @Override
    Map<String, String> configuration() {
        Map<String, String> p = validTwitter();
        p.put(KEY + "request-token-url", "/oauth/request_token");
        p.put(KEY + "api-base-url", "ftp://files.example/");
        return p;
    }

    @Override
    List<String> expectedProblems() {
        return List.of("AUTHJ1003: " + KEY + "request-token-url: '/oauth/request_token' is not an absolute http or https URL",
                "AUTHJ1003: " + KEY + "api-base-url: 'ftp://files.example/' is not an absolute http or https URL");
    }
}
