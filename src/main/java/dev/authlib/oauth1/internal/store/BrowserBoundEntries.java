package dev.authlib.oauth1.internal.store;

import dev.authlib.oauth1.TemporaryCredentials;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pending logins kept in a shared cache under a browser's opaque id (the 128 random bits of a {@link BrowserIds}
 * id, only in that browser's cookie). Both the cache key and the value's key are derived from the id with HMAC-SHA256 (RFC 2104), so the cache
 * alone neither finds nor opens a login: the key is HMAC(id, client, token) in base64url, the value is the
 * {@link SealedEntries sealed entry} under HMAC(id, label), with version, expiry, cache key and client authenticated.
 */
final class BrowserBoundEntries {
    private static final byte[] KEY_LABEL = "authlib-jakarta pending login key".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] INDEX_LABEL = "authlib-jakarta pending login index".getBytes(
            StandardCharsets.US_ASCII);
    private static final byte[] VALUE_LABEL = "authlib-jakarta pending login value".getBytes(
            StandardCharsets.US_ASCII);

    private BrowserBoundEntries() {}

    /** The cache key of this browser's {@link BrowserIndex index} of its pending logins. */
    static String indexKey(byte[] id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(id, INDEX_LABEL));
    }

    /** The cache key of this browser's login with {@code token} at {@code clientName}. */
    static String cacheKey(byte[] id, String clientName, String token) {
        byte[] client = clientName.getBytes(StandardCharsets.UTF_8);
        byte[] t = token.getBytes(StandardCharsets.UTF_8);
        byte[] mac = hmac(id, ByteBuffer.allocate(KEY_LABEL.length + 4 + client.length + 4 + t.length)
                .put(KEY_LABEL).putInt(client.length).put(client).putInt(t.length).put(t).array());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac);
    }

    static byte[] seal(byte[] id, String clientName, String cacheKey, TemporaryCredentials credentials,
            long expiresAtMillis, SecureRandom random) {
        return SealedEntries.seal(box(id, random), credentials, expiresAtMillis,
                header -> associatedData(header, cacheKey, clientName));
    }

    /** @return the credentials and expiry, or empty if the value was not sealed for this browser, key and client */
    static Optional<SealedEntries.Opened> open(byte[] id, String clientName, String cacheKey, byte[] value) {
        return SealedEntries.open(box(id, null), value, header -> associatedData(header, cacheKey, clientName));
    }

    private static SealedBox box(byte[] id, SecureRandom random) {
        return new SealedBox(Map.of("b", hmac(id, VALUE_LABEL)), random);
    }

    private static byte[] associatedData(byte[] header, String cacheKey, String clientName) {
        byte[] key = cacheKey.getBytes(StandardCharsets.US_ASCII);
        byte[] client = clientName.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(header.length + 4 + key.length + 4 + client.length)
                .put(header).putInt(key.length).put(key).putInt(client.length).put(client).array();
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
