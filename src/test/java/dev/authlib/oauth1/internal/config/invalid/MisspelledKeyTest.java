package dev.authlib.oauth1.internal.config.invalid;

import java.util.List;
import java.util.Map;

class MisspelledKeyTest extends InvalidConfiguration {
    @Override
    Map<String, String> configuration() {
        Map<String, String> p = validTwitter();
        p.put(KEY + "acess-token-url", "https://api.twitter.example/oauth/access_token");
        return p;
    }

    @Override
    List<String> expectedProblems() {
        return List.of("AUTHJ1102: " + KEY + "acess-token-url: unknown key; did you mean " + KEY + "access-token-url?");
    }
}
