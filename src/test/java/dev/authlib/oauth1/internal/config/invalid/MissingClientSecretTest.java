package dev.authlib.oauth1.internal.config.invalid;

import java.util.List;
import java.util.Map;

class MissingClientSecretTest extends InvalidConfiguration {
    @Override
    Map<String, String> configuration() {
        Map<String, String> p = validTwitter();
        p.remove(KEY + "client-secret");
        return p;
    }

    @Override
    List<String> expectedProblems() {
        return List.of("AUTHJ1002: " + KEY + "client-secret: missing, required for HMAC-SHA1 (keep it out of files: set the "
                + "environment variable AUTHLIB_OAUTH_CLIENTS_TWITTER_CLIENT_SECRET)");
    }
}
