package dev.authlib.oauth1.internal.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The nearest valid key to a misspelled one (Levenshtein distance), for the unknown-key messages. */
final class KeySuggestions {
    /** Further than this is no typo. */
    private static final int MAX_DISTANCE = 3;

    private KeySuggestions() {}

    /** @return the valid key nearest to {@code property} among the library's keys and the clients', or null */
    static String nearest(String property, Set<String> clients) {
        List<String> candidates = new ArrayList<>(ConfigKeys.LIBRARY_KEYS);
        String client = property.startsWith(ConfigKeys.PREFIX) ? PropertyIndex.clientOf(property) : null;
        if (client != null) {
            String rest = property.substring(ConfigKeys.PREFIX.length() + client.length() + 1);
            addClientKeys(candidates, client, rest);
        } else if (property.startsWith(ConfigKeys.ROOT)) {
            // authlib.oauth.client.demo.client-id: the client part of the prefix misspelled
            String afterRoot = property.substring(ConfigKeys.ROOT.length());
            int dot = afterRoot.indexOf('.');
            int second = dot < 0 ? -1 : afterRoot.indexOf('.', dot + 1);
            if (second > dot + 1) {
                addClientKeys(candidates, afterRoot.substring(dot + 1, second), afterRoot.substring(second + 1));
            }
        }
        return closest(property, candidates);
    }

    /** @return the known environment variable nearest to {@code variable}, or null */
    static String nearestVariable(String variable, Set<String> clients) {
        List<String> candidates = new ArrayList<>();
        for (String key : ConfigKeys.LIBRARY_KEYS) {
            candidates.add(ConfigKeys.environmentName(key));
        }
        for (String client : clients) {
            for (String key : ConfigKeys.CLIENT_KEYS) {
                candidates.add(ConfigKeys.environmentName(client, key));
            }
        }
        return closest(variable, candidates);
    }

    /** The keys to list when no single one is near: the client keys under a client, else the library-wide ones. */
    static List<String> validKeysNear(String property, String client) {
        if (client == null) {
            return ConfigKeys.LIBRARY_KEYS;
        }
        List<String> keys = new ArrayList<>(ConfigKeys.CLIENT_KEYS);
        for (String map : ConfigKeys.CLIENT_MAP_KEYS) {
            keys.add(map + ".<name>");
        }
        return keys;
    }

    private static void addClientKeys(List<String> candidates, String client, String rest) {
        int dot = rest.indexOf('.');
        for (String key : ConfigKeys.CLIENT_KEYS) {
            candidates.add(ConfigKeys.full(client, key));
        }
        if (dot > 0) {
            for (String map : ConfigKeys.CLIENT_MAP_KEYS) {
                candidates.add(ConfigKeys.full(client, map) + rest.substring(dot));
            }
        }
    }

    private static String closest(String text, List<String> candidates) {
        String best = null;
        int bestDistance = MAX_DISTANCE + 1;
        for (String candidate : candidates) {
            if (Math.abs(candidate.length() - text.length()) > MAX_DISTANCE) {
                continue;
            }
            int d = distance(text, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Levenshtein distance, two rows. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
