package dev.authlib.oauth1.internal.config.invalid;

import java.util.List;
import java.util.Map;

class TokenSecretWithoutTokenTest extends InvalidConfiguration {
    @Override
    Map<String, String> configuration() {
        Map<String, String> p = tokenless();
        p.put(KEY + "token-secret", "s3cr3t-never-shown");
        return p;
    }

    @Override
    List<String> expectedProblems() {
        return List.of("AUTHJ1014: " + KEY + "token-secret: set without " + KEY + "token; a static token needs both");
    }
}
