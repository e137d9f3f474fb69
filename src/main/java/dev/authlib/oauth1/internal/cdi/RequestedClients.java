package dev.authlib.oauth1.internal.cdi;

import dev.authlib.oauth1.internal.Messages;
import dev.authlib.oauth1.internal.config.ConfigScan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.Config;

/**
 * The client names the application's injection points ask for ({@code @Inject @Named("x") OAuth1Client}), so that
 * one naming no configured client fails the deployment with the keys to set, not with the container's
 * unsatisfied-dependency error, which names no key.
 */
final class RequestedClients {
    private final Map<String, String> firstUse = new LinkedHashMap<>();

    /**
     * @param name the client name the injection point qualifies
     * @param where the injection point, for the message ({@code field Shop.twitter})
     */
    synchronized void add(String name, String where) {
        firstUse.putIfAbsent(name, where);
    }

    /** @return the names asked for that {@code configured} lacks */
    synchronized List<String> missing(Set<String> configured) {
        List<String> missing = new ArrayList<>();
        for (String name : firstUse.keySet()) {
            if (!configured.contains(name)) {
                missing.add(name);
            }
        }
        return missing;
    }

    /** One problem per name asked for and not configured, with what the configuration has near it. */
    synchronized List<String> problems(Set<String> configured, Config config) {
        List<String> problems = new ArrayList<>();
        for (String name : missing(configured)) {
            problems.add(Messages.noSuchClient(name, firstUse.get(name), ConfigScan.nearMatches(config, name)));
        }
        return problems;
    }
}
