package dev.authlib.oauth1.internal.restclient;

import dev.authlib.oauth1.OAuth1Client;
import dev.authlib.oauth1.OAuth1Clients;
import dev.authlib.oauth1.OAuth1ConfigurationException;
import dev.authlib.oauth1.OAuth1Signed;
import dev.authlib.oauth1.internal.Messages;
import dev.authlib.oauth1.internal.client.SigningFeature;
import dev.authlib.oauth1.internal.client.TokenHandles;
import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.eclipse.microprofile.rest.client.spi.RestClientListener;

/**
 * Attaches the signing to the REST clients of {@link OAuth1Signed} interfaces, as each is built. Every MicroProfile
 * Rest Client implementation loads it with {@code ServiceLoader} (Jersey on Payara, RESTEasy on OpenLiberty and
 * Quarkus classic, Quarkus REST), and hands it the real interface: {@code @RegisterProvider} on a meta-annotation
 * is ignored by all of them, and a {@code @Provider} filter reaches every client or none.
 *
 * <p>It registers the named client's {@link SigningFeature} (see {@link #register} for how), the asynchronous token
 * capture where a resolver may be asked, and, when asked for, the refusal mapper. A builder that already has a {@code SigningFeature}
 * ({@code register(client.signingFeature())}, as without CDI) keeps it.
 */
public final class SignedRestClients implements RestClientListener {

    @Override
    public void onNewClient(Class<?> serviceInterface, RestClientBuilder builder) {
        OAuth1Signed signed = SignedInterfaces.annotation(serviceInterface);
        if (signed == null) {
            return;
        }
        SigningFeature feature = registered(builder);
        if (feature == null) {
            feature = lookUp(signed.value(), serviceInterface);
            register(builder, feature);
        }
        if (feature.credentials().usesResolver()) {
            builder.register(new CallingThreadTokens(feature.credentials()));
        }
        if (signed.mapProblems()) {
            builder.register(new ProblemMapper(feature.clientName()));
        }
    }

    /**
     * The feature's parts, on the REST client builder itself; on RESTEasy's MicroProfile builder the feature whole,
     * which that builder hands to the JAX-RS client builder underneath. There its token converter is found by RESTEasy's
     * own header conversion; on the REST client builder, older versions of it (OpenLiberty 26.0.0.3's
     * {@code mpRestClient-3.0}) throw a {@code NullPointerException} from every method without parameters once any
     * {@code ParamConverterProvider} is registered (RESTEASY-3123). Quarkus REST, conversely, looks for converters on
     * its REST client builder only, so the parts go there elsewhere.
     */
    private static void register(RestClientBuilder builder, SigningFeature feature) {
        if (builder.getClass().getName().startsWith("org.jboss.resteasy.microprofile.")) {
            builder.register(feature);
            return;
        }
        builder.register(feature.filter(), SigningFeature.FILTER_PRIORITY);
        builder.register(feature.bodyHashInterceptor());
        builder.register(TokenHandles.INSTANCE);
    }

    private static SigningFeature registered(RestClientBuilder builder) {
        for (Object o : builder.getConfiguration().getInstances()) {
            if (o instanceof SigningFeature) {
                return (SigningFeature) o;
            }
        }
        return null;
    }

    private static SigningFeature lookUp(String name, Class<?> serviceInterface) {
        OAuth1Clients clients;
        try {
            clients = CDI.current().select(OAuth1Clients.class).get();
        } catch (IllegalStateException noContainer) {
            throw new IllegalStateException(Messages.signedWithoutCdi(serviceInterface.getName(), name), noContainer);
        }
        OAuth1Client client = clients.find(name).orElseThrow(() -> new OAuth1ConfigurationException(List.of(
                Messages.signedClientUnknown(serviceInterface.getName(), name, clients.names()))));
        return (SigningFeature) client.signingFeature();
    }
}
