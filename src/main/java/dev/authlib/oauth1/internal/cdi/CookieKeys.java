package dev.authlib.oauth1.internal.cdi;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads {@code authlib.oauth.store.cookie.keys}: {@code kid1:BASE64,kid0:BASE64}, each key 32 random bytes in
 * base64; the first encrypts, all decrypt. Problems name the key id at most, never echo key material.
 */
final class CookieKeys {
    static final String KEYS = "authlib.oauth.store.cookie.keys";
    static final String GENERATE = "generate a key with `openssl rand -base64 32`";
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private CookieKeys() {}

    /** @return the box, or {@code null} after adding each problem found to {@code problems} */
    static SealedBox parse(String value, List<String> problems) {
        int before = problems.size();
        Map<String, byte[]> keys = new LinkedHashMap<>();
        String[] entries = value == null ? new String[0] : value.split(",", -1);
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].trim();
            String where = KEYS + ": entry " + (i + 1);
            if (entry.isEmpty()) {
                continue; // a stray comma
            }
            int colon = entry.indexOf(':');
            if (colon < 0) {
                problems.add(where + " is not keyId:key (for example k1:<key>; " + GENERATE + ")");
                continue;
            }
            String id = entry.substring(0, colon).trim();
            if (!KEY_ID.matcher(id).matches()) {
                problems.add(where + ": the key id must be 1 to 32 letters, digits, '-' or '_'");
                continue;
            }
            if (keys.containsKey(id)) {
                problems.add(where + ": key id '" + id + "' appears twice");
                continue;
            }
            byte[] key = decode(entry.substring(colon + 1).trim());
            if (key == null) {
                problems.add(where + ": key '" + id + "' is not base64; " + GENERATE);
            } else if (key.length != SealedBox.KEY_BYTES) {
                problems.add(where + ": key '" + id + "' is " + key.length + " bytes, AES-256 needs exactly "
                        + SealedBox.KEY_BYTES + "; " + GENERATE);
            } else {
                keys.put(id, key);
            }
        }
        if (problems.size() == before && keys.isEmpty()) {
            problems.add(KEYS + ": missing; authlib.oauth.store=cookie encrypts pending logins with a server key: "
                    + GENERATE + " and set " + KEYS + "=k1:<that key> (comma-separated keyId:key pairs; the first "
                    + "encrypts, all decrypt, so keys rotate)");
        }
        return problems.size() == before ? new SealedBox(keys, new SecureRandom()) : null;
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
