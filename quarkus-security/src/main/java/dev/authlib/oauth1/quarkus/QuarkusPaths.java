package dev.authlib.oauth1.quarkus;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Where the built-in routes are in a Quarkus application: {@code quarkus.http.root-path}, then the REST root below it
 * ({@code quarkus.rest.path} for Quarkus REST, {@code quarkus.resteasy.path} for RESTEasy Classic), then
 * {@code oauth1/<client>/...}. An application that sets its REST root with {@code @ApplicationPath} instead must also
 * set the property: the routes are found through it.
 */
final class QuarkusPaths {
    private QuarkusPaths() {}

    /** @return the application's root path, starting and ending with {@code /} */
    static String root(Config config) {
        return slashes(value(config, "quarkus.http.root-path").orElse("/"));
    }

    /** @return the absolute path of client {@code client}'s built-in login route */
    static String login(Config config, String client) {
        String rest = value(config, "quarkus.rest.path").or(() -> value(config, "quarkus.resteasy.path"))
                .or(() -> value(config, "quarkus.resteasy-reactive.path")).orElse("/");
        return root(config) + slashes(rest).substring(1) + "oauth1/" + client + "/login";
    }

    private static Optional<String> value(Config config, String key) {
        return config.getOptionalValue(key, String.class).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static String slashes(String path) {
        String p = path.startsWith("/") ? path : "/" + path;
        return p.endsWith("/") ? p : p + "/";
    }
}
