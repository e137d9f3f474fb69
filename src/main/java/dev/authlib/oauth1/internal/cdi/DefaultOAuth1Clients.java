package dev.authlib.oauth1.internal.cdi;

import dev.authlib.oauth1.OAuth1Client;
import dev.authlib.oauth1.OAuth1ClientName;
import dev.authlib.oauth1.OAuth1Clients;
import dev.authlib.oauth1.OAuth1ConfigurationException;
import dev.authlib.oauth1.internal.Messages;
import dev.authlib.oauth1.internal.client.ManagedOAuth1Client;
import dev.authlib.oauth1.internal.config.ConfigKeys;
import dev.authlib.oauth1.internal.config.ConfigScan;
import dev.authlib.oauth1.internal.config.Settings;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The registry of clients: the beans made at deployment, and clients whose configuration appears only at run time
 * (created on first use, validated in full, closed with the application). At startup it validates every client
 * again with the run-time configuration, so that a secret missing from the environment fails the start.
 */
@ApplicationScoped
public class DefaultOAuth1Clients implements OAuth1Clients {

    @Inject
    @Any
    Instance<ManagedOAuth1Client> beans;

    @Inject
    ClientWiring wiring; // injected, not only looked up: Quarkus removes beans that nothing injects

    private final Map<String, ManagedOAuth1Client> runtimeClients = new ConcurrentHashMap<>();

    void validateAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        OAuth1ConfigurationException failure = ConfigScan.of(ConfigProvider.getConfig()).failure(true);
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public Optional<OAuth1Client> find(String name) {
        return findManaged(name).map(c -> c);
    }

    /** The library's view of a client, for the built-in resources. */
    public Optional<ManagedOAuth1Client> findManaged(String name) {
        if (name == null || !ConfigScan.isValidClientName(name)) {
            return Optional.empty();
        }
        Instance<ManagedOAuth1Client> bean = beans.select(OAuth1ClientName.Literal.of(name));
        if (bean.isResolvable()) {
            return Optional.of(bean.get());
        }
        ManagedOAuth1Client existing = runtimeClients.get(name);
        if (existing != null) {
            return Optional.of(existing);
        }
        Config config = ConfigProvider.getConfig();
        if (config.getOptionalValue(ConfigKeys.full(name, ConfigKeys.CLIENT_ID), String.class).isEmpty()
                && config.getOptionalValue(ConfigKeys.full(name, ConfigKeys.alias(ConfigKeys.CLIENT_ID)), String.class)
                        .isEmpty()) {
            return Optional.empty(); // nothing configured under that name, at deployment or since
        }
        return Optional.of(runtimeClients.computeIfAbsent(name, n -> wiring.newClient(ConfigScan.client(config, n))));
    }

    @Override
    public OAuth1Client get(String name) {
        return find(name).orElseThrow(() -> new OAuth1ConfigurationException(List.of(Messages.noClientNamed(
                String.valueOf(name)))));
    }

    @Override
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        names.addAll(ConfigScan.clientNames(ConfigProvider.getConfig()));
        names.addAll(runtimeClients.keySet());
        return names;
    }

    @Override
    public OAuth1Client register(String name, Map<String, String> settings) {
        if (name == null || !ConfigScan.isValidClientName(name)) {
            throw new OAuth1ConfigurationException(List.of(Messages.invalidClientName(String.valueOf(name))));
        }
        if (beans.select(OAuth1ClientName.Literal.of(name)).isResolvable()) {
            throw new OAuth1ConfigurationException(List.of(Messages.configuredAtDeployment(name)));
        }
        Settings source = Settings.of(ConfigProvider.getConfig()).over(Settings.ofClient(name, settings));
        ManagedOAuth1Client client = wiring.newClient(ConfigScan.client(source, name, null));
        ManagedOAuth1Client replaced = runtimeClients.put(name, client);
        if (replaced != null) {
            replaced.close();
        }
        return client;
    }

    @Override
    public boolean unregister(String name) {
        ManagedOAuth1Client removed = name == null ? null : runtimeClients.remove(name);
        if (removed == null) {
            return false;
        }
        removed.close();
        return true;
    }

    @PreDestroy
    void closeRuntimeClients() {
        runtimeClients.values().forEach(ManagedOAuth1Client::close);
        runtimeClients.clear();
    }
}
