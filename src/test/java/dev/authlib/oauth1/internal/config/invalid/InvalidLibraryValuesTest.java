package dev.authlib.oauth1.internal.config.invalid;

import java.util.List;
import java.util.Map;

/** The library-wide keys are validated at deployment like the client keys, every problem together. */
class InvalidLibraryValuesTest extends InvalidConfiguration {
    @Override
    Map<String, String> configuration() {
        Map<String, String> p = validTwitter();
        p.put("authlib.oauth.store", "redis");
        p.put("authlib.oauth.store.ttl", "ten minutes");
        p.put("authlib.oauth.store.max-pending", "0");
        p.put("authlib.oauth.web.enabled", "yes");
        p.put("authlib.oauth.web.success-url", "home");
        p.put("authlib.oauth.web.failure-url", "ftp://files.example/denied?token=t");
        return p;
    }

    @Override
    List<String> expectedProblems() {
        return List.of("AUTHJ1201: authlib.oauth.store: 'redis' is not a built-in store; use session (the default: "
                + "the HTTP session), cookie (encrypted in the browser, with authlib.oauth.store.cookie.keys) or "
                + "jcache (a JSR-107 cache the nodes share)",
                "AUTHJ1006: authlib.oauth.store.ttl: 'ten minutes' is not a positive duration (ISO-8601 such as PT10S, "
                        + "or milliseconds)",
                "AUTHJ1202: authlib.oauth.store.max-pending: '0' is not a positive whole number",
                "AUTHJ1203: authlib.oauth.web.enabled: 'yes' is not true or false",
                "AUTHJ1204: authlib.oauth.web.success-url: 'home' is neither a path on this server (starting with /) "
                        + "nor an absolute http or https URL",
                "AUTHJ1204: authlib.oauth.web.failure-url: 'ftp://files.example/denied?...' is neither a path on this "
                        + "server (starting with /) nor an absolute http or https URL");
    }
}
