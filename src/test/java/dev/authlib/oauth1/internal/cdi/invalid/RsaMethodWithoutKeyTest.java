package dev.authlib.oauth1.internal.cdi.invalid;

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
        return List.of(KEY + "rsa-key: missing, required for RSA-SHA256 (a PEM private key, inline or as a file path)");
    }
}
