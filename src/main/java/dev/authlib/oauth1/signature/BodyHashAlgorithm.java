package dev.authlib.oauth1.signature;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Digest of the {@code oauth_body_hash} parameter (OAuth Request Body Hash extension), which protects a request
 * body that is not form-encoded and therefore not covered by the signature base string.
 */
public enum BodyHashAlgorithm {
    /** SHA-1, as the extension specifies for HMAC-SHA1 and RSA-SHA1. */
    SHA_1("SHA-1"),
    /** SHA-256, used with the SHA-256 signature methods. */
    SHA_256("SHA-256");

    private final String jcaName;

    BodyHashAlgorithm(String jcaName) {
        this.jcaName = jcaName;
    }

    String jcaName() {
        return jcaName;
    }

    /** The {@code oauth_body_hash} of a body: its digest in base64. */
    String hash(byte[] body) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance(jcaName).digest(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("digest " + jcaName + " unavailable", e);
        }
    }
}
