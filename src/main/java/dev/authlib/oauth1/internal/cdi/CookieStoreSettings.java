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
 * Which built-in store keeps pending logins: {@code authlib.oauth.store=session} (the default, the HTTP session) or
 * {@code cookie} (encrypted in the browser, {@link EncryptedCookieStore}), and for the latter the server keys of
 * {@code authlib.oauth.store.cookie.keys}. Read at startup, every problem reported together.
 */
@ApplicationScoped
public class CookieStoreSettings {
    static final String STORE = ClientHooks.STORE;

    private boolean cookie;
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
            default:
                problems.add(STORE + ": '" + store + "' is not a built-in store; use session (the default: the HTTP "
                        + "session) or cookie (encrypted in the browser, with " + CookieKeys.KEYS + ")");
        }
    }

    /** @return whether {@code authlib.oauth.store=cookie} */
    public boolean cookieSelected() {
        return cookie;
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
        return "CookieStoreSettings[cookie=" + cookie + ", box=" + box + "]";
    }
}
