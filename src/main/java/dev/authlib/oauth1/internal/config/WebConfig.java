package dev.authlib.oauth1.internal.config;

import java.util.Optional;

/**
 * The validated settings of the built-in login and callback routes ({@code authlib.oauth.web.*}).
 *
 * @param enabled whether the routes answer ({@code false}: 404, for applications with their own)
 * @param successUrl where a login without {@code next} ends: a server path or an absolute URL; empty for the
 *     application's own root
 * @param failureUrl where a denied login goes; empty for a 403 page
 */
public record WebConfig(boolean enabled, Optional<String> successUrl, Optional<String> failureUrl) {}
