package dev.authlib.oauth1.internal.cdi;

import java.util.ArrayList;
import java.util.List;

/** Configuration problems collected across all clients, each naming its full key, reported together. */
final class Problems {
    private final List<String> messages = new ArrayList<>();
    private final List<String> secretMessages = new ArrayList<>();

    void add(String client, String key, String what) {
        messages.add(ConfigKeys.full(client, key) + ": " + what);
    }

    /** A missing secret: reported at run time only where secrets arrive after the build (Quarkus). */
    void addMissingSecret(String client, String key, String what) {
        secretMessages.add(ConfigKeys.full(client, key) + ": " + what);
    }

    void addGlobal(String message) {
        messages.add(message);
    }

    boolean isEmpty(boolean includeSecrets) {
        return messages.isEmpty() && (!includeSecrets || secretMessages.isEmpty());
    }

    List<String> all(boolean includeSecrets) {
        List<String> all = new ArrayList<>(messages);
        if (includeSecrets) {
            all.addAll(secretMessages);
        }
        return all;
    }
}
