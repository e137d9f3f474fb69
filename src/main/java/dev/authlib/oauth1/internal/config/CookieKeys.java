package dev.authlib.oauth1.internal.config;

import dev.authlib.oauth1.internal.Messages;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the stores' server keys ({@code authlib.oauth.store.cookie.keys}, {@code authlib.oauth.store.jcache.keys}):
 * {@code kid1:BASE64,kid0:BASE64}, each key 32 random bytes in base64; the first seals or signs, all open or verify.
 * Problems name the key id at most, never echo key material.
 */
final class CookieKeys {
    /** AES-256. */
    static final int KEY_BYTES = 32;
    private static final int MAX_ID = 32;

    private CookieKeys() {}

    /** {@link #parse(String, String, Problems, String)} for {@code authlib.oauth.store.cookie.keys}. */
    static Map<String, byte[]> parse(String value, Problems problems) {
        return parse(ConfigKeys.COOKIE_KEYS, value, problems, Messages.cookieKeysMissing(ConfigKeys.COOKIE_KEYS));
    }

    /**
     * @param key the property read
     * @param missing the problem to report when no key is set
     * @return key id to key, in order; empty after adding each problem found to {@code problems}
     */
    static Map<String, byte[]> parse(String key, String value, Problems problems, String missing) {
        int before = problems.count();
        Map<String, byte[]> keys = new LinkedHashMap<>();
        String[] entries = value == null ? new String[0] : value.split(",", -1);
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].trim();
            int number = i + 1;
            if (entry.isEmpty()) {
                continue; // a stray comma
            }
            int colon = entry.indexOf(':');
            if (colon < 0) {
                problems.add(Messages.cookieKeyNotPair(key, number));
                continue;
            }
            String id = entry.substring(0, colon).trim();
            if (!isKeyId(id)) {
                problems.add(Messages.cookieKeyIdInvalid(key, number));
                continue;
            }
            if (keys.containsKey(id)) {
                problems.add(Messages.cookieKeyIdTwice(key, number, id));
                continue;
            }
            byte[] bytes = decode(entry.substring(colon + 1).trim());
            if (bytes == null) {
                problems.add(Messages.cookieKeyNotBase64(key, number, id));
            } else if (bytes.length != KEY_BYTES) {
                problems.add(Messages.cookieKeyLength(key, number, id, bytes.length, KEY_BYTES));
            } else if (isConstant(bytes)) {
                problems.add(Messages.cookieKeyNotRandom(key, number, id));
            } else {
                keys.put(id, bytes);
            }
        }
        if (problems.count() == before && keys.isEmpty()) {
            problems.addMissingSecret(missing);
        }
        return problems.count() == before ? keys : Map.of();
    }

    private static boolean isKeyId(String id) {
        if (id.isEmpty() || id.length() > MAX_ID) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_'))) {
                return false;
            }
        }
        return true;
    }

    /** All bytes alike (all zero, say): a placeholder, not a random key. */
    private static boolean isConstant(byte[] key) {
        for (byte b : key) {
            if (b != key[0]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] decode(String base64) {
        if (base64.isEmpty()) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            try {
                return Base64.getUrlDecoder().decode(base64);
            } catch (IllegalArgumentException e2) {
                return null;
            }
        }
    }
}
