package dev.authlib.oauth1.internal.config.invalid;

import java.util.List;
import java.util.Map;

class RsaMethodWithoutKeyTest extends InvalidConfiguration {
    @Override
    Map<String, String> configuration() {
        Map<String, String> p = validTwitter();
        p.put(KEY + "signature-method", "RSA-SHA256");
        return p;
    }

    @Override
    List<String> expectedProblems() {
        return List.of("AUTHJ1002: " + KEY + "rsa-key: missing, required for RSA-SHA256: a PEM private key, "
                + "inline or as a file path (keep it out of files: set the environment variable "
                + "AUTHLIB_OAUTH_CLIENTS_TWITTER_RSA_KEY)");
    }
}
