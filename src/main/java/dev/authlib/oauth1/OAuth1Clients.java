package dev.authlib.oauth1;

import java.util.Optional;
import java.util.Set;

/**
 * The registry of configured clients, for code that picks the provider at run time (from a path parameter, say).
 * Inject it: {@code @Inject OAuth1Clients clients;}.
 */
public interface OAuth1Clients {

    /**
     * The client of this name: one configured at deployment, or one whose keys appear in the configuration only at
     * run time (it is then validated and created on first use).
     *
     * @param name the configured name
     * @return the client, or empty if nothing is configured under that name
     * @throws OAuth1ConfigurationException if its configuration is invalid
     */
    Optional<OAuth1Client> find(String name);

    /**
     * @param name the configured name
     * @return the client
     * @throws OAuth1ConfigurationException if no client has that name, or its configuration is invalid
     */
    OAuth1Client get(String name);

    /** @return the names of the clients configured at deployment */
    Set<String> names();
}
