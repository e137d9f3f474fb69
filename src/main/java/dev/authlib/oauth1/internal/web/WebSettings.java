package dev.authlib.oauth1.internal.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Settings of the built-in login and callback resources: {@code authlib.oauth.web.enabled} (default {@code true}),
 * {@code authlib.oauth.web.success-url} (where a login ends without {@code next}, default {@code /}) and
 * {@code authlib.oauth.web.failure-url} (where a denied login goes; default: a 403 page).
 */
@ApplicationScoped
public class WebSettings {
    private boolean enabled;
    private String successUrl;
    private Optional<String> failureUrl;

    @PostConstruct
    void read() {
        Config config = ConfigProvider.getConfig();
        enabled = config.getOptionalValue("authlib.oauth.web.enabled", Boolean.class).orElse(Boolean.TRUE);
        successUrl = config.getOptionalValue("authlib.oauth.web.success-url", String.class).orElse("/");
        failureUrl = config.getOptionalValue("authlib.oauth.web.failure-url", String.class).filter(s -> !s.isBlank());
    }

    boolean enabled() {
        return enabled;
    }

    String successUrl() {
        return successUrl;
    }

    Optional<String> failureUrl() {
        return failureUrl;
    }
}
