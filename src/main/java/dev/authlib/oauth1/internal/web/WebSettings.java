package dev.authlib.oauth1.internal.web;

import dev.authlib.oauth1.internal.config.ConfigScan;
import dev.authlib.oauth1.internal.config.WebConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/** The built-in routes' settings at run time ({@code authlib.oauth.web.*}, validated at deployment). */
@ApplicationScoped
public class WebSettings {
    private WebConfig config;

    @PostConstruct
    void read() {
        config = ConfigScan.web(ConfigProvider.getConfig());
    }

    boolean enabled() {
        return config.enabled();
    }

    /** @return the configured success URL, or empty for the application's own root */
    Optional<String> successUrl() {
        return config.successUrl();
    }

    Optional<String> failureUrl() {
        return config.failureUrl();
    }

    /** Whether the application's public URL is https: its cookies are then {@code Secure} and {@code __Host-}. */
    public boolean publicUrlIsHttps() {
        return config.publicUrl().map(u -> "https".equals(u.getScheme())).orElse(false);
    }

    /**
     * The base URI a login may build its callback under, or empty if none can be trusted: the built-in login's rule,
     * which the Jakarta Security mechanism follows too.
     *
     * @param requestBase the request's base URI (the JAX-RS base, or the mechanism's context root)
     */
    public Optional<URI> callbackBase(URI requestBase) {
        return CallbackOrigin.trustedBase(requestBase, config.publicUrl(), config.allowedHosts());
    }

    /** @return the request's authority as a page or a log may show it (AUTHJ4001) */
    public static String shownOrigin(URI requestBase) {
        return CallbackOrigin.shown(requestBase);
    }
}
