package dev.authlib.oauth1.internal.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Authenticated encryption of small values under named server keys: AES-256-GCM (NIST SP 800-38D) with a fresh
 * random 96-bit IV per value and a 128-bit tag. JDK only.
 *
 * <p>The first key seals, every key opens: rotate by adding a new first key, and remove the old one once the values
 * it sealed have expired. The sealed form is {@code idLength(1) || keyId (ASCII) || iv(12) || ciphertext || tag(16)};
 * the key id is authenticated together with the caller's associated data, so a value cannot be relabelled or moved
 * to another context. Opening never says why it failed: unknown key, wrong context and tampering all give empty.
 *
 * <p>Public for the library's Quarkus module, whose login session cookie is sealed with the same keys (its own
 * associated data keeps the two kinds of value apart).
 */
public final class SealedBox {
    static final int KEY_BYTES = 32;
    static final int IV_BYTES = 12;
    static final int TAG_BYTES = 16;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private final Map<String, SecretKey> keys;
    private final String sealingId;
    private final SecureRandom random;

    /**
     * @param keys key id to 32-byte key, the first one seals; ids are 1 to 255 ASCII characters
     * @param random the IV source ({@link SecureRandom} in production, a seeded one in tests)
     */
    public SealedBox(Map<String, byte[]> keys, SecureRandom random) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no key");
        }
        Map<String, SecretKey> k = new LinkedHashMap<>();
        keys.forEach((id, key) -> {
            if (id.isEmpty() || id.length() > 255 || !StandardCharsets.US_ASCII.newEncoder().canEncode(id)) {
                throw new IllegalArgumentException("a key id must be 1 to 255 ASCII characters");
            }
            if (key.length != KEY_BYTES) {
                throw new IllegalArgumentException("key '" + id + "' is not " + KEY_BYTES + " bytes");
            }
            k.put(id, new SecretKeySpec(key, "AES"));
        });
        this.keys = Collections.unmodifiableMap(k);
        this.sealingId = k.keySet().iterator().next();
        this.random = random;
    }

    /** Encrypts and authenticates {@code plaintext}, binding it to {@code associatedData} (not encrypted). */
    public byte[] seal(byte[] plaintext, byte[] associatedData) {
        byte[] id = sealingId.getBytes(StandardCharsets.US_ASCII);
        int header = 1 + id.length;
        byte[] out = new byte[header + IV_BYTES + plaintext.length + TAG_BYTES];
        out[0] = (byte) id.length;
        System.arraycopy(id, 0, out, 1, id.length);
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv); // random IVs: SP 800-38D §8.3 allows 2^32 values per key, rotate well before
        System.arraycopy(iv, 0, out, header, IV_BYTES);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(sealingId), new GCMParameterSpec(TAG_BYTES * 8, out, header,
                    IV_BYTES));
            cipher.updateAAD(out, 0, header);
            cipher.updateAAD(associatedData);
            cipher.doFinal(plaintext, 0, plaintext.length, out, header + IV_BYTES);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** @return the plaintext, or empty if the key id is unknown, the data differ, or anything was altered */
    public Optional<byte[]> open(byte[] sealed, byte[] associatedData) {
        if (sealed.length < 1) {
            return Optional.empty();
        }
        int header = 1 + (sealed[0] & 0xFF);
        if (header == 1 || sealed.length < header + IV_BYTES + TAG_BYTES) {
            return Optional.empty();
        }
        SecretKey key = keys.get(new String(sealed, 1, header - 1, StandardCharsets.US_ASCII));
        if (key == null) {
            return Optional.empty();
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, sealed, header, IV_BYTES));
            cipher.updateAAD(sealed, 0, header);
            cipher.updateAAD(associatedData);
            int offset = header + IV_BYTES;
            return Optional.of(cipher.doFinal(sealed, offset, sealed.length - offset));
        } catch (GeneralSecurityException e) {
            return Optional.empty(); // AEADBadTagException: altered, or sealed for another context
        }
    }

    /** Shows the key ids, never a key. */
    @Override
    public String toString() {
        return "SealedBox[AES-256-GCM, keys=" + keys.keySet() + ", sealing=" + sealingId + "]";
    }
}
