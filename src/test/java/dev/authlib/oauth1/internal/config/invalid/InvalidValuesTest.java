package dev.authlib.oauth1.internal.config.invalid;

import java.util.List;
import java.util.Map;

/** Invalid enumerated and duration values. */
class InvalidValuesTest extends InvalidConfiguration {
    @Override
    Map<String, String> configuration() {
        Map<String, String> p = validTwitter();
        p.put(KEY + "signature-type", "COOKIE");
        p.put(KEY + "read-timeout", "ten seconds");
        p.put(KEY + "access-token-method", "PUT");
        p.put(KEY + "callback-confirmed", "maybe");
        return p;
    }

    @Override
    List<String> expectedProblems() {
        return List.of("AUTHJ1005: " + KEY + "access-token-method: 'PUT' is not one of POST, GET",
                "AUTHJ1005: " + KEY + "callback-confirmed: 'maybe' is not one of require, warn, ignore",
                "AUTHJ1005: " + KEY + "signature-type: 'COOKIE' is not one of HEADER, QUERY, BODY",
                "AUTHJ1006: " + KEY + "read-timeout: 'ten seconds' is not a positive duration (ISO-8601 such as PT10S, "
                        + "or milliseconds)");
    }
}
