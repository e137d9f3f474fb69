package dev.authlib.oauth1.internal.config;

import dev.authlib.oauth1.internal.Messages;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One client's raw values from MicroProfile Config, each key read under its kebab-case name and its snake_case
 * alias (both with different values is a problem). Blank counts as absent.
 */
final class ConfigValues {
    private final Settings config;
    private final String client;
    private final List<String> properties;
    private final List<PropertyIndex.MapEntry> environmentEntries;
    private final Problems problems;
    private Map<String, String> defaults = Map.of();

    ConfigValues(Settings config, String client, PropertyIndex index, Problems problems) {
        this.config = config;
        this.client = client;
        this.properties = index.properties(client);
        this.environmentEntries = index.environmentEntries(client);
        this.problems = problems;
    }

    String client() {
        return client;
    }

    /** The full name of one of this client's keys. */
    String key(String key) {
        return ConfigKeys.full(client, key);
    }

    Problems problems() {
        return problems;
    }

    /** Values for keys the configuration does not set (a provider preset's); set ones win. */
    void defaults(Map<String, String> values) {
        this.defaults = Map.copyOf(values);
    }

    /** The value of a key as configured, else the preset's, or empty. */
    Optional<String> get(String key) {
        Optional<String> set = configured(key);
        return set.isPresent() ? set : Optional.ofNullable(defaults.get(key));
    }

    /** The value of a key as configured (no preset), or empty. */
    Optional<String> configured(String key) {
        String kebab = raw(key(key));
        String snake = key.indexOf('-') < 0 ? null : raw(key(ConfigKeys.alias(key)));
        if (kebab != null && snake != null && !kebab.equals(snake)) {
            problems.add(Messages.setTwice(key(key), key(ConfigKeys.alias(key)),
                    ConfigKeys.SECRET_CLIENT_KEYS.contains(key)));
        }
        return Optional.ofNullable(kebab != null ? kebab : snake);
    }

    /**
     * The entries of a map key: {@code request-token-params.scope=x} gives {scope=x}; the snake_case spelling and
     * environment variables included (the environment wins, as its ordinal does).
     */
    Map<String, String> map(String key) {
        Map<String, String> out = new TreeMap<>();
        collect(key(ConfigKeys.alias(key)) + ".", out);
        collect(key(key) + ".", out);
        for (PropertyIndex.MapEntry e : environmentEntries) {
            if (e.mapKey().equals(key)) {
                String value = raw(e.property());
                if (value != null) {
                    out.put(e.subKey(), value);
                }
            }
        }
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
        Optional<String> v = config.value(fullKey);
        return v.isPresent() && !v.get().isBlank() ? v.get().trim() : null;
    }
}
