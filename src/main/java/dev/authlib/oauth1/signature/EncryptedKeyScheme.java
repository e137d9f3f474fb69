package dev.authlib.oauth1.signature;

import java.math.BigInteger;

/**
 * Judges the protection of an encrypted PKCS#8 key (RFC 5958 {@code EncryptedPrivateKeyInfo}) before it is opened:
 * only PBES2 (RFC 8018 §6.2) with PBKDF2 of at least {@value #MIN_ITERATIONS} iterations and an AES cipher is
 * accepted. PBES1 (§6.1: DES or RC2) and the PKCS#12 schemes (RC4, RC2, 3DES) are refused, as is PBES2 over DES,
 * 3DES or RC2. Reads just enough DER for that; anything it cannot read is left to the JDK's own parser.
 */
final class EncryptedKeyScheme {
    /** RFC 8018 §4.2 recommends at least 1,000; OpenSSL writes 2,048 by default. */
    static final int MIN_ITERATIONS = 1000;
    private static final String PKCS5 = "1.2.840.113549.1.5.";
    private static final String PBES2 = PKCS5 + "13";
    private static final String PBKDF2 = PKCS5 + "12";
    /** pbeWith{MD2,MD5,SHA1}And{DES,RC2}-CBC (RFC 8018 Appendix A.3). */
    private static final java.util.Set<String> PBES1 = java.util.Set.of(PKCS5 + "1", PKCS5 + "3", PKCS5 + "4",
            PKCS5 + "6", PKCS5 + "10", PKCS5 + "11");
    private static final String PKCS12_PBE = "1.2.840.113549.1.12.1.";
    private static final String AES = "2.16.840.1.101.3.4.1.";

    private final byte[] der;
    private int i;

    private EncryptedKeyScheme(byte[] der) {
        this.der = der;
    }

    /**
     * @param der an {@code EncryptedPrivateKeyInfo}
     * @return why its protection is refused ("with PBES1 (DES or RC2)", ...), or null if it is acceptable or cannot be
     *     read here
     */
    static String refusal(byte[] der) {
        try {
            return new EncryptedKeyScheme(der).judge();
        } catch (RuntimeException e) {
            return null; // not DER we can read: the JDK's parser reports it
        }
    }

    private String judge() {
        enter(0x30); // EncryptedPrivateKeyInfo
        enter(0x30); // AlgorithmIdentifier
        String scheme = oid();
        if (scheme.startsWith(PKCS12_PBE)) {
            return "with a PKCS#12 scheme (RC4, RC2 or 3DES, all weak)";
        }
        if (PBES1.contains(scheme)) {
            return "with PBES1 (DES or RC2, both broken)";
        }
        if (!scheme.equals(PBES2)) {
            return null;
        }
        enter(0x30); // PBES2-params
        enter(0x30); // keyDerivationFunc
        if (!oid().equals(PBKDF2)) {
            return null; // another key derivation: left to the JDK
        }
        int kdfParams = enter(0x30);
        int afterKdf = i + kdfParams;
        skip(0x04); // salt (a specified salt, the only kind RFC 8018 defines)
        BigInteger iterations = integer();
        if (iterations.compareTo(BigInteger.valueOf(MIN_ITERATIONS)) < 0) {
            return "with only " + iterations + " PBKDF2 iteration" + (iterations.equals(BigInteger.ONE) ? "" : "s")
                    + " (at least " + MIN_ITERATIONS + " are required)";
        }
        i = afterKdf;
        enter(0x30); // encryptionScheme
        String cipher = oid();
        if (!cipher.startsWith(AES)) {
            return "with a cipher other than AES (" + cipherName(cipher) + ")";
        }
        return null;
    }

    private static String cipherName(String oid) {
        switch (oid) {
            case "1.3.14.3.2.7":
                return "DES";
            case "1.2.840.113549.3.7":
                return "3DES";
            case "1.2.840.113549.3.2":
                return "RC2";
            default:
                return "OID " + oid;
        }
    }

    /** Reads a tag and length, stays inside the value; returns its length. */
    private int enter(int tag) {
        if ((der[i++] & 0xFF) != tag) {
            throw new IllegalArgumentException("unexpected tag");
        }
        return length();
    }

    private void skip(int tag) {
        int n = enter(tag);
        i += n;
    }

    private BigInteger integer() {
        int n = enter(0x02);
        if (n < 1 || n > 8) {
            throw new IllegalArgumentException("unexpected integer");
        }
        byte[] v = new byte[n];
        System.arraycopy(der, i, v, 0, n);
        i += n;
        return new BigInteger(v);
    }

    private int length() {
        int first = der[i++] & 0xFF;
        if (first < 0x80) {
            return first;
        }
        int bytes = first & 0x7F;
        if (bytes < 1 || bytes > 3) {
            throw new IllegalArgumentException("unexpected length");
        }
        int n = 0;
        for (int k = 0; k < bytes; k++) {
            n = (n << 8) | (der[i++] & 0xFF);
        }
        return n;
    }

    /** An OBJECT IDENTIFIER in dotted form (X.690 §8.19). */
    private String oid() {
        int n = enter(0x06);
        int end = i + n;
        StringBuilder sb = new StringBuilder();
        long value = 0;
        boolean first = true;
        while (i < end) {
            int b = der[i++] & 0xFF;
            value = (value << 7) | (b & 0x7F);
            if ((b & 0x80) == 0) {
                if (first) {
                    int arc = (int) Math.min(2, value / 40);
                    sb.append(arc).append('.').append(value - 40L * arc);
                    first = false;
                } else {
                    sb.append('.').append(value);
                }
                value = 0;
            }
        }
        return sb.toString();
    }
}
