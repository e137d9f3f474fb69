package dev.authlib.oauth1.internal.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Browser ids that this server issued, and only those: 128 random bits followed by a 128-bit tag, HMAC-SHA256
 * (RFC 2104) of them under a key derived from a server key, in unpadded base64url (43 characters). An id that
 * another party chose, or one signed by no current key, does not verify: the stores ignore it and issue a new one
 * (a login bound to a planted id would be the planter's). Every key verifies, the first signs, so keys rotate.
 * Thread-safe.
 */
final class BrowserIds {
    static final int RANDOM_BYTES = 16;
    static final int TAG_BYTES = 16;
    static final int ID_CHARS = 43; // unpadded base64url of 32 bytes
    private static final byte[] LABEL = "authlib-jakarta browser id".getBytes(StandardCharsets.US_ASCII);

    private final List<SecretKeySpec> keys = new ArrayList<>();

    /** @param serverKeys the store's server keys, the one that signs first */
    BrowserIds(Collection<byte[]> serverKeys) {
        for (byte[] k : serverKeys) {
            keys.add(new SecretKeySpec(hmac(new SecretKeySpec(k, "HmacSHA256"), LABEL), "HmacSHA256"));
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException("no server key: deployment checks that there is one");
        }
    }

    /** A new id: fresh random bits, tagged with the first key. */
    String mint(SecureRandom random) {
        byte[] id = new byte[RANDOM_BYTES + TAG_BYTES];
        random.nextBytes(id);
        System.arraycopy(tag(keys.get(0), Arrays.copyOf(id, RANDOM_BYTES)), 0, id, RANDOM_BYTES, TAG_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    }

    /** @return the id's random bits if this server issued it (any current key), else empty */
    Optional<byte[]> verify(String id) {
        if (id == null || id.length() != ID_CHARS) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length != RANDOM_BYTES + TAG_BYTES
                || !Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(id)) {
            return Optional.empty(); // one spelling per id
        }
        byte[] random = Arrays.copyOf(bytes, RANDOM_BYTES);
        byte[] presented = Arrays.copyOfRange(bytes, RANDOM_BYTES, bytes.length);
        boolean issued = false;
        for (SecretKeySpec key : keys) {
            issued |= MessageDigest.isEqual(tag(key, random), presented); // every key tried: no early exit
        }
        return issued ? Optional.of(random) : Optional.empty();
    }

    private static byte[] tag(SecretKeySpec key, byte[] random) {
        return Arrays.copyOf(hmac(key, random), TAG_BYTES);
    }

    private static byte[] hmac(SecretKeySpec key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "BrowserIds[" + keys.size() + " keys]";
    }
}
