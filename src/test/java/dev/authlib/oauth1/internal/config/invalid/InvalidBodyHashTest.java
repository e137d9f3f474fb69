package dev.authlib.oauth1.internal.config.invalid;

import java.util.List;
import java.util.Map;

class InvalidBodyHashTest extends InvalidConfiguration {
    @Override
    Map<String, String> configuration() {
        Map<String, String> p = tokenless();
        p.put(KEY + "body-hash", "MD5");
        return p;
    }

    @Override
    List<String> expectedProblems() {
        return List.of("AUTHJ1005: " + KEY + "body-hash: 'MD5' is not one of none, SHA-1, SHA-256");
    }
}
