package dev.authlib.oauth1.internal.config.invalid;

import java.util.List;
import java.util.Map;

/** Problems of several clients are reported together, not one deployment at a time. */
class EveryProblemOfEveryClientTest extends InvalidConfiguration {
    @Override
    Map<String, String> configuration() {
        Map<String, String> p = validTwitter();
        p.remove(KEY + "client-id");
        p.put("authlib.oauth.clients.garmin.client-id", "garmin-key");
        p.put("authlib.oauth.clients.garmin.client-secret", "garmin-secret");
        return p;
    }

    @Override
    List<String> expectedProblems() {
        String g = "authlib.oauth.clients.garmin.";
        return List.of("AUTHJ1001: " + g + "request-token-url: missing, required (an absolute http or https URL)",
                "AUTHJ1001: " + g + "authorize-url: missing, required (an absolute http or https URL)",
                "AUTHJ1001: " + g + "access-token-url: missing, required (an absolute http or https URL)",
                "AUTHJ1001: " + KEY + "client-id: missing, required (the consumer key the provider gave you)");
    }
}
