package dev.authlib.oauth1.internal.config;

import static dev.authlib.oauth1.internal.config.ConfigKeys.*;

import dev.authlib.oauth1.internal.client.ClientConfig;
import dev.authlib.oauth1.internal.Messages;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Reads {@code authlib.oauth.security.*}; every problem goes to {@link Problems}. */
final class SecurityConfigReader {
    /** What a token response holds besides the fields: the credential itself, never a caller's name or role. */
    private static final Set<String> CREDENTIAL_FIELDS = Set.of("oauth_token", "oauth_token_secret");

    private SecurityConfigReader() {}

    /**
     * @param names every client name found
     * @param clients the clients whose configuration is complete (to tell login clients from the others)
     */
    static SecurityConfig read(Settings config, Set<String> names, Map<String, ClientConfig> clients,
            Problems problems) {
        String client = StoreConfigReader.value(config, SECURITY_CLIENT);
        String callerName = field(config, SECURITY_CALLER_NAME, problems);
        String rolesField = field(config, SECURITY_ROLES_FIELD, problems);
        Duration ttl = SecurityConfig.DEFAULT_SESSION_TTL;
        String ttlText = StoreConfigReader.value(config, SECURITY_SESSION_TTL);
        if (ttlText != null) {
            ttl = Values.parseDuration(ttlText);
            if (ttl == null) {
                problems.add(Messages.notDuration(SECURITY_SESSION_TTL, ttlText));
                ttl = SecurityConfig.DEFAULT_SESSION_TTL;
            }
        }
        Optional<String> logoutUrl = WebConfigReader.target(config, SECURITY_LOGOUT_URL, problems);
        if (client == null) {
            for (String key : List.of(SECURITY_CALLER_NAME, SECURITY_ROLES_FIELD, SECURITY_SESSION_TTL,
                    SECURITY_LOGOUT_URL)) {
                if (StoreConfigReader.value(config, key) != null) {
                    problems.add(Messages.securityKeyWithoutClient(key, SECURITY_CLIENT));
                }
            }
            return SecurityConfig.OFF;
        }
        if (!names.contains(client)) {
            problems.add(Messages.securityClientUnknown(SECURITY_CLIENT, client, new TreeSet<>(names)));
        } else if (clients.containsKey(client) && clients.get(client).login() == null) {
            problems.add(Messages.securityClientCannotLogIn(SECURITY_CLIENT, client,
                    clients.get(client).kind().name().toLowerCase(Locale.ROOT).replace('_', '-')));
        } else if (clients.containsKey(client) && clients.get(client).redirectUri() != null
                && !clients.get(client).redirectUri().isAbsolute()) {
            problems.add(Messages.securityClientOob(SECURITY_CLIENT, client, ConfigKeys.full(client,
                    ConfigKeys.REDIRECT_URI)));
        }
        return new SecurityConfig(Optional.of(client), callerName == null ? SecurityConfig.DEFAULT_CALLER_NAME
                : callerName, Optional.ofNullable(rolesField), ttl, logoutUrl);
    }

    /** A token-response field name; never the token or its secret. */
    private static String field(Settings config, String key, Problems problems) {
        String field = StoreConfigReader.value(config, key);
        if (field != null && CREDENTIAL_FIELDS.contains(field.toLowerCase(Locale.ROOT))) {
            problems.add(Messages.fieldIsCredential(key, field));
            return null;
        }
        return field;
    }
}
