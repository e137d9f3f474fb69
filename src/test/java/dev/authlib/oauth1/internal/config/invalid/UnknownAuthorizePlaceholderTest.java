package dev.authlib.oauth1.internal.config.invalid;

import java.util.List;
import java.util.Map;

class UnknownAuthorizePlaceholderTest extends InvalidConfiguration {
    @Override
    Map<String, String> configuration() {
        Map<String, String> p = validTwitter();
        p.put(KEY + "authorize-url", "https://us.etrade.example/authorize?key={consumer_key}&token={request_token}");
        return p;
    }

    @Override
    List<String> expectedProblems() {
        return List.of("AUTHJ1018: " + KEY + "authorize-url: the placeholder {request_token} is not one of {token}, "
                + "{consumer_key}");
    }
}
