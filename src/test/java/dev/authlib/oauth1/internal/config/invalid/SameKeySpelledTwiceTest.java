package dev.authlib.oauth1.internal.config.invalid;

import java.util.List;
import java.util.Map;

class SameKeySpelledTwiceTest extends InvalidConfiguration {
    @Override
    Map<String, String> configuration() {
        Map<String, String> p = validTwitter();
        p.put(KEY + "client_id", "another-key");
        return p;
    }

    @Override
    List<String> expectedProblems() {
        return List.of("AUTHJ1007: " + KEY + "client-id: is set twice with different values, as " + KEY + "client-id and as " + KEY
                + "client_id; keep one");
    }
}
