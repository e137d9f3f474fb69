package dev.authlib.oauth1.internal.caller;

import dev.authlib.oauth1.TokenCredentials;
import dev.authlib.oauth1.internal.Messages;
import dev.authlib.oauth1.internal.config.ConfigKeys;
import dev.authlib.oauth1.internal.config.SecurityConfig;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A caller's name and roles read from the provider's token response, as {@code authlib.oauth.security.caller-name}
 * and {@code roles-field} say. The token and its secret are never among the fields ({@link TokenCredentials} keeps
 * them apart), so neither can become a name.
 */
public final class CallerFields {
    private CallerFields() {}

    /** @return the caller's name, or empty when the response has no such field (or an empty one) */
    public static Optional<String> name(SecurityConfig settings, TokenCredentials credentials) {
        return credentials.parameter(settings.callerNameField()).map(String::trim).filter(n -> !n.isEmpty());
    }

    /** @return the roles the configured field lists (commas or white space between them); empty without one */
    public static List<String> roles(SecurityConfig settings, TokenCredentials credentials) {
        Optional<String> value = settings.rolesField().flatMap(credentials::parameter);
        if (value.isEmpty()) {
            return List.of();
        }
        Set<String> roles = new LinkedHashSet<>();
        for (String role : value.get().split("[,\\s]+")) {
            if (!role.isEmpty()) {
                roles.add(role);
            }
        }
        return new ArrayList<>(roles);
    }

    /** The caller as the configuration names them, or empty (with {@link #missingName}'s message to log). */
    public static Optional<Caller> caller(String client, SecurityConfig settings, TokenCredentials credentials) {
        return name(settings, credentials).map(n -> new Caller(client, n, roles(settings, credentials), credentials));
    }

    /** AUTHJ5101, naming the fields the response has (never their values). */
    public static String missingName(String client, SecurityConfig settings, TokenCredentials credentials) {
        return Messages.callerNameMissing(client, settings.callerNameField(), ConfigKeys.SECURITY_CALLER_NAME,
                new TreeSet<>(credentials.parameters().keySet()));
    }
}
