package dev.authlib.oauth1.internal.config.invalid;

import java.util.List;
import java.util.Map;

/** An out-of-band login (the user copies a verifier by hand) has no callback, so it cannot sign callers in. */
class SecurityClientOobTest extends InvalidConfiguration {
    @Override
    Map<String, String> configuration() {
        Map<String, String> p = validTwitter();
        p.put(KEY + "redirect-uri", "oob");
        p.put("authlib.oauth.security.client", "twitter");
        return p;
    }

    @Override
    List<String> expectedProblems() {
        return List.of("AUTHJ5009: authlib.oauth.security.client: the client 'twitter' has "
                + "authlib.oauth.clients.twitter.redirect-uri=oob, and signing callers in needs the provider's "
                + "callback: remove authlib.oauth.clients.twitter.redirect-uri (or give an absolute callback URL)");
    }
}
