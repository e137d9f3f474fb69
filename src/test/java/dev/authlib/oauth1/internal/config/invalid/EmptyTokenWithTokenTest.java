package dev.authlib.oauth1.internal.config.invalid;

import java.util.List;
import java.util.Map;

class EmptyTokenWithTokenTest extends InvalidConfiguration {
    @Override
    Map<String, String> configuration() {
        Map<String, String> p = tokenless();
        p.put(KEY + "token", "tok");
        p.put(KEY + "token-secret", "tok-secret");
        p.put(KEY + "empty-token", "true");
        return p;
    }

    @Override
    List<String> expectedProblems() {
        return List.of("AUTHJ1015: " + KEY + "empty-token: true, and " + KEY + "token is set: a client signs with its "
                + "token or with an empty one, not both");
    }
}
