package dev.authlib.oauth1.internal.cdi;

import dev.authlib.oauth1.OAuth1ConfigurationException;
import dev.authlib.oauth1.internal.client.ClientConfig;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/** The configuration logic shared by the portable and the build compatible extension. */
final class ClientDeployment {
    private final Map<String, ClientConfig> clients;
    private final Problems problems;

    private ClientDeployment(Map<String, ClientConfig> clients, Problems problems) {
        this.clients = clients;
        this.problems = problems;
    }

    /**
     * Reads and validates every configured client.
     *
     * @param includeSecrets whether a missing secret is a problem (not at build time, when secrets may arrive later)
     */
    static ClientDeployment scan(Config config) {
        Problems problems = new Problems();
        Map<String, ClientConfig> clients = new LinkedHashMap<>();
        Map<String, List<String>> byClient = ClientNames.propertiesByClient(config); // one pass, not one per client
        for (String name : ClientNames.discover(config, byClient, problems)) {
            ClientConfig c = ClientConfigReader.read(config, name, byClient.getOrDefault(name, List.of()), problems);
            if (c != null) {
                clients.put(name, c);
            }
        }
        return new ClientDeployment(Collections.unmodifiableMap(clients), problems);
    }

    /** The names of every client found, valid or not (at build time, those lacking only a secret). */
    static Iterable<String> names(Config config) {
        return ClientNames.discover(config, new Problems());
    }

    /** One client's configuration, validated in full, for creating its bean at run time. */
    static ClientConfig readOrThrow(Config config, String name) {
        Problems problems = new Problems();
        ClientConfig c = ClientConfigReader.read(config, name, problems);
        if (c == null) {
            throw new OAuth1ConfigurationException(problems.all(true));
        }
        return c;
    }

    Map<String, ClientConfig> clients() {
        return clients;
    }

    /** @param includeSecrets whether to report missing secrets */
    OAuth1ConfigurationException failure(boolean includeSecrets) {
        return problems.isEmpty(includeSecrets) ? null : new OAuth1ConfigurationException(problems.all(includeSecrets));
    }
}
