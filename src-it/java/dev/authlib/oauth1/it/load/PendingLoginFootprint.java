package dev.authlib.oauth1.it.load;

import dev.authlib.oauth1.TemporaryCredentials;
import dev.authlib.oauth1.internal.store.SessionTemporaryCredentialStore;
import dev.authlib.oauth1.internal.client.ManagedOAuth1Client;
import dev.authlib.oauth1.it.flow.FlowApp;
import jakarta.enterprise.inject.literal.NamedLiteral;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jboss.weld.context.bound.BoundLiteral;
import org.jboss.weld.context.bound.BoundSessionContext;

/**
 * What a pending login costs the HTTP session that holds it, with the default {@link SessionTemporaryCredentialStore}.
 * A session is simulated with Weld's {@link BoundSessionContext} over a plain map: that map holds exactly the
 * attributes Weld would put into an {@code HttpSession}, so its Java serialization is what session replication or
 * passivation writes.
 *
 * <ul>
 *   <li><b>serialized</b>: the session's attributes with the store empty, with 1 and with 10 real pending logins
 *       (started through the library against the provider, each with a {@code next} path, as the built-in login route
 *       stores them);
 *   <li><b>retained</b>: heap used after {@code System.gc()} before and after saving {@code held} pending logins of the
 *       same shape (token and secret lengths, parameters) into one store, divided by {@code held}; the median of three
 *       such measurements.
 * </ul>
 */
final class PendingLoginFootprint {
    /** The measured figures, in bytes. */
    record Figures(int emptySession, int oneLogin, int tenLogins, double retainedPerLogin, int held,
            String shape) {
        double serializedPerLogin() {
            return (tenLogins - oneLogin) / 9.0;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private PendingLoginFootprint() {}

    static Figures measure(FlowApp app, String client, int held) {
        BoundSessionContext sessions = app.bean(BoundSessionContext.class, BoundLiteral.INSTANCE);
        SessionTemporaryCredentialStore store = app.bean(SessionTemporaryCredentialStore.class);
        ManagedOAuth1Client login = app.bean(ManagedOAuth1Client.class, NamedLiteral.of(client));
        URI callback = app.uri("oauth1/" + client + "/authorize");

        Map<String, Object> session = new HashMap<>();
        inSession(sessions, session, store::size); // creates this session's store, empty
        int empty = serializedSize(session);
        int one = 0;
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String next = "/app/load/u0/" + i;
            URI authorize = inSession(sessions, session, () -> login.startLogin(callback, Map.of(), next));
            tokens.add(query(authorize, "oauth_token"));
            if (i == 0) {
                one = serializedSize(session);
            }
        }
        int ten = serializedSize(session);
        TemporaryCredentials shape = inSession(sessions, session,
                () -> store.take(client, tokens.get(0)).orElseThrow());

        double[] retained = new double[3];
        for (int r = 0; r < retained.length; r++) {
            retained[r] = retainedPerLogin(sessions, store, client, shape, held);
        }
        Arrays.sort(retained);
        String description = "token " + shape.token().length() + " chars, secret " + shape.tokenSecret().length()
                + " chars, parameters " + new TreeMap<>(shape.parameters()).keySet();
        inSession(sessions, session, () -> {
            sessions.invalidate();
            return null;
        });
        return new Figures(empty, one, ten, retained[1], held, description);
    }

    /** Heap after GC with {@code held} pending logins in one session's store, less before, per login. */
    private static double retainedPerLogin(BoundSessionContext sessions, SessionTemporaryCredentialStore store,
            String client, TemporaryCredentials shape, int held) {
        Map<String, Object> session = new HashMap<>();
        inSession(sessions, session, store::size);
        long before = usedAfterGc();
        inSession(sessions, session, () -> {
            for (int i = 0; i < held; i++) {
                store.save(client, like(shape));
            }
            return null;
        });
        long after = usedAfterGc();
        int count = inSession(sessions, session, store::size);
        inSession(sessions, session, () -> {
            sessions.invalidate();
            return null;
        });
        if (count != held) {
            throw new IllegalStateException("the store kept " + count + " of " + held
                    + " pending logins: is authlib.oauth.store.max-pending at least " + held + "?");
        }
        return (after - before) / (double) held;
    }

    /** Runs {@code work} with {@code storage} as the current session (on this thread only). */
    private static <T> T inSession(BoundSessionContext sessions, Map<String, Object> storage, Supplier<T> work) {
        sessions.associate(storage);
        sessions.activate();
        try {
            return work.get();
        } finally {
            sessions.deactivate();
            sessions.dissociate(storage);
        }
    }

    /** Temporary credentials of the same shape as {@code real}, with fresh random values. */
    private static TemporaryCredentials like(TemporaryCredentials real) {
        Map<String, String> parameters = new HashMap<>();
        real.parameters().forEach((k, v) -> parameters.put(k, random(v.length())));
        return new TemporaryCredentials(random(real.token().length()), random(real.tokenSecret().length()),
                real.callbackConfirmed(), parameters);
    }

    private static String random(int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static int serializedSize(Map<String, Object> sessionAttributes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new HashMap<>(sessionAttributes));
        } catch (IOException e) {
            throw new UncheckedIOException("the session's attributes do not serialize", e);
        }
        return bytes.size();
    }

    /** Heap used after full collections, repeated until it stops shrinking. */
    private static long usedAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (now >= used) {
                return now;
            }
            used = now;
        }
        return used;
    }

    private static String query(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in " + uri);
    }
}
