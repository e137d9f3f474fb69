package dev.authlib.oauth1.signature;

/**
 * The signature methods of RFC 5849 §3.4 and their SHA-2 variants in common use.
 *
 * <p>{@code HMAC-SHA1}, {@code RSA-SHA1} and {@code PLAINTEXT} are defined by RFC 5849 §3.4.2–§3.4.4. The SHA-256
 * and SHA-512 variants follow the same construction with another digest (as oauthlib and Authlib do); some
 * providers require them (NetSuite requires {@code HMAC-SHA256}).
 */
public enum SignatureMethod {
    /** HMAC-SHA1 (RFC 5849 §3.4.2). */
    HMAC_SHA1("HMAC-SHA1", "HmacSHA1"),
    /** HMAC-SHA256: §3.4.2 with SHA-256. */
    HMAC_SHA256("HMAC-SHA256", "HmacSHA256"),
    /** HMAC-SHA512: §3.4.2 with SHA-512. */
    HMAC_SHA512("HMAC-SHA512", "HmacSHA512"),
    /** RSA-SHA1: RSASSA-PKCS1-v1_5 with SHA-1 (RFC 5849 §3.4.3). */
    RSA_SHA1("RSA-SHA1", "SHA1withRSA"),
    /** RSA-SHA256: §3.4.3 with SHA-256. */
    RSA_SHA256("RSA-SHA256", "SHA256withRSA"),
    /** RSA-SHA512: §3.4.3 with SHA-512. */
    RSA_SHA512("RSA-SHA512", "SHA512withRSA"),
    /** PLAINTEXT (RFC 5849 §3.4.4): the signature is the key itself; use over TLS only. */
    PLAINTEXT("PLAINTEXT", null);

    private final String wireName;
    private final String jcaAlgorithm;

    SignatureMethod(String wireName, String jcaAlgorithm) {
        this.wireName = wireName;
        this.jcaAlgorithm = jcaAlgorithm;
    }

    /**
     * The value of the {@code oauth_signature_method} parameter, such as {@code HMAC-SHA1}.
     *
     * @return the name on the wire
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Looks a method up by its {@code oauth_signature_method} value, ignoring case.
     *
     * @param wireName a name such as {@code HMAC-SHA256}
     * @return the method
     * @throws IllegalArgumentException if no method has that name; the message lists the valid names
     */
    public static SignatureMethod fromWireName(String wireName) {
        if (wireName != null) {
            for (SignatureMethod m : values()) {
                if (m.wireName.equalsIgnoreCase(wireName.trim())) {
                    return m;
                }
            }
        }
        throw new IllegalArgumentException("'" + wireName + "' is not one of " + validNames());
    }

    /**
     * The valid wire names, comma-separated, for error messages.
     *
     * @return {@code HMAC-SHA1, HMAC-SHA256, ...}
     */
    public static String validNames() {
        StringBuilder sb = new StringBuilder();
        for (SignatureMethod m : values()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(m.wireName);
        }
        return sb.toString();
    }

    /** @return whether this method signs with an HMAC keyed by the client and token secrets */
    public boolean isHmac() {
        return this == HMAC_SHA1 || this == HMAC_SHA256 || this == HMAC_SHA512;
    }

    /** @return whether this method signs with the client's RSA private key */
    public boolean isRsa() {
        return this == RSA_SHA1 || this == RSA_SHA256 || this == RSA_SHA512;
    }

    String jcaAlgorithm() {
        return jcaAlgorithm;
    }
}
