package dev.authlib.oauth1.internal.config.invalid;

import java.util.List;
import java.util.Map;

/** The client that signs callers in must be a login client: a tokenless one has no login to complete. */
class SecurityClientCannotLogInTest extends InvalidConfiguration {
    @Override
    Map<String, String> configuration() {
        Map<String, String> p = tokenless();
        p.put("authlib.oauth.security.client", "twitter");
        return p;
    }

    @Override
    List<String> expectedProblems() {
        return List.of("AUTHJ5002: authlib.oauth.security.client: the client 'twitter' cannot log users in (a "
                + "tokenless client): configure its request-token-url, authorize-url and access-token-url, or name a "
                + "login client");
    }
}
