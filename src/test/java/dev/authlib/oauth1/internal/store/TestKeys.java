package dev.authlib.oauth1.internal.store;

import java.util.Base64;

/** Deterministic 32-byte test keys (distinct per fill, bytes not all alike, as a real key's are not). */
public final class TestKeys {
    private TestKeys() {}

    public static byte[] key(int fill) {
        byte[] k = new byte[32];
        for (int i = 0; i < k.length; i++) {
            k[i] = (byte) (fill * 31 + i * 7);
        }
        return k;
    }

    /** A configuration value for one key: {@code id:base64}. */
    public static String keyEntry(String id, int fill) {
        return id + ":" + Base64.getEncoder().encodeToString(key(fill));
    }
}
