package dev.authlib.oauth1.internal.config.invalid;

import java.util.List;
import java.util.Map;

/** An inline key that is not PEM of a private key; the message must not echo the value. */
class InvalidRsaKeyTest extends InvalidConfiguration {
    @Override
    Map<String, String> configuration() {
        Map<String, String> p = validTwitter();
        p.put(KEY + "signature-method", "RSA-SHA1");
        p.put(KEY + "rsa-key", "-----BEGIN CERTIFICATE-----\nTUlJQ3NlY3JldA==\n-----END CERTIFICATE-----");
        return p;
    }

    @Override
    List<String> expectedProblems() {
        return List.of("AUTHJ1009: " + KEY + "rsa-key: PEM block 'CERTIFICATE' is not an RSA private key");
    }
}
