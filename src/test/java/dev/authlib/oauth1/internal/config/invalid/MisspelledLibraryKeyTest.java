package dev.authlib.oauth1.internal.config.invalid;

import java.util.List;
import java.util.Map;

/** {@code authlib.oauth.stor=cookie} used to start, and the first login answered 500. */
class MisspelledLibraryKeyTest extends InvalidConfiguration {
    @Override
    Map<String, String> configuration() {
        Map<String, String> p = validTwitter();
        p.put("authlib.oauth.stor", "cookie");
        p.put("authlib.oauth.web.sucess-url", "/home");
        p.put("authlib.oauth.nonsense", "x");
        return p;
    }

    @Override
    List<String> expectedProblems() {
        return List.of("AUTHJ1102: authlib.oauth.nonsense: unknown key; valid keys here are authlib.oauth.client-names, "
                + "authlib.oauth.store, authlib.oauth.store.ttl, authlib.oauth.store.max-pending, "
                + "authlib.oauth.store.cookie.keys, authlib.oauth.store.jcache.cache-name, "
                + "authlib.oauth.store.jcache.provider, authlib.oauth.store.jcache.uri, authlib.oauth.store.jcache.keys, "
                + "authlib.oauth.web.enabled, authlib.oauth.web.success-url, authlib.oauth.web.failure-url, "
                + "authlib.oauth.web.public-url, authlib.oauth.web.allowed-hosts, authlib.oauth.security.client, "
                + "authlib.oauth.security.caller-name, authlib.oauth.security.roles-field, "
                + "authlib.oauth.security.session-ttl, authlib.oauth.security.logout-url",
                "AUTHJ1102: authlib.oauth.stor: unknown key; did you mean authlib.oauth.store?",
                "AUTHJ1102: authlib.oauth.web.sucess-url: unknown key; did you mean authlib.oauth.web.success-url?");
    }
}
