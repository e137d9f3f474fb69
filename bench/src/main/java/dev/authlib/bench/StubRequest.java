package dev.authlib.bench;

import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A JAX-RS client request as a filter sees it, with nothing behind it: a bodiless request (method, URI, headers,
 * properties), so that a filter's own cost can be timed apart from any HTTP stack. Also finds the request filter a
 * {@link Feature} registers.
 */
final class StubRequest implements ClientRequestContext {
    private final String method;
    private URI uri;
    final MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
    private final Map<String, Object> properties = new HashMap<>();

    StubRequest(String method, URI uri) {
        this.method = method;
        this.uri = uri;
    }

    /** The request filter that {@code feature} registers. */
    static ClientRequestFilter filterOf(Feature feature) {
        ClientRequestFilter[] found = new ClientRequestFilter[1];
        feature.configure(new Features(found));
        if (found[0] == null) {
            throw new IllegalStateException(feature + " registered no request filter");
        }
        return found[0];
    }

    @Override
    public Object getProperty(String name) {
        return properties.get(name);
    }

    @Override
    public Collection<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public void setProperty(String name, Object object) {
        properties.put(name, object);
    }

    @Override
    public void removeProperty(String name) {
        properties.remove(name);
    }

    @Override
    public URI getUri() {
        return uri;
    }

    @Override
    public void setUri(URI uri) {
        this.uri = uri;
    }

    @Override
    public String getMethod() {
        return method;
    }

    @Override
    public void setMethod(String method) {
        throw new UnsupportedOperationException();
    }

    @Override
    public MultivaluedMap<String, Object> getHeaders() {
        return headers;
    }

    @Override
    public MultivaluedMap<String, String> getStringHeaders() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getHeaderString(String name) {
        Object value = headers.getFirst(name);
        return value == null ? null : value.toString();
    }

    @Override
    public Date getDate() {
        return null;
    }

    @Override
    public Locale getLanguage() {
        return null;
    }

    @Override
    public MediaType getMediaType() {
        return null;
    }

    @Override
    public List<MediaType> getAcceptableMediaTypes() {
        return List.of();
    }

    @Override
    public List<Locale> getAcceptableLanguages() {
        return List.of();
    }

    @Override
    public Map<String, Cookie> getCookies() {
        return Map.of();
    }

    @Override
    public boolean hasEntity() {
        return false;
    }

    @Override
    public Object getEntity() {
        return null;
    }

    @Override
    public Class<?> getEntityClass() {
        return null;
    }

    @Override
    public Type getEntityType() {
        return null;
    }

    @Override
    public void setEntity(Object entity) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void setEntity(Object entity, Annotation[] annotations, MediaType mediaType) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Annotation[] getEntityAnnotations() {
        return new Annotation[0];
    }

    @Override
    public OutputStream getEntityStream() {
        return null;
    }

    @Override
    public void setEntityStream(OutputStream outputStream) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Client getClient() {
        return null;
    }

    @Override
    public Configuration getConfiguration() {
        return EmptyConfiguration.INSTANCE;
    }

    @Override
    public void abortWith(Response response) {
        throw new UnsupportedOperationException();
    }

    /** A client configuration without properties. */
    private static final class EmptyConfiguration implements Configuration {
        static final EmptyConfiguration INSTANCE = new EmptyConfiguration();

        @Override
        public RuntimeType getRuntimeType() {
            return RuntimeType.CLIENT;
        }

        @Override
        public Map<String, Object> getProperties() {
            return Map.of();
        }

        @Override
        public Object getProperty(String name) {
            return null;
        }

        @Override
        public Collection<String> getPropertyNames() {
            return Set.of();
        }

        @Override
        public boolean isEnabled(Feature feature) {
            return false;
        }

        @Override
        public boolean isEnabled(Class<? extends Feature> featureClass) {
            return false;
        }

        @Override
        public boolean isRegistered(Object component) {
            return false;
        }

        @Override
        public boolean isRegistered(Class<?> componentClass) {
            return false;
        }

        @Override
        public Map<Class<?>, Integer> getContracts(Class<?> componentClass) {
            return Map.of();
        }

        @Override
        public Set<Class<?>> getClasses() {
            return Set.of();
        }

        @Override
        public Set<Object> getInstances() {
            return Set.of();
        }
    }

    /** Keeps the request filter a feature registers, ignores the rest. */
    private static final class Features implements FeatureContext {
        private final ClientRequestFilter[] found;

        Features(ClientRequestFilter[] found) {
            this.found = found;
        }

        private FeatureContext keep(Object component) {
            if (component instanceof ClientRequestFilter) {
                found[0] = (ClientRequestFilter) component;
            }
            return this;
        }

        @Override
        public Configuration getConfiguration() {
            return EmptyConfiguration.INSTANCE;
        }

        @Override
        public FeatureContext property(String name, Object value) {
            return this;
        }

        @Override
        public FeatureContext register(Class<?> componentClass) {
            return this;
        }

        @Override
        public FeatureContext register(Class<?> componentClass, int priority) {
            return this;
        }

        @Override
        public FeatureContext register(Class<?> componentClass, Class<?>... contracts) {
            return this;
        }

        @Override
        public FeatureContext register(Class<?> componentClass, Map<Class<?>, Integer> contracts) {
            return this;
        }

        @Override
        public FeatureContext register(Object component) {
            return keep(component);
        }

        @Override
        public FeatureContext register(Object component, int priority) {
            return keep(component);
        }

        @Override
        public FeatureContext register(Object component, Class<?>... contracts) {
            return keep(component);
        }

        @Override
        public FeatureContext register(Object component, Map<Class<?>, Integer> contracts) {
            return keep(component);
        }
    }
}
