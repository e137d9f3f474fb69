package dev.authlib.oauth1.internal.config.invalid;

import java.util.List;
import java.util.Map;

class MissingAuthorizeUrlTest extends InvalidConfiguration {
    @Override
    Map<String, String> configuration() {
        Map<String, String> p = validTwitter();
        p.remove(KEY + "authorize-url");
        return p;
    }

    @Override
    List<String> expectedProblems() {
        return List.of("AUTHJ1010: authlib.oauth.clients.twitter: authorize-url missing: a login client needs all "
                + "three of request-token-url, authorize-url and access-token-url (a client with none of them signs "
                + "calls with a configured token, or with the client credentials only)");
    }
}
