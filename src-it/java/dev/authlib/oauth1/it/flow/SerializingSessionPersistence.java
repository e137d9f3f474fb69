package dev.authlib.oauth1.it.flow;

import io.undertow.servlet.api.SessionPersistenceManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a servlet container does to sessions it passivates or hands to another node: each attribute through Java
 * serialization to bytes and back, with the deployment's class loader. Unlike Undertow's
 * {@code InMemorySessionPersistence}, an attribute that does not serialize fails the test instead of being logged and
 * dropped; and the bytes can be measured.
 */
final class SerializingSessionPersistence implements SessionPersistenceManager {
    private record Stored(Date expiration, Map<String, byte[]> attributes) {}

    private final Map<String, Map<String, Stored>> deployments = new ConcurrentHashMap<>();

    @Override
    public void persistSessions(String deploymentName, Map<String, PersistentSession> sessions) {
        Map<String, Stored> stored = new HashMap<>();
        sessions.forEach((id, session) -> {
            Map<String, byte[]> attributes = new HashMap<>();
            session.getSessionData().forEach((name, value) -> attributes.put(name, serialize(value)));
            stored.put(id, new Stored(session.getExpiration(), attributes));
        });
        deployments.put(deploymentName, stored);
    }

    @Override
    public Map<String, PersistentSession> loadSessionAttributes(String deploymentName, ClassLoader loader) {
        Map<String, PersistentSession> sessions = new HashMap<>();
        deployments.getOrDefault(deploymentName, Map.of()).forEach((id, stored) -> {
            Map<String, Object> attributes = new HashMap<>();
            stored.attributes().forEach((name, bytes) -> attributes.put(name, deserialize(bytes, loader)));
            sessions.put(id, new PersistentSession(stored.expiration(), attributes));
        });
        return sessions;
    }

    @Override
    public void clear(String deploymentName) {
        deployments.remove(deploymentName);
    }

    /** The serialized size of each attribute of one passivated session, by attribute name. */
    Map<String, Integer> attributeSizes(String deploymentName, String sessionId) {
        Stored stored = deployments.getOrDefault(deploymentName, Map.of()).get(sessionId);
        if (stored == null) {
            throw new AssertionError("session " + sessionId + " was not passivated");
        }
        Map<String, Integer> sizes = new HashMap<>();
        stored.attributes().forEach((name, bytes) -> sizes.put(name, bytes.length));
        return sizes;
    }

    private static byte[] serialize(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new AssertionError("a session attribute does not serialize: " + value.getClass().getName(), e);
        }
        return bytes.toByteArray();
    }

    private static Object deserialize(byte[] bytes, ClassLoader loader) {
        try (ObjectInputStream in = new LoaderObjectInputStream(new ByteArrayInputStream(bytes), loader)) {
            return in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("a session attribute does not deserialize", e);
        }
    }

    private static final class LoaderObjectInputStream extends ObjectInputStream {
        private final ClassLoader loader;

        LoaderObjectInputStream(InputStream in, ClassLoader loader) throws IOException {
            super(in);
            this.loader = loader;
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
            try {
                return Class.forName(desc.getName(), false, loader);
            } catch (ClassNotFoundException e) {
                return super.resolveClass(desc);
            }
        }
    }
}
