package dev.authlib.oauth1.internal.cdi;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.config.Config;

/**
 * Reads one client's raw values from MicroProfile Config, resolving the kebab-case key and its snake_case alias.
 * Both spellings with different values is a problem.
 */
final class ConfigSource {
    private final Config config;
    private final String client;
    private final List<String> properties;
    private final Problems problems;

    /** @param properties this client's property names ({@link ClientNames#propertiesByClient}), for the map keys */
    ConfigSource(Config config, String client, List<String> properties, Problems problems) {
        this.config = config;
        this.client = client;
        this.properties = properties;
        this.problems = problems;
    }

    /** The value of a key, or empty; blank counts as absent. */
    Optional<String> get(String key) {
        String kebab = raw(ConfigKeys.full(client, key));
        String snake = key.indexOf('-') < 0 ? null : raw(ConfigKeys.full(client, ConfigKeys.alias(key)));
        if (kebab != null && snake != null && !kebab.equals(snake)) {
            problems.add(client, key, "is set twice with different values, as " + ConfigKeys.full(client, key)
                    + " and as " + ConfigKeys.full(client, ConfigKeys.alias(key)) + "; keep one");
        }
        return Optional.ofNullable(kebab != null ? kebab : snake);
    }

    /** The sub-keys of a map key: {@code request-token-params.scope=x} gives {scope=x}; aliases included. */
    Map<String, String> map(String key) {
        Map<String, String> out = new TreeMap<>();
        collect(ConfigKeys.full(client, ConfigKeys.alias(key)) + ".", out);
        collect(ConfigKeys.full(client, key) + ".", out);
        return out;
    }

    private void collect(String prefix, Map<String, String> out) {
        for (String name : properties) {
            if (name.startsWith(prefix) && name.length() > prefix.length()) {
                String value = raw(name);
                if (value != null) {
                    out.put(name.substring(prefix.length()), value);
                }
            }
        }
    }

    private String raw(String fullKey) {
        Optional<String> v = config.getOptionalValue(fullKey, String.class);
        return v.isPresent() && !v.get().isBlank() ? v.get().trim() : null;
    }
}
