package dev.authlib.demo.provider;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code demo-provider.*}: the demo provider's switch and the one application registered with it. */
@ConfigMapping(prefix = "demo-provider")
public interface DemoProviderSettings {
    /** {@code false}: every {@code /demo-provider/} route answers 404 (the app then logs in with a real provider). */
    @WithDefault("true")
    boolean enabled();

    /** The registered application's consumer key. */
    String clientId();

    /** Its consumer secret. */
    String clientSecret();

    /** Its name, shown on the consent page. */
    @WithDefault("an application")
    String appName();
}
