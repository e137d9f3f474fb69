package dev.authlib.oauth1.internal.cdi;

import dev.authlib.oauth1.OAuth1Client;
import dev.authlib.oauth1.OAuth1ClientName;
import dev.authlib.oauth1.OAuth1ConfigurationException;
import dev.authlib.oauth1.internal.client.ManagedOAuth1Client;
import dev.authlib.oauth1.internal.config.ConfigScan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.build.compatible.spi.BeanInfo;
import jakarta.enterprise.inject.build.compatible.spi.BuildCompatibleExtension;
import jakarta.enterprise.inject.build.compatible.spi.InjectionPointInfo;
import jakarta.enterprise.inject.build.compatible.spi.Messages;
import jakarta.enterprise.inject.build.compatible.spi.Parameters;
import jakarta.enterprise.inject.build.compatible.spi.Registration;
import jakarta.enterprise.inject.build.compatible.spi.SkipIfPortableExtensionPresent;
import jakarta.enterprise.inject.build.compatible.spi.Synthesis;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticBeanCreator;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticBeanDisposer;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticComponents;
import jakarta.enterprise.inject.build.compatible.spi.Validation;
import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.enterprise.lang.model.AnnotationInfo;
import jakarta.enterprise.lang.model.declarations.DeclarationInfo;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
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

    private final RequestedClients requested = new RequestedClients();
    private List<String> problems = List.of();

    /** Every bean's injection points: which client names the application asks for. */
    @Registration(types = Object.class)
    public void collectRequestedClients(BeanInfo bean) {
        for (InjectionPointInfo ip : bean.injectionPoints()) {
            if (!ip.type().isClass() || !isClient(ip)) {
                continue;
            }
            for (AnnotationInfo q : ip.qualifiers()) {
                String name = requestedName(q, ip.declaration());
                if (name != null) {
                    requested.add(name, describe(ip.declaration()));
                }
            }
        }
    }

    @Synthesis
    public void addClients(SyntheticComponents components) {
        Config config = ConfigProvider.getConfig();
        ConfigScan scan = ConfigScan.of(config);
        problems = scan.problems(false);
        problems.addAll(requested.problems(scan.names(), config));
        problems.addAll(SecuritySwitch.quarkusProblems(scan));
        // add the beans even when there are problems: ArC resolves injection points before it reports the errors of
        // @Validation, so without them an @Inject @Named("<name>") would fail the build as unsatisfied, hiding ours
        Set<String> names = new HashSet<>(scan.names());
        names.addAll(requested.missing(scan.names()));
        for (String name : names) {
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

    @Validation
    public void reportProblems(Messages messages) {
        if (!problems.isEmpty()) {
            messages.error(new OAuth1ConfigurationException(problems));
        }
    }

    /**
     * Whether the injection point asks for a client. A type outside the bean archives' index (such as Vert.x's
     * {@code RoutingContext}) has no declaration in ArC, whose {@code name()} then throws: no client, either.
     */
    private static boolean isClient(InjectionPointInfo ip) {
        try {
            String type = ip.type().asClass().declaration().name();
            return type.equals(OAuth1Client.class.getName()) || type.equals(ManagedOAuth1Client.class.getName());
        } catch (NullPointerException e) {
            return false;
        }
    }

    private static String requestedName(AnnotationInfo qualifier, DeclarationInfo declaration) {
        if (qualifier.name().equals(OAuth1ClientName.class.getName())) {
            return qualifier.value().asString();
        }
        if (qualifier.name().equals(jakarta.inject.Named.class.getName())) {
            String value = qualifier.hasMember("value") ? qualifier.value().asString() : "";
            if (value.isEmpty() && declaration.kind() == DeclarationInfo.Kind.FIELD) {
                value = declaration.asField().name(); // @Named on a field defaults to the field's name
            }
            return value.isEmpty() ? null : value;
        }
        return null;
    }

    private static String describe(DeclarationInfo declaration) {
        if (declaration.kind() == DeclarationInfo.Kind.FIELD) {
            return "field " + declaration.asField().declaringClass().name() + "." + declaration.asField().name();
        }
        if (declaration.kind() == DeclarationInfo.Kind.PARAMETER) {
            return "a parameter of " + declaration.asParameter().declaringMethod().declaringClass().name() + "."
                    + declaration.asParameter().declaringMethod().name();
        }
        return "an injection point";
    }

    /** Creates a client bean at run time, from the run-time configuration. */
    public static class Creator implements SyntheticBeanCreator<ManagedOAuth1Client> {
        @Override
        public ManagedOAuth1Client create(Instance<Object> lookup, Parameters params) {
            String name = params.get(NAME, String.class);
            return ClientWiring.current().newClient(ConfigScan.client(ConfigProvider.getConfig(), name));
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
