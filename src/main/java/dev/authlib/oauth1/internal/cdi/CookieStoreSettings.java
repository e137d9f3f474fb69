package dev.authlib.oauth1.internal.cdi;

import dev.authlib.oauth1.OAuth1ConfigurationException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Which built-in store keeps pending logins: {@code authlib.oauth.store=session} (the default, the HTTP session),
 * {@code cookie} (encrypted in the browser, {@link EncryptedCookieStore}) or {@code jcache} (a shared cache,
 * {@link JCacheTemporaryCredentialStore}), and for the cookie store the server keys of
 * {@code authlib.oauth.store.cookie.keys}. Read at startup, every problem reported together.
 */
@ApplicationScoped
public class CookieStoreSettings {
    static final String STORE = ClientHooks.STORE;

    private boolean cookie;
    private boolean jcache;
    private SealedBox box;

    @PostConstruct
    void read() {
        List<String> problems = new ArrayList<>();
        read(ConfigProvider.getConfig(), problems);
        if (!problems.isEmpty()) {
            throw new OAuth1ConfigurationException(problems);
        }
    }

    /** Fails the start, not the first login, when the store is misconfigured. */
    void validateAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        cookieSelected();
    }

    private void read(Config config, List<String> problems) {
        String store = config.getOptionalValue(STORE, String.class).orElse("session").trim()
                .toLowerCase(Locale.ROOT);
        switch (store) {
            case "session":
                break;
            case "cookie":
                cookie = true;
                box = CookieKeys.parse(config.getOptionalValue(CookieKeys.KEYS, String.class).orElse(null),
                        problems);
                break;
            case "jcache":
                jcache = true; // its cache is opened by JCacheTemporaryCredentialStore
                break;
            default:
                problems.add(STORE + ": '" + store + "' is not a built-in store; use session (the default: the HTTP "
                        + "session), cookie (encrypted in the browser, with " + CookieKeys.KEYS + ") or jcache (a "
                        + "JSR-107 cache the nodes share)");
        }
    }

    /** @return whether {@code authlib.oauth.store=cookie} */
    public boolean cookieSelected() {
        return cookie;
    }

    /** @return whether {@code authlib.oauth.store=jcache} */
    public boolean jcacheSelected() {
        return jcache;
    }

    /** @return whether the selected store keeps something in a cookie, which the web layer's filter then carries */
    public boolean cookiesUsed() {
        return cookie || jcache;
    }

    /** @return the keys pending logins are sealed with; only when {@link #cookieSelected()} */
    SealedBox box() {
        if (box == null) {
            throw new OAuth1ConfigurationException(List.of(STORE + ": the cookie store is used, but " + STORE
                    + " is not cookie"));
        }
        return box;
    }

    @Override
    public String toString() {
        return "CookieStoreSettings[cookie=" + cookie + ", jcache=" + jcache + ", box=" + box + "]";
    }
}
