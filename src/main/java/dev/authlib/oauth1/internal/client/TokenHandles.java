package dev.authlib.oauth1.internal.client;

import dev.authlib.oauth1.TokenCredentials;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per-call token credentials of a typed REST client: a parameter
 * {@code @HeaderParam(OAuth1Signed.TOKEN_HEADER) TokenCredentials token} becomes, through this converter, an opaque
 * single-use handle in that header, which {@link ApiCallFilter} takes back (removing the header) when it signs. The
 * header never holds the token or its secret: a client without the filter would send a meaningless id.
 *
 * <p>A handle whose call never reached the filter (another filter aborted it) is forgotten after
 * {@link #LIFETIME_NANOS}. Thread-safe; one instance serves every client.
 */
public final class TokenHandles implements ParamConverterProvider {
    /** The one instance: handles must be found by every client's filter. */
    public static final TokenHandles INSTANCE = new TokenHandles();
    /** How long a handle waits for its call to be signed (a {@code Uni} may be subscribed to later). */
    static final long LIFETIME_NANOS = TimeUnit.MINUTES.toNanos(10);
    private static final int SWEEP_ABOVE = 1024;

    private record Held(TokenCredentials token, long since) {}

    private final ConcurrentHashMap<String, Held> held = new ConcurrentHashMap<>();
    /** Unique per class loader, so that a handle cannot be taken for one of another application. */
    private final String prefix;
    private final AtomicLong counter = new AtomicLong();
    private volatile long nextSweep = System.nanoTime();

    private final ParamConverter<TokenCredentials> converter = new ParamConverter<>() {
        @Override
        public TokenCredentials fromString(String value) {
            return null; // a client-side parameter only: a server never receives the handle
        }

        @Override
        public String toString(TokenCredentials token) {
            return token == null ? null : handOut(token);
        }
    };

    private TokenHandles() {
        byte[] salt = new byte[6];
        new SecureRandom().nextBytes(salt);
        prefix = "authlib-h-" + HexFormat.of().formatHex(salt) + "-";
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == TokenCredentials.class ? (ParamConverter<T>) converter : null;
    }

    /** @return a new handle for these credentials, good for one {@link #take}. */
    String handOut(TokenCredentials token) {
        long now = System.nanoTime();
        if (held.size() > SWEEP_ABOVE && now - nextSweep > 0) {
            nextSweep = now + TimeUnit.SECONDS.toNanos(1);
            held.values().removeIf(h -> now - h.since > LIFETIME_NANOS);
        }
        String handle = prefix + Long.toHexString(counter.incrementAndGet());
        held.put(handle, new Held(token, now));
        return handle;
    }

    /** @return the credentials of this handle, once; {@code null} for a handle unknown, taken or expired */
    TokenCredentials take(String handle) {
        Held h = held.remove(handle);
        return h == null || System.nanoTime() - h.since > LIFETIME_NANOS ? null : h.token;
    }

    /** @return how many handles wait for their call (for tests) */
    int waiting() {
        return held.size();
    }
}
