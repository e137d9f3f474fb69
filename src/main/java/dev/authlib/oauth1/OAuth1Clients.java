package dev.authlib.oauth1;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The registry of clients, for code that picks the provider at run time (from a path parameter, say) and for clients
 * registered in code. Inject it: {@code @Inject OAuth1Clients clients;}.
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

    /** @return the names of the clients configured at deployment, and of those registered since */
    Set<String> names();

    /**
     * Registers a client in code, as Authlib's {@code oauth.register(name, **kwargs)} does: for a multi-tenant
     * application (one Jira Data Center or Magento store per customer). The settings are the configuration keys
     * without their prefix ({@code client-id}, {@code provider}, {@code base-url}, ...), validated with the same rules
     * and messages; where the configuration also has keys under this name ({@code authlib.oauth.clients.<name>.*},
     * a secret from the environment, say), the configuration's values win. Registering a name again replaces (and
     * closes) the client registered before.
     *
     * @param name the client's name
     * @param settings the keys and their values
     * @return the client, also found by {@link #get(String)} from now on
     * @throws OAuth1ConfigurationException naming every problem, or if the name is a client configured at
     *     deployment (change its configuration instead)
     */
    OAuth1Client register(String name, Map<String, String> settings);

    /**
     * Removes a client registered in code, and closes it.
     *
     * @param name the client's name
     * @return whether a registered client was removed (clients configured at deployment stay)
     */
    boolean unregister(String name);
}
