package dev.authlib.oauth1.internal.config;

import dev.authlib.oauth1.internal.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * One pass over the configuration's property names: which clients exist, which properties each has, and which names
 * under {@code authlib.oauth.} are unknown (each reported with the nearest valid key). Linear in the number of
 * properties however many clients there are.
 *
 * <p>Runtimes list environment variables among the property names in their own spellings: SmallRye as they are
 * ({@code AUTHLIB_OAUTH_CLIENTS_DEMO_CLIENT_SECRET}), OpenLiberty and Quarkus' {@code .env} also as dotted lower
 * case ({@code authlib.oauth.clients.demo.client.secret}). Such a name is another spelling of the key whose
 * environment name it shares, not an unknown key; the value is read through the key's own name. A map entry given
 * as an environment variable ({@code AUTHLIB_OAUTH_CLIENTS_X_AUTHORIZE_PARAMS_PERMS}) keeps its parameter name in
 * lower case with underscores.
 */
final class PropertyIndex {
    /** An entry of a client's map key ({@code authorize-params.perms}) and the property name that holds it. */
    record MapEntry(String mapKey, String subKey, String property) {}

    private final Map<String, List<String>> byClient = new LinkedHashMap<>();
    private final Map<String, List<MapEntry>> environmentEntries = new HashMap<>();
    private final Set<String> names = new TreeSet<>();

    private PropertyIndex() {}

    static PropertyIndex of(Settings config, Problems problems) {
        return of(config, problems, System::getenv);
    }

    /** @param environment the process environment (a parameter, for tests) */
    static PropertyIndex of(Settings config, Problems problems, UnaryOperator<String> environment) {
        PropertyIndex index = new PropertyIndex();
        List<String> unresolved = new ArrayList<>();
        for (String property : config.propertyNames()) {
            if (property.startsWith(ConfigKeys.PREFIX)) {
                String client = clientOf(property);
                String rest = client == null ? "" : property.substring(ConfigKeys.PREFIX.length() + client.length() + 1);
                if (client != null && isClientKey(rest)) {
                    index.byClient.computeIfAbsent(client, c -> new ArrayList<>()).add(property);
                } else {
                    unresolved.add(property);
                }
            } else if (property.startsWith(ConfigKeys.ROOT)) {
                if (!isLibraryKey(property)) {
                    unresolved.add(property);
                }
            } else if (property.startsWith("AUTHLIB_OAUTH_")) {
                unresolved.add(property);
            }
        }
        index.names.addAll(index.byClient.keySet());
        config.value(ConfigKeys.CLIENT_NAMES).ifPresent(listed -> {
            for (String n : listed.split(",")) {
                if (!n.isBlank()) {
                    index.names.add(n.trim());
                }
            }
        });
        index.resolve(unresolved, config, problems, environment);
        for (String n : index.names) {
            if (!isValidName(n)) {
                problems.add(Messages.invalidClientName(n));
            }
        }
        index.names.removeIf(n -> !isValidName(n));
        return index;
    }

    /** The names of every client: found by scanning, or listed in {@code authlib.oauth.client-names}. */
    Set<String> names() {
        return names;
    }

    /** The property names of one client, in the configuration's iteration order, its own spellings only. */
    List<String> properties(String client) {
        return byClient.getOrDefault(client, List.of());
    }

    /** The map entries of one client given as environment variables. */
    List<MapEntry> environmentEntries(String client) {
        return environmentEntries.getOrDefault(client, List.of());
    }

    /**
     * Sorts the names that are no key as spelled: other spellings of known keys, map entries from the environment,
     * clients configured only through environment variables, and what is left: unknown keys.
     */
    private void resolve(List<String> unresolved, Settings config, Problems problems, UnaryOperator<String> env) {
        EnvironmentNames known = new EnvironmentNames(names);
        List<String> unknown = new ArrayList<>();
        for (String property : unresolved) {
            String variable = ConfigKeys.environmentName(property);
            if (!property.equals(variable) && !isEnvironmentSpelling(property)) {
                unknown.add(property); // Client-Id is no spelling a runtime makes: the user wrote it
                continue;
            }
            if (known.isKey(variable)) {
                continue; // another spelling of a key that is read through its own name
            }
            Optional<EnvironmentNames.Entry> entry = known.mapEntry(variable);
            if (entry.isPresent()) {
                environmentEntries.computeIfAbsent(entry.get().client(), c -> new ArrayList<>())
                        .add(new MapEntry(entry.get().mapKey(), entry.get().subKey(), property));
                continue;
            }
            String client = property.startsWith(ConfigKeys.PREFIX) ? clientOf(property) : null;
            if (client != null && isEnvironmentSpelling(property) && isValidName(client)
                    && (env.apply(variable) != null || config.value(variable).isPresent())
                    && EnvironmentNames.isClientKeySpelling(variable, client)) {
                names.add(client); // a client configured only through environment variables, its name without dashes
                known = new EnvironmentNames(names);
                continue;
            }
            unknown.add(property);
        }
        Set<String> reported = new HashSet<>();
        unknown.sort(null); // the configuration's order is a hash order: report in a stable one
        for (String property : unknown) {
            String variable = ConfigKeys.environmentName(property);
            boolean spelling = property.equals(variable) || isEnvironmentSpelling(property);
            if (spelling && (known.isKey(variable) || known.mapEntry(variable).isPresent())) {
                continue; // resolved by a client found later in the pass
            }
            boolean fromEnvironment = property.equals(variable) || isEnvironmentSpelling(property)
                    && (env.apply(variable) != null || config.value(variable).isPresent());
            if (fromEnvironment) {
                if (reported.add(variable)) { // runtimes list one variable under several spellings
                        problems.add(Messages.unknownEnvironmentVariable(variable, KeySuggestions.nearestVariable(
                            variable, names)));
                }
                continue;
            }
            String client = property.startsWith(ConfigKeys.PREFIX) ? clientOf(property) : null;
            if (client != null && isValidName(client)) {
                names.add(client); // a client with a misspelled key is still a client: its missing keys are reported
            }
            problems.add(Messages.unknownKey(property, KeySuggestions.nearest(property, names),
                    KeySuggestions.validKeysNear(property, client)));
        }
    }

    /** Whether {@code rest} (after the client name) is a client key as spelled: {@code client-id}, {@code x.y}. */
    private static boolean isClientKey(String rest) {
        int dot = rest.indexOf('.');
        if (dot < 0) {
            return ConfigKeys.clientKey(rest) != null;
        }
        return dot < rest.length() - 1 && ConfigKeys.clientMapKey(rest.substring(0, dot)) != null;
    }

    private static boolean isLibraryKey(String property) {
        if (ConfigKeys.LIBRARY_KEYS.contains(property)) {
            return true;
        }
        for (String map : ConfigKeys.LIBRARY_MAP_KEYS) {
            if (property.startsWith(map + ".") && property.length() > map.length() + 1) {
                return true;
            }
        }
        return false;
    }

    /** {@code twitter} for {@code authlib.oauth.clients.twitter.client-id}; {@code null} without a key after it. */
    static String clientOf(String property) {
        int dot = property.indexOf('.', ConfigKeys.PREFIX.length());
        return dot > ConfigKeys.PREFIX.length() && dot < property.length() - 1
                ? property.substring(ConfigKeys.PREFIX.length(), dot) : null;
    }

    /** Whether a name is only digits, lower-case letters and dots: what a runtime makes of an environment variable. */
    static boolean isEnvironmentSpelling(String property) {
        return property.equals(ConfigKeys.environmentName(property).toLowerCase(Locale.ROOT).replace('_', '.'));
    }

    static boolean isValidName(String name) {
        if (name.isEmpty() || name.length() > 64) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_'))) {
                return false;
            }
        }
        return true;
    }
}
