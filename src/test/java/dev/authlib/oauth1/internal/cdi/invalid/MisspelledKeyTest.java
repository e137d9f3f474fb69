package dev.authlib.oauth1.internal.cdi.invalid;

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
        return List.of(KEY + "acess-token-url: unknown key; valid keys are access-token-method, access-token-params, "
                + "access-token-url, api-base-url, authorize-params, authorize-url, callback-confirmed, client-id, "
                + "client-secret, connect-timeout, read-timeout, realm, redirect-uri, request-token-method, "
                + "request-token-params, request-token-url, rsa-key, rsa-key-password, signature-method, "
                + "signature-type, user-agent (the *-params keys take a parameter name: request-token-params.scope=...)");
    }
}
