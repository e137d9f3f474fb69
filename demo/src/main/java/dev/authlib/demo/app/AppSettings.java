package dev.authlib.demo.app;

import io.smallrye.config.ConfigMapping;

/** {@code app.*}: what the example application needs to know about its provider, all configuration. */
@ConfigMapping(prefix = "app")
public interface AppSettings {
    /** The provider's name on the login button ("Log in with ..."). */
    String providerLabel();

    /** The profile call, relative to the client's {@code api-base-url}: {@code me}, {@code users/me}... */
    String profilePath();

    /** The profile's fields. */
    Profile profile();

    /** Where the profile JSON holds the name and the handle; dots go into nested objects ({@code data.name}). */
    interface Profile {
        String nameField();

        String handleField();
    }
}
