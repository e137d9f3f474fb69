package dev.authlib.oauth1.internal.config;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The validated settings of the built-in login and callback routes ({@code authlib.oauth.web.*}).
 *
 * @param enabled whether the routes answer ({@code false}: 404, for applications with their own)
 * @param successUrl where a login without {@code next} ends: a server path or an absolute URL; empty for the
 *     application's own root
 * @param failureUrl where a denied login goes; empty for a 403 page
 * @param publicUrl the application's public origin ({@code https://app.example.com}), which the built-in login
 *     builds {@code oauth_callback} from; empty to use the request's host, if it is allowed
 * @param allowedHosts {@code host} or {@code host:port}, lower-case: the request hosts the built-in login may build
 *     its callback from (loopback hosts are always allowed)
 */
public record WebConfig(boolean enabled, Optional<String> successUrl, Optional<String> failureUrl,
        Optional<URI> publicUrl, List<String> allowedHosts) {
    public WebConfig {
        allowedHosts = List.copyOf(allowedHosts);
    }
}
