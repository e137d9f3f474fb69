package dev.authlib.oauth1.internal.cdi;

import dev.authlib.oauth1.OAuth1Client;
import dev.authlib.oauth1.OAuth1ClientName;
import dev.authlib.oauth1.OAuth1ConfigurationException;
import dev.authlib.oauth1.internal.client.ManagedOAuth1Client;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.build.compatible.spi.BuildCompatibleExtension;
import jakarta.enterprise.inject.build.compatible.spi.Messages;
import jakarta.enterprise.inject.build.compatible.spi.Parameters;
import jakarta.enterprise.inject.build.compatible.spi.SkipIfPortableExtensionPresent;
import jakarta.enterprise.inject.build.compatible.spi.Synthesis;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticBeanCreator;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticBeanDisposer;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticComponents;
import jakarta.enterprise.inject.literal.NamedLiteral;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The build compatible extension (CDI Lite: Quarkus), skipped where the portable {@link OAuth1Extension} runs. On
 * Quarkus it runs at build time: client names are fixed then, and every problem but a missing secret (secrets may
 * arrive at run time, from the environment) fails the build. Each bean's creator reads and validates the complete
 * configuration at run time; {@link DefaultOAuth1Clients} does so for all clients at startup.
 */
@SkipIfPortableExtensionPresent(OAuth1Extension.class)
public class OAuth1BuildExtension implements BuildCompatibleExtension {
    static final String NAME = "name";

    @Synthesis
    public void addClients(SyntheticComponents components, Messages messages) {
        ClientDeployment deployment = ClientDeployment.scan(ConfigProvider.getConfig());
        OAuth1ConfigurationException failure = deployment.failure(false);
        if (failure != null) {
            messages.error(failure);
            // and still add the beans: ArC resolves injection points before it reports these errors, so without
            // them an @Inject @Named("<name>") would fail the build as unsatisfied, hiding the message
        }
        for (String name : ClientDeployment.names(ConfigProvider.getConfig())) {
            components.addBean(ManagedOAuth1Client.class)
                    .type(ManagedOAuth1Client.class)
                    .type(OAuth1Client.class)
                    .qualifier(NamedLiteral.of(name))
                    .qualifier(OAuth1ClientName.Literal.of(name))
                    .name(name)
                    .scope(ApplicationScoped.class)
                    .withParam(NAME, name)
                    .createWith(Creator.class)
                    .disposeWith(Disposer.class);
        }
    }

    /** Creates a client bean at run time, from the run-time configuration. */
    public static class Creator implements SyntheticBeanCreator<ManagedOAuth1Client> {
        @Override
        public ManagedOAuth1Client create(Instance<Object> lookup, Parameters params) {
            String name = params.get(NAME, String.class);
            return ClientHooks.current().newClient(ClientDeployment.readOrThrow(ConfigProvider.getConfig(), name));
        }
    }

    /** Closes a client bean's JAX-RS client. */
    public static class Disposer implements SyntheticBeanDisposer<ManagedOAuth1Client> {
        @Override
        public void dispose(ManagedOAuth1Client client, Instance<Object> lookup, Parameters params) {
            client.close();
        }
    }
}
