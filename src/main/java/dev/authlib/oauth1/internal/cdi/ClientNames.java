package dev.authlib.oauth1.internal.cdi;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.Config;

/** Finds the configured client names: by scanning {@code authlib.oauth.clients.<name>.*} and from the list key. */
final class ClientNames {
    private ClientNames() {}

    static Set<String> discover(Config config, Problems problems) {
        Set<String> names = new TreeSet<>();
        for (String property : config.getPropertyNames()) {
            if (property.startsWith(ConfigKeys.PREFIX) && !ConfigKeys.isEnvironmentSpelling(property)) {
                int dot = property.indexOf('.', ConfigKeys.PREFIX.length());
                if (dot > ConfigKeys.PREFIX.length()) {
                    names.add(property.substring(ConfigKeys.PREFIX.length(), dot));
                }
            }
        }
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
