package dev.authlib.oauth1.internal.store;

import dev.authlib.oauth1.internal.config.TestConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.TemporaryCredentials;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.jboss.weld.context.bound.BoundSessionContext;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The default store survives what a servlet container does to a session between requests when it passivates it or
 * hands it to another node: Java serialization of the session's attributes and back, mid-login.
 */
@EnableWeld
class SessionStoreSerializationTest {
    static final String TOKEN = EncryptedCookieStoreTest.TOKEN;
    static final String SECRET = EncryptedCookieStoreTest.SECRET;
    static final TemporaryCredentials TYPICAL = EncryptedCookieStoreTest.TYPICAL;

    /** Registered when the test instance is made, before the container starts. */
    final TestConfig config = TestConfig.with(Map.of());

    @WeldSetup
    WeldInitiator weld = WeldInitiator.of(TestStores.weld());

    @Inject
    BoundSessionContext session;

    @Inject
    SessionTemporaryCredentialStore store; // the client proxy

    @AfterEach
    void stop() {
        if (session.isActive()) {
            session.deactivate();
        }
        config.close();
    }

    /** Runs {@code action} in a request of the session whose attributes are {@code attributes}. */
    void inSession(Map<String, Object> attributes, Runnable action) {
        session.associate(attributes);
        session.activate();
        try {
            action.run();
        } finally {
            session.deactivate();
            session.dissociate(attributes);
        }
    }

    @Test
    void loginStartedBeforePassivation_completesAfterRestore() {
        Map<String, Object> attributes = new HashMap<>();
        inSession(attributes, () -> store.save("twitter", TYPICAL));

        Map<String, Object> restored = deserialize(serialize(attributes));

        inSession(restored, () -> {
            assertEquals(1, store.size());
            TemporaryCredentials taken = store.take("twitter", TOKEN).orElseThrow();
            assertEquals(TYPICAL, taken);
            assertEquals(SECRET, taken.tokenSecret());
            assertEquals("/account/settings?tab=profile", taken.parameters().get("authlib_return_to"));
            assertTrue(store.take("twitter", TOKEN).isEmpty(), "still taken once");
        });
        inSession(attributes, () -> assertEquals(1, store.size(), "the original is another copy"));
    }

    @Test
    void restoredStore_stillExpiresAndBounds() {
        Map<String, Object> attributes = new HashMap<>();
        inSession(attributes, () -> {
            for (int i = 0; i < 10; i++) {
                store.save("twitter", new TemporaryCredentials("t" + i, "s" + i, true, null));
            }
        });
        Map<String, Object> restored = deserialize(serialize(attributes));
        inSession(restored, () -> {
            store.save("twitter", new TemporaryCredentials("t10", "s10", true, null)); // settings re-injected: works
            assertEquals(10, store.size(), "max-pending still applies");
            assertTrue(store.take("twitter", "t0").isEmpty(), "the oldest was dropped");
            assertEquals("s10", store.take("twitter", "t10").orElseThrow().tokenSecret());
        });
    }

    /** Measures what one pending login adds to a passivated session (printed, and bounded here). */
    @Test
    void onePendingLogin_costsAFewHundredBytesOfSession() {
        Map<String, Object> empty = new HashMap<>();
        inSession(empty, () -> store.size());
        Map<String, Object> one = new HashMap<>();
        inSession(one, () -> store.save("twitter", TYPICAL));
        Map<String, Object> two = new HashMap<>();
        inSession(two, () -> {
            store.save("twitter", TYPICAL);
            store.save("twitter", new TemporaryCredentials("SecondTokenOfSameShape0123456789abcdefghij0",
                    "SecondSecretOfSameShape0123456789abcdefgh", true,
                    Map.of("authlib_return_to", "/account/settings?tab=profile")));
        });
        int emptySize = serialize(empty).length;
        int oneSize = serialize(one).length;
        int twoSize = serialize(two).length;
        int entryAlone = serialize(new SessionTemporaryCredentialStore.Entry(TYPICAL, 0L)).length;
        System.out.printf("session store serialized: empty %d B, one pending login %d B (+%d), two %d B (+%d for the "
                + "second); one Entry alone %d B%n", emptySize, oneSize, oneSize - emptySize, twoSize,
                twoSize - oneSize, entryAlone);
        assertTrue(twoSize - oneSize < 400, "a further login costs " + (twoSize - oneSize) + " B");
        assertTrue(oneSize < 4096, "one login in a session costs " + oneSize + " B");
    }

    static byte[] serialize(Object o) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    static <T> T deserialize(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (T) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
