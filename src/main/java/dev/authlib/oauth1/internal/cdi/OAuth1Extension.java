package dev.authlib.oauth1.internal.cdi;

import dev.authlib.oauth1.OAuth1Client;
import dev.authlib.oauth1.OAuth1ClientName;
import dev.authlib.oauth1.OAuth1ConfigurationException;
import dev.authlib.oauth1.internal.Messages;
import dev.authlib.oauth1.internal.client.ClientConfig;
import dev.authlib.oauth1.internal.client.ManagedOAuth1Client;
import dev.authlib.oauth1.internal.config.ConfigKeys;
import dev.authlib.oauth1.internal.config.ConfigScan;
import dev.authlib.oauth1.internal.security.SecurityRegistration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessInjectionPoint;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The portable extension (CDI Full: Payara, OpenLiberty, WildFly, Weld SE): validates the whole configuration at
 * deployment, reporting all problems at once, and adds one {@code @ApplicationScoped} {@link OAuth1Client} bean per
 * client, qualified {@code @Named("<name>")} and {@code @OAuth1ClientName("<name>")}; with
 * {@code authlib.oauth.security.client}, the Jakarta Security mechanism too.
 */
public class OAuth1Extension implements Extension {
    private final RequestedClients requested = new RequestedClients();
    private boolean securityMissing;

    /**
     * "Log in with X" switched on: the Jakarta Security mechanism and its helpers become beans, or, where Jakarta
     * Security is missing, the deployment fails (reported with the configuration's other problems).
     */
    void addSecurity(@Observes BeforeBeanDiscovery bbd) {
        if (SecuritySwitch.requested(ConfigProvider.getConfig())) {
            if (SecuritySwitch.jakartaSecurityPresent()) {
                SecurityRegistration.addTypes(bbd); // the one place that names the security package
            } else {
                securityMissing = true;
            }
        }
    }

    <T, X> void collectRequestedClients(@Observes ProcessInjectionPoint<T, X> event) {
        ClientInjectionPoints.requestedName(event.getInjectionPoint())
                .ifPresent(name -> requested.add(name, ClientInjectionPoints.describe(event.getInjectionPoint())));
    }

    void addClients(@Observes AfterBeanDiscovery abd) {
        Config config = ConfigProvider.getConfig();
        ConfigScan scan = ConfigScan.of(config);
        List<String> problems = scan.problems(true);
        problems.addAll(requested.problems(scan.names(), config));
        if (securityMissing) {
            problems.add(Messages.jakartaSecurityMissing(ConfigKeys.SECURITY_CLIENT));
        }
        if (!problems.isEmpty()) {
            abd.addDefinitionError(new OAuth1ConfigurationException(problems));
            return;
        }
        for (Map.Entry<String, ClientConfig> e : scan.clients().entrySet()) {
            String name = e.getKey();
            ClientConfig client = e.getValue();
            abd.addBean()
                    .beanClass(ManagedOAuth1Client.class)
                    .types(ManagedOAuth1Client.class, OAuth1Client.class, Object.class)
                    .qualifiers(NamedLiteral.of(name), OAuth1ClientName.Literal.of(name), Any.Literal.INSTANCE)
                    .name(name)
                    .scope(ApplicationScoped.class)
                    .produceWith(lookup -> ClientWiring.current().newClient(client))
                    .disposeWith((c, lookup) -> c.close());
        }
    }
}
