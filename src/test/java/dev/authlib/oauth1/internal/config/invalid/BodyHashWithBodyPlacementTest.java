package dev.authlib.oauth1.internal.config.invalid;

import java.util.List;
import java.util.Map;

class BodyHashWithBodyPlacementTest extends InvalidConfiguration {
    @Override
    Map<String, String> configuration() {
        Map<String, String> p = tokenless();
        p.put(KEY + "body-hash", "SHA-256");
        p.put(KEY + "signature-type", "BODY");
        return p;
    }

    @Override
    List<String> expectedProblems() {
        return List.of("AUTHJ1016: " + KEY + "body-hash: a body hash protects bodies that are not forms, and " + KEY
                + "signature-type=BODY puts the protocol parameters in a form body: use HEADER or QUERY");
    }
}
