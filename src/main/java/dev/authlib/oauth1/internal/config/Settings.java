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

    /**
     * MicroProfile Config. Its property names, and the names of the process's environment variables under
     * {@code AUTHLIB_OAUTH_}: MicroProfile Config's environment source is the process environment, but not every
     * implementation lists its names (Payara does not), and map entries such as
     * {@code AUTHLIB_OAUTH_CLIENTS_X_AUTHORIZE_PARAMS_PERMS} can only be found by their names. Values are read through
     * the configuration, which maps each name to its variable.
     */
    static Settings of(Config config) {
        return new Settings() {
            @Override
            public Optional<String> value(String property) {
                return config.getOptionalValue(property, String.class);
            }

            @Override
            public Iterable<String> propertyNames() {
                Set<String> names = new LinkedHashSet<>();
                config.getPropertyNames().forEach(names::add);
                for (String variable : System.getenv().keySet()) {
                    if (variable.startsWith("AUTHLIB_OAUTH_")) {
                        names.add(variable);
                    }
                }
                return names;
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
