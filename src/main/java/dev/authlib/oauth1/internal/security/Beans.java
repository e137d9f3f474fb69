package dev.authlib.oauth1.internal.security;

import jakarta.enterprise.inject.spi.CDI;

/**
 * The library's own beans (clients, stores), looked up from the application's container rather than injected: the
 * classes of this package become beans through {@code addAnnotatedType}, and Payara places such types in an archive
 * of their own, from which the library jar's beans are not visible to injection ("unsatisfied dependency" at
 * deployment). The application's bean manager sees them all.
 */
final class Beans {
    private Beans() {}

    static <T> T get(Class<T> type) {
        return CDI.current().select(type).get();
    }
}
