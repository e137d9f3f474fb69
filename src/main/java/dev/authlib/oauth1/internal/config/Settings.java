package dev.authlib.oauth1.internal.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.Config;

/**
 * Where the values of the keys come from: MicroProfile Config, or settings given in code (a client built without
 * CDI, a client registered at run time), or both, one over the other. Everything in this package reads through it,
 * so a key means the same, and is validated the same, wherever it is set.
 */
public interface Settings {

    /** @return the raw value of a full property name, if set */
    Optional<String> value(String property);

    /** @return every property name this source has, in its own order */
    Iterable<String> propertyNames();

    /** MicroProfile Config. */
    static Settings of(Config config) {
        return new Settings() {
            @Override
            public Optional<String> value(String property) {
                return config.getOptionalValue(property, String.class);
            }

            @Override
            public Iterable<String> propertyNames() {
                return config.getPropertyNames();
            }
        };
    }

    /**
     * One client's settings given in code, keyed as the configuration keys without their prefix ({@code client-id},
     * {@code authorize-params.perms}).
     */
    static Settings ofClient(String client, Map<String, String> settings) {
        Map<String, String> full = new java.util.LinkedHashMap<>();
        settings.forEach((k, v) -> full.put(ConfigKeys.full(client, k), v));
        return new Settings() {
            @Override
            public Optional<String> value(String property) {
                return Optional.ofNullable(full.get(property));
            }

            @Override
            public Iterable<String> propertyNames() {
                return full.keySet();
            }
        };
    }

    /** These settings, falling back to {@code base} for what they lack (this one wins, as a higher ordinal does). */
    default Settings over(Settings base) {
        Settings top = this;
        return new Settings() {
            @Override
            public Optional<String> value(String property) {
                Optional<String> v = top.value(property);
                return v.isPresent() ? v : base.value(property);
            }

            @Override
            public Iterable<String> propertyNames() {
                Set<String> names = new LinkedHashSet<>();
                top.propertyNames().forEach(names::add);
                base.propertyNames().forEach(names::add);
                return names;
            }
        };
    }

    /** The property names as a list (one pass over the source). */
    static List<String> names(Settings settings) {
        List<String> names = new ArrayList<>();
        settings.propertyNames().forEach(names::add);
        return names;
    }
}
