package dev.authlib.oauth1.internal.config.invalid;

import java.util.List;
import java.util.Map;

class UnreadableRsaKeyFileTest extends InvalidConfiguration {
    @Override
    Map<String, String> configuration() {
        Map<String, String> p = validTwitter();
        p.put(KEY + "signature-method", "RSA-SHA1");
        p.put(KEY + "rsa-key", "/no/such/dir/key.pem");
        return p;
    }

    @Override
    List<String> expectedProblems() {
        return List.of("AUTHJ1008: " + KEY + "rsa-key: is neither inline PEM (-----BEGIN PRIVATE KEY-----) nor the "
                + "path of a readable file (NoSuchFileException); the value is not shown");
    }
}
