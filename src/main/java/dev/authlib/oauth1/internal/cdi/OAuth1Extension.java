package dev.authlib.oauth1.internal.cdi;

import dev.authlib.oauth1.OAuth1Client;
import dev.authlib.oauth1.OAuth1ClientName;
import dev.authlib.oauth1.OAuth1ConfigurationException;
import dev.authlib.oauth1.internal.client.ClientConfig;
import dev.authlib.oauth1.internal.client.ManagedOAuth1Client;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The portable extension (CDI Full: Payara, OpenLiberty, WildFly, Weld SE): validates every configured client at
 * deployment, reporting all problems at once, and adds one {@code @ApplicationScoped} {@link OAuth1Client} bean per
 * client, qualified {@code @Named("<name>")} and {@code @OAuth1ClientName("<name>")}.
 */
public class OAuth1Extension implements Extension {

    void addClients(@Observes AfterBeanDiscovery abd) {
        ClientDeployment deployment = ClientDeployment.scan(ConfigProvider.getConfig());
        OAuth1ConfigurationException failure = deployment.failure(true);
        if (failure != null) {
            abd.addDefinitionError(failure);
            return;
        }
        for (Map.Entry<String, ClientConfig> e : deployment.clients().entrySet()) {
            String name = e.getKey();
            ClientConfig config = e.getValue();
            abd.addBean()
                    .beanClass(ManagedOAuth1Client.class)
                    .types(ManagedOAuth1Client.class, OAuth1Client.class, Object.class)
                    .qualifiers(NamedLiteral.of(name), OAuth1ClientName.Literal.of(name), Any.Literal.INSTANCE)
                    .name(name)
                    .scope(ApplicationScoped.class)
                    .produceWith(lookup -> ClientHooks.current().newClient(config))
                    .disposeWith((client, lookup) -> client.close());
        }
    }
}
