package dev.authlib.oauth1.internal.config.invalid;

import java.util.List;
import java.util.Map;

/** A preset whose URLs depend on the tenant names the key to set and what it holds. */
class PresetWithoutBaseUrlTest extends InvalidConfiguration {
    @Override
    Map<String, String> configuration() {
        Map<String, String> p = tokenless();
        p.remove(KEY + "api-base-url");
        p.put(KEY + "provider", "netsuite");
        p.put(KEY + "token", "tok");
        p.put(KEY + "token-secret", "tok-secret");
        return p;
    }

    @Override
    List<String> expectedProblems() {
        return List.of("AUTHJ1012: " + KEY + "base-url: missing, required by provider=netsuite (the account's REST "
                + "web services domain, such as https://1234567.suitetalk.api.netsuite.com (from Setup > Company > "
                + "Company Information > Company URLs))",
                "AUTHJ1012: " + KEY + "realm: missing, required by provider=netsuite (the NetSuite account ID, such "
                        + "as 1234567 or 1234567_SB1)");
    }
}
