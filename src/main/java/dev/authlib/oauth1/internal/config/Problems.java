package dev.authlib.oauth1.internal.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Configuration problems collected across the whole configuration (every client and the library-wide keys), each a
 * message of {@link ConfigMessages} naming its full key, reported together.
 */
public final class Problems {
    private final List<String> messages = new ArrayList<>();
    private final List<String> secretMessages = new ArrayList<>();

    /** A problem. */
    public void add(String message) {
        if (!messages.contains(message)) { // a key read twice reports once
            messages.add(message);
        }
    }

    /** A missing secret: reported at run time only where secrets arrive after the build (Quarkus). */
    public void addMissingSecret(String message) {
        if (!secretMessages.contains(message)) {
            secretMessages.add(message);
        }
    }

    /** @return how many problems there are, missing secrets included */
    public int count() {
        return messages.size() + secretMessages.size();
    }

    public boolean isEmpty(boolean includeSecrets) {
        return messages.isEmpty() && (!includeSecrets || secretMessages.isEmpty());
    }

    /** @return every problem, in the order found, missing secrets last when included */
    public List<String> all(boolean includeSecrets) {
        List<String> all = new ArrayList<>(messages);
        if (includeSecrets) {
            all.addAll(secretMessages);
        }
        return all;
    }
}
