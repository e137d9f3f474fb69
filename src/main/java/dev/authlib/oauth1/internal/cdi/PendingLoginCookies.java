package dev.authlib.oauth1.internal.cdi;

import dev.authlib.oauth1.TemporaryCredentials;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The cookie of one pending login. Its name is {@code authlib_o1_} and 16 characters (96 bits) of
 * base64url(SHA-256(client name, token)), so several logins can wait at once. Its value is
 * base64url(version(1) || expiry in epoch milliseconds(8) || sealed credentials); the version and expiry are in clear
 * but authenticated, with the cookie name and the client name, as the sealed box's associated data.
 */
final class PendingLoginCookies {
    static final String PREFIX = "authlib_o1_";
    private static final int NAME_CHARS = 16;
    private static final byte VERSION = 1;
    private static final int HEADER = 1 + Long.BYTES;
    private static final byte[] CONTEXT = "authlib-jakarta pending OAuth 1 login".getBytes(StandardCharsets.US_ASCII);

    /** Credentials opened from a cookie, with the instant they stop being accepted. */
    record Opened(TemporaryCredentials credentials, long expiresAtMillis) {}

    private PendingLoginCookies() {}

    /** The cookie name of the login with this token. */
    static String name(String clientName, String token) {
        return PREFIX + digest(clientName, token).substring(0, NAME_CHARS);
    }

    /** The full digest of client name and token: a fixed-size key naming this login (for the replay guard). */
    static String digest(String clientName, String token) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(clientName.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String seal(SealedBox box, String clientName, String cookieName, TemporaryCredentials credentials,
            long expiresAtMillis) {
        byte[] header = ByteBuffer.allocate(HEADER).put(VERSION).putLong(expiresAtMillis).array();
        byte[] sealed = box.seal(CredentialBytes.write(credentials), associatedData(header, cookieName, clientName));
        byte[] value = Arrays.copyOf(header, HEADER + sealed.length);
        System.arraycopy(sealed, 0, value, HEADER, sealed.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    /** @return the credentials and expiry, or empty if the value was not sealed by us for this name and client */
    static Optional<Opened> open(SealedBox box, String clientName, String cookieName, String value) {
        byte[] bytes = decode(value);
        if (bytes == null || bytes.length <= HEADER || bytes[0] != VERSION) {
            return Optional.empty();
        }
        byte[] header = Arrays.copyOf(bytes, HEADER);
        long expiresAt = ByteBuffer.wrap(header, 1, Long.BYTES).getLong();
        return box.open(Arrays.copyOfRange(bytes, HEADER, bytes.length),
                associatedData(header, cookieName, clientName))
                .flatMap(CredentialBytes::read)
                .map(c -> new Opened(c, expiresAt));
    }

    /**
     * The expiry a value claims, read without authenticating it: only good for choosing which pending login to
     * drop when there are too many.
     *
     * @return the expiry, or {@link Long#MIN_VALUE} if the value is not ours
     */
    static long claimedExpiry(String value) {
        byte[] bytes = decode(value);
        if (bytes == null || bytes.length <= HEADER || bytes[0] != VERSION) {
            return Long.MIN_VALUE;
        }
        return ByteBuffer.wrap(bytes, 1, Long.BYTES).getLong();
    }

    private static byte[] associatedData(byte[] header, String cookieName, String clientName) {
        byte[] name = cookieName.getBytes(StandardCharsets.UTF_8);
        byte[] client = clientName.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(CONTEXT.length + 1 + header.length + 4 + name.length + 4 + client.length)
                .put(CONTEXT).put((byte) 0).put(header)
                .putInt(name.length).put(name)
                .putInt(client.length).put(client)
                .array();
    }

    /** @return the bytes, or null unless the value is canonical unpadded base64url (one spelling per value) */
    private static byte[] decode(String value) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(value);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(value) ? bytes : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
