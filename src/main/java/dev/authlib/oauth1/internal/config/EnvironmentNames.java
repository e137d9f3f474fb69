package dev.authlib.oauth1.internal.config;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The environment-variable names (MicroProfile Config's mapping) of every key the library knows for a set of client
 * names: to recognise a runtime's listing of an environment variable as a key, or as an entry of a map key.
 */
final class EnvironmentNames {
    /** An entry of a map key given as an environment variable: its parameter name in lower case. */
    record Entry(String client, String mapKey, String subKey) {}

    private final Set<String> keys = new HashSet<>();
    private final Set<String> clients;

    EnvironmentNames(Set<String> clients) {
        this.clients = clients;
        for (String key : ConfigKeys.LIBRARY_KEYS) {
            keys.add(ConfigKeys.environmentName(key));
        }
        for (String client : clients) {
            for (String key : ConfigKeys.CLIENT_KEYS) {
                keys.add(ConfigKeys.environmentName(client, key));
            }
        }
    }

    /** Whether {@code variable} is the environment name of a known key (or falls under a library-wide map key). */
    boolean isKey(String variable) {
        if (keys.contains(variable)) {
            return true;
        }
        for (String map : ConfigKeys.LIBRARY_MAP_KEYS) {
            if (variable.startsWith(ConfigKeys.environmentName(map) + "_")) {
                return true;
            }
        }
        return false;
    }

    /** The map entry {@code variable} names, if it names one of a known client. */
    Optional<Entry> mapEntry(String variable) {
        for (String client : clients) {
            Optional<String> mapKey = mapKeyOf(variable, client);
            if (mapKey.isPresent()) {
                String prefix = ConfigKeys.environmentName(client, mapKey.get()) + "_";
                return Optional.of(new Entry(client, mapKey.get(),
                        variable.substring(prefix.length()).toLowerCase(Locale.ROOT)));
            }
        }
        return Optional.empty();
    }

    /** Whether {@code variable} is the environment name of one of {@code client}'s keys or map entries. */
    static boolean isClientKeySpelling(String variable, String client) {
        for (String key : ConfigKeys.CLIENT_KEYS) {
            if (variable.equals(ConfigKeys.environmentName(client, key))) {
                return true;
            }
        }
        return mapKeyOf(variable, client).isPresent();
    }

    private static Optional<String> mapKeyOf(String variable, String client) {
        for (String mapKey : ConfigKeys.CLIENT_MAP_KEYS) {
            String prefix = ConfigKeys.environmentName(client, mapKey) + "_";
            if (variable.startsWith(prefix) && variable.length() > prefix.length()) {
                return Optional.of(mapKey);
            }
        }
        return Optional.empty();
    }
}
