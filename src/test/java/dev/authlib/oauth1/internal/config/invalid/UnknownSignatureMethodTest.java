package dev.authlib.oauth1.internal.config.invalid;

import java.util.List;
import java.util.Map;

class UnknownSignatureMethodTest extends InvalidConfiguration {
    @Override
    Map<String, String> configuration() {
        Map<String, String> p = validTwitter();
        p.put(KEY + "signature-method", "HMAC-MD5");
        return p;
    }

    @Override
    List<String> expectedProblems() {
        return List.of("AUTHJ1005: " + KEY + "signature-method: 'HMAC-MD5' is not one of HMAC-SHA1, HMAC-SHA256, HMAC-SHA512, "
                + "RSA-SHA1, RSA-SHA256, RSA-SHA512, PLAINTEXT");
    }
}
