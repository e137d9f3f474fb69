package dev.authlib.oauth1.internal.config.invalid;

import java.util.List;
import java.util.Map;

/** A static token without its secret: the secret belongs in the environment, as every secret. */
class TokenWithoutSecretTest extends InvalidConfiguration {
    @Override
    Map<String, String> configuration() {
        Map<String, String> p = tokenless();
        p.put(KEY + "token", "4539762-tok");
        return p;
    }

    @Override
    List<String> expectedProblems() {
        return List.of("AUTHJ1002: " + KEY + "token-secret: missing, required with token (keep it out of files: set "
                + "the environment variable AUTHLIB_OAUTH_CLIENTS_TWITTER_TOKEN_SECRET)");
    }
}
