package dev.authlib.oauth1.internal.cdi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.Config;

/**
 * Finds the configured client names: by scanning {@code authlib.oauth.clients.<name>.*} and from the list key. The
 * property names are scanned once per deployment and grouped by client ({@link #propertiesByClient}), so that reading
 * every client stays linear in the number of properties however many clients there are. Names that are only the
 * dotted spelling of an environment variable ({@link ConfigKeys#isEnvironmentSpelling}) are skipped.
 */
final class ClientNames {
    private ClientNames() {}

    static Set<String> discover(Config config, Problems problems) {
        return discover(config, propertiesByClient(config), problems);
    }

    /** @param byClient the grouping {@link #propertiesByClient} made of the same configuration */
    static Set<String> discover(Config config, Map<String, List<String>> byClient, Problems problems) {
        Set<String> names = new TreeSet<>(byClient.keySet());
        Optional<String> listed = config.getOptionalValue(ConfigKeys.CLIENT_NAMES, String.class);
        if (listed.isPresent()) {
            for (String n : listed.get().split(",")) {
                if (!n.isBlank()) {
                    names.add(n.trim());
                }
            }
        }
        for (String n : names) {
            if (!isValid(n)) {
                problems.addGlobal(ConfigKeys.PREFIX + n + ": '" + n + "' is not a valid client name (letters, digits, "
                        + "'-' and '_' only)");
            }
        }
        names.removeIf(n -> !isValid(n));
        return names;
    }

    /**
     * One pass over the property names: every {@code authlib.oauth.clients.<name>.*} property under its client's
     * name, in the configuration's iteration order.
     */
    static Map<String, List<String>> propertiesByClient(Config config) {
        Map<String, List<String>> byClient = new HashMap<>();
        for (String property : config.getPropertyNames()) {
            String client = clientOf(property);
            if (client != null) {
                byClient.computeIfAbsent(client, c -> new ArrayList<>()).add(property);
            }
        }
        return byClient;
    }

    /** The properties of one client, in the configuration's iteration order (one pass, for a single client). */
    static List<String> propertiesOf(Config config, String name) {
        String prefix = ConfigKeys.full(name, "");
        List<String> properties = new ArrayList<>();
        for (String property : config.getPropertyNames()) {
            if (property.startsWith(prefix) && !ConfigKeys.isEnvironmentSpelling(property)) {
                properties.add(property);
            }
        }
        return properties;
    }

    /** {@code twitter} for {@code authlib.oauth.clients.twitter.client-id}; {@code null} outside the prefix. */
    private static String clientOf(String property) {
        if (!property.startsWith(ConfigKeys.PREFIX) || ConfigKeys.isEnvironmentSpelling(property)) {
            return null;
        }
        int dot = property.indexOf('.', ConfigKeys.PREFIX.length());
        return dot > ConfigKeys.PREFIX.length() ? property.substring(ConfigKeys.PREFIX.length(), dot) : null;
    }

    static boolean isValid(String name) {
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
