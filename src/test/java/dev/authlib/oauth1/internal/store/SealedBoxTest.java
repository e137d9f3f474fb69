package dev.authlib.oauth1.internal.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** AES-256-GCM under named keys: what opens, and everything that must not. */
class SealedBoxTest {
    static final byte[] PLAIN = "token secret and return path".getBytes(StandardCharsets.UTF_8);
    static final byte[] AAD = "authlib_o1_abc|twitter".getBytes(StandardCharsets.UTF_8);

    static byte[] key(int fill) {
        return TestKeys.key(fill);
    }

    /** A configuration value for one key: {@code id:base64}. */
    static String keyEntry(String id, int fill) {
        return TestKeys.keyEntry(id, fill);
    }

    static SealedBox box(Object... idsAndFills) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (int i = 0; i < idsAndFills.length; i += 2) {
            keys.put((String) idsAndFills[i], key((Integer) idsAndFills[i + 1]));
        }
        return new SealedBox(keys, new SecureRandom());
    }

    @Test
    void sealedValue_opensToThePlaintext() {
        SealedBox box = box("k1", 1);
        assertArrayEquals(PLAIN, box.open(box.seal(PLAIN, AAD), AAD).orElseThrow());
    }

    @Test
    void sealedValue_showsNeitherPlaintextNorKey() {
        byte[] sealed = box("k1", 1).seal(PLAIN, AAD);
        assertEquals(1 + 2 + SealedBox.IV_BYTES + PLAIN.length + SealedBox.TAG_BYTES, sealed.length);
        String text = new String(sealed, StandardCharsets.ISO_8859_1);
        assertFalse(text.contains("secret"));
    }

    @Test
    void anyBitFlipped_opensToEmpty() {
        SealedBox box = box("k1", 1);
        byte[] sealed = box.seal(PLAIN, AAD);
        for (int bit = 0; bit < sealed.length * 8; bit++) {
            byte[] tampered = sealed.clone();
            tampered[bit / 8] ^= (byte) (1 << (bit % 8));
            assertTrue(box.open(tampered, AAD).isEmpty(), "bit " + bit);
        }
    }

    @Test
    void truncatedOrExtended_opensToEmpty() {
        SealedBox box = box("k1", 1);
        byte[] sealed = box.seal(PLAIN, AAD);
        for (int len = 0; len < sealed.length; len++) {
            assertTrue(box.open(Arrays.copyOf(sealed, len), AAD).isEmpty(), "length " + len);
        }
        assertTrue(box.open(Arrays.copyOf(sealed, sealed.length + 1), AAD).isEmpty());
    }

    @Test
    void otherAssociatedData_opensToEmpty() {
        SealedBox box = box("k1", 1);
        byte[] sealed = box.seal(PLAIN, AAD);
        assertTrue(box.open(sealed, "authlib_o1_abd|twitter".getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertTrue(box.open(sealed, new byte[0]).isEmpty());
    }

    @Test
    void unknownKeyId_opensToEmpty() {
        byte[] sealed = box("k1", 1).seal(PLAIN, AAD);
        assertTrue(box("k2", 1).open(sealed, AAD).isEmpty(), "same key under another id");
        assertTrue(box("k1", 2).open(sealed, AAD).isEmpty(), "same id, another key");
    }

    @Test
    void rotation_newFirstKeySeals_oldKeyStillOpens_thenRetires() {
        SealedBox before = box("k0", 7);
        byte[] old = before.seal(PLAIN, AAD);
        SealedBox rotated = box("k1", 8, "k0", 7);
        assertArrayEquals(PLAIN, rotated.open(old, AAD).orElseThrow(), "values sealed before the rotation");
        byte[] fresh = rotated.seal(PLAIN, AAD);
        assertEquals("k1", new String(fresh, 1, fresh[0], StandardCharsets.US_ASCII));
        assertTrue(before.open(fresh, AAD).isEmpty(), "a node without the new key cannot open it");
        SealedBox retired = box("k1", 8);
        assertTrue(retired.open(old, AAD).isEmpty());
        assertArrayEquals(PLAIN, retired.open(fresh, AAD).orElseThrow());
    }

    @Test
    void eachSeal_usesAFreshIv() {
        SealedBox box = box("k1", 1);
        byte[] a = box.seal(PLAIN, AAD);
        byte[] b = box.seal(PLAIN, AAD);
        assertFalse(Arrays.equals(Arrays.copyOfRange(a, 3, 3 + SealedBox.IV_BYTES),
                Arrays.copyOfRange(b, 3, 3 + SealedBox.IV_BYTES)));
    }

    @Test
    void keysOfTheWrongSize_areRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SealedBox(Map.of("k", new byte[16]),
                new SecureRandom()));
        assertThrows(IllegalArgumentException.class, () -> new SealedBox(Map.of(), new SecureRandom()));
    }

    @Test
    void toString_namesKeyIdsOnly() {
        String s = box("k1", 1, "k0", 2).toString();
        assertEquals("SealedBox[AES-256-GCM, keys=[k1, k0], sealing=k1]", s);
    }
}
