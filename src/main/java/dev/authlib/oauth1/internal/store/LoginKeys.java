package dev.authlib.oauth1.internal.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Keys naming a pending login by client and token: a digest, so that looking a token up compares no attacker-chosen
 * text with a stored one, and the constant-time comparison of a kept token with a presented one.
 */
final class LoginKeys {
    private LoginKeys() {}

    /** SHA-256 of client name, a zero byte and token, in unpadded base64url (43 characters). */
    static String digest(String clientName, String token) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(clientName.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** Compares in time independent of where the two differ. */
    static boolean sameToken(String kept, String presented) {
        return MessageDigest.isEqual(kept.getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }
}
