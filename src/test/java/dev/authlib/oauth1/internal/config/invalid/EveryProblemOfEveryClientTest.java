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
        p.put("authlib.oauth.clients.garmin.request-token-url", "https://connectapi.garmin.example/request_token");
        p.put("authlib.oauth.clients.garmin.signature-method", "HMAC-MD5");
        return p;
    }

    @Override
    List<String> expectedProblems() {
        String g = "authlib.oauth.clients.garmin.";
        return List.of("AUTHJ1005: " + g + "signature-method: 'HMAC-MD5' is not one of HMAC-SHA1, HMAC-SHA256, "
                + "HMAC-SHA512, RSA-SHA1, RSA-SHA256, RSA-SHA512, PLAINTEXT",
                "AUTHJ1010: authlib.oauth.clients.garmin: authorize-url, access-token-url missing: a login client "
                        + "needs all three of request-token-url, authorize-url and access-token-url (a client with "
                        + "none of them signs calls with a configured token, or with the client credentials only)",
                "AUTHJ1001: " + KEY + "client-id: missing, required (the consumer key the provider gave you)");
    }
}
