package dev.authlib.oauth1.quarkus;

import dev.authlib.oauth1.TokenCredentials;
import dev.authlib.oauth1.internal.caller.Caller;
import dev.authlib.oauth1.internal.store.SealedBox;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The caller's session as a cookie value: client, name, roles, token credentials and expiry, sealed with AES-256-GCM
 * under the server keys ({@link SealedBox}, the cookie store's), so the browser can neither read the token nor change
 * a byte. Bound to the cookie's name and the client by the associated data, which no pending-login cookie shares.
 * No Java serialization: only these fields are ever read back.
 */
final class SessionCookie {
    /** Browsers keep at least this much per cookie, name and attributes included (RFC 6265 §6.1). */
    static final int MAX_BYTES = 4096;
    /** Room left for the attributes ({@code Path}, {@code Max-Age}, {@code Secure}, ...). */
    private static final int ATTRIBUTES = 96;
    private static final int FORMAT = 1;
    private static final byte[] CONTEXT = "authlib.oauth1.caller-session".getBytes(StandardCharsets.US_ASCII);

    private SessionCookie() {}

    /** A caller's session until {@code expiresAtMillis}. */
    record Session(Caller caller, long expiresAtMillis) {}

    /**
     * @return the sealed value, without the provider's extra fields if they would not fit; empty if even the caller
     *     alone does not fit in a cookie
     */
    static Optional<String> seal(SealedBox box, String cookieName, Session session) {
        for (boolean withFields : new boolean[] {true, false}) {
            String value = Base64.getUrlEncoder().withoutPadding().encodeToString(box.seal(write(session, withFields),
                    associatedData(cookieName, session.caller().clientName())));
            if (cookieName.length() + 1 + value.length() + ATTRIBUTES <= MAX_BYTES) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** @return the session, or empty unless it was sealed by these keys for this cookie and client, and is live */
    static Optional<Session> open(SealedBox box, String cookieName, String client, String value, long nowMillis) {
        byte[] sealed;
        try {
            sealed = Base64.getUrlDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return box.open(sealed, associatedData(cookieName, client)).flatMap(SessionCookie::read)
                .filter(s -> s.caller().clientName().equals(client) && s.expiresAtMillis() > nowMillis);
    }

    private static byte[] associatedData(String cookieName, String client) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(CONTEXT);
        out.write(0);
        out.writeBytes(cookieName.getBytes(StandardCharsets.UTF_8));
        out.write(0);
        out.writeBytes(client.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] write(Session session, boolean withFields) {
        Caller caller = session.caller();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeLong(session.expiresAtMillis());
            out.writeUTF(caller.clientName());
            out.writeUTF(caller.name());
            out.writeShort(caller.roles().size());
            for (String role : caller.roles()) {
                out.writeUTF(role);
            }
            out.writeUTF(caller.credentials().token());
            out.writeUTF(caller.credentials().tokenSecret());
            Map<String, String> fields = withFields ? new TreeMap<>(caller.credentials().parameters()) : Map.of();
            out.writeShort(fields.size());
            for (Map.Entry<String, String> f : fields.entrySet()) {
                out.writeUTF(f.getKey());
                out.writeUTF(f.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string over 64 KiB: far beyond a cookie anyway
        }
        return bytes.toByteArray();
    }

    private static Optional<Session> read(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readByte() != FORMAT) {
                return Optional.empty();
            }
            long expiresAt = in.readLong();
            String client = in.readUTF();
            String name = in.readUTF();
            List<String> roles = new ArrayList<>();
            for (int n = in.readShort(); n > 0; n--) {
                roles.add(in.readUTF());
            }
            String token = in.readUTF();
            String secret = in.readUTF();
            Map<String, String> fields = new TreeMap<>();
            for (int n = in.readShort(); n > 0; n--) {
                fields.put(in.readUTF(), in.readUTF());
            }
            return Optional.of(new Session(new Caller(client, name, roles, new TokenCredentials(token, secret,
                    fields)), expiresAt));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // authenticated, yet not ours: another format
        }
    }
}
