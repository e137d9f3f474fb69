package dev.authlib.oauth1.signature;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Reads the RSA keys of the RSA signature methods (RFC 5849 §3.4.3): a private key in PEM (PKCS#8
 * {@code BEGIN PRIVATE KEY}, PKCS#1 {@code BEGIN RSA PRIVATE KEY}, or password-encrypted PKCS#8
 * {@code BEGIN ENCRYPTED PRIVATE KEY}) or in DER, and a public key ({@code BEGIN PUBLIC KEY}) for verifiers.
 *
 * <p>Keys under 2048 bits are refused, and so are encrypted keys protected by DES, RC2, 3DES or RC4 (PBES1 and the
 * PKCS#12 schemes) or by fewer than 1,000 PBKDF2 iterations: PBES2 with AES (RFC 8018 §6.2) only. Error messages
 * describe what was expected and never echo the key material.
 */
public final class RsaKeys {
    private static final String PKCS8 = "PRIVATE KEY";
    private static final String PKCS1 = "RSA PRIVATE KEY";
    private static final String ENCRYPTED = "ENCRYPTED PRIVATE KEY";
    /** The smallest modulus accepted for signing. */
    static final int MIN_BITS = 2048;
    private static final byte[] RSA_ALGORITHM_ID = {
        0x30, 0x0D, 0x06, 0x09, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D, 0x01, 0x01, 0x01, 0x05, 0x00
    };

    private RsaKeys() {}

    /**
     * Reads an unencrypted private key from PEM text (PKCS#8 or PKCS#1).
     *
     * @param pem the PEM text, armour lines included
     * @return the key
     * @throws IllegalArgumentException if the text is not such a key (an encrypted key needs {@link
     *     #privateKey(String, char[])})
     */
    public static PrivateKey privateKey(String pem) {
        return privateKey(pem, null);
    }

    /**
     * Reads a private key from PEM text: PKCS#8, PKCS#1, or PKCS#8 encrypted with a password (PBES2 or PBES1).
     *
     * @param pem the PEM text
     * @param password the password of an encrypted key; ignored for unencrypted keys
     * @return the key
     * @throws IllegalArgumentException if the text is not such a key or the password is wrong
     */
    public static PrivateKey privateKey(String pem, char[] password) {
        if (pem == null) {
            throw new IllegalArgumentException("no RSA private key given");
        }
        String label = label(pem);
        if (label == null) {
            throw new IllegalArgumentException("not a PEM RSA private key: expected a '-----BEGIN PRIVATE KEY-----', "
                    + "'-----BEGIN RSA PRIVATE KEY-----' or '-----BEGIN ENCRYPTED PRIVATE KEY-----' block");
        }
        switch (label) {
            case PKCS8:
                return pkcs8(body(pem, label));
            case PKCS1:
                return pkcs8(wrapPkcs1(body(pem, label)));
            case ENCRYPTED:
                return decrypt(body(pem, label), password);
            default:
                throw new IllegalArgumentException(shownLabel(label) + " is not an RSA private key");
        }
    }

    /**
     * Reads a private key in DER: PKCS#8 or PKCS#1.
     *
     * @param der the encoded key
     * @return the key
     * @throws IllegalArgumentException if the bytes are neither
     */
    public static PrivateKey privateKey(byte[] der) {
        PrivateKey key;
        try {
            key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException notPkcs8) {
            try {
                key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(wrapPkcs1(der)));
            } catch (GeneralSecurityException | RuntimeException e) {
                throw new IllegalArgumentException("not a DER RSA private key (PKCS#8 or PKCS#1)");
            }
        }
        return strongEnough(key);
    }

    /**
     * Reads an RSA public key from PEM ({@code BEGIN PUBLIC KEY}, X.509 SubjectPublicKeyInfo).
     *
     * @param pem the PEM text
     * @return the key
     * @throws IllegalArgumentException if the text is not such a key
     */
    public static PublicKey publicKey(String pem) {
        if (pem == null || !"PUBLIC KEY".equals(label(pem))) {
            throw new IllegalArgumentException("not a PEM RSA public key: expected '-----BEGIN PUBLIC KEY-----'");
        }
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(body(pem, "PUBLIC KEY")));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a valid RSA public key: " + e.getClass().getSimpleName());
        }
    }

    /**
     * Whether a text looks like PEM (holds a {@code -----BEGIN} line), as opposed to a file path.
     *
     * @param text the configured value
     * @return {@code true} for inline PEM
     */
    public static boolean isPem(String text) {
        return text != null && text.contains("-----BEGIN ");
    }

    private static PrivateKey pkcs8(byte[] der) {
        PrivateKey key;
        try {
            key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a valid RSA private key: " + e.getClass().getSimpleName());
        }
        return strongEnough(key);
    }

    /** Refuses moduli under {@value #MIN_BITS} bits (NIST SP 800-131A: 1024-bit RSA is disallowed for signing). */
    private static PrivateKey strongEnough(PrivateKey key) {
        if (key instanceof RSAKey) {
            int bits = ((RSAKey) key).getModulus().bitLength();
            if (bits < MIN_BITS) {
                throw new IllegalArgumentException("the RSA key has " + bits + " bits, at least " + MIN_BITS
                        + " are required (NIST SP 800-131A): generate a new one, e.g. 'openssl genpkey -algorithm "
                        + "RSA -pkeyopt rsa_keygen_bits:3072', and register its public key with the provider");
            }
        }
        return key;
    }

    private static PrivateKey decrypt(byte[] der, char[] password) {
        String weak = EncryptedKeyScheme.refusal(der);
        if (weak != null) {
            throw new IllegalArgumentException("the RSA private key is encrypted " + weak + ": re-encrypt it, e.g. "
                    + "'openssl pkcs8 -topk8 -v2 aes-256-cbc -iter 100000 -in old.pem -out new.pem'");
        }
        if (password == null) {
            throw new IllegalArgumentException("the RSA private key is encrypted: a password is required");
        }
        try {
            EncryptedPrivateKeyInfo info = new EncryptedPrivateKeyInfo(der);
            AlgorithmParameters params = info.getAlgParameters();
            // PBES2 (what 'openssl pkcs8 -topk8' writes) is no JCA name: its parameters name the scheme, such as
            // PBEWithHmacSHA256AndAES_256, and the cipher needs them (salt, iterations, IV)
            String algorithm = params != null && "PBES2".equals(params.getAlgorithm()) ? params.toString()
                    : info.getAlgName();
            SecretKeyFactory factory = SecretKeyFactory.getInstance(algorithm);
            PBEKeySpec spec = new PBEKeySpec(password);
            try {
                Cipher cipher = Cipher.getInstance(algorithm);
                cipher.init(Cipher.DECRYPT_MODE, factory.generateSecret(spec), params);
                return pkcs8(info.getKeySpec(cipher).getEncoded());
            } finally {
                spec.clearPassword();
            }
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalArgumentException("cannot decrypt the RSA private key (wrong password or unsupported "
                    + "encryption): " + e.getClass().getSimpleName());
        }
    }

    /** Wraps a PKCS#1 RSAPrivateKey in a PKCS#8 PrivateKeyInfo with the rsaEncryption algorithm. */
    private static byte[] wrapPkcs1(byte[] pkcs1) {
        ByteArrayOutputStream inner = new ByteArrayOutputStream(pkcs1.length + 32);
        inner.write(0x02);
        inner.write(0x01);
        inner.write(0x00); // version 0
        inner.writeBytes(RSA_ALGORITHM_ID);
        inner.write(0x04); // OCTET STRING
        writeLength(inner, pkcs1.length);
        inner.writeBytes(pkcs1);
        ByteArrayOutputStream outer = new ByteArrayOutputStream(inner.size() + 8);
        outer.write(0x30); // SEQUENCE
        writeLength(outer, inner.size());
        outer.writeBytes(inner.toByteArray());
        return outer.toByteArray();
    }

    private static void writeLength(ByteArrayOutputStream out, int length) {
        if (length < 0x80) {
            out.write(length);
        } else if (length < 0x100) {
            out.write(0x81);
            out.write(length);
        } else if (length < 0x10000) {
            out.write(0x82);
            out.write(length >> 8);
            out.write(length & 0xFF);
        } else {
            out.write(0x83);
            out.write(length >> 16);
            out.write((length >> 8) & 0xFF);
            out.write(length & 0xFF);
        }
    }

    private static String label(String pem) {
        int begin = pem.indexOf("-----BEGIN ");
        if (begin < 0) {
            return null;
        }
        int end = pem.indexOf("-----", begin + 11);
        return end < 0 ? null : pem.substring(begin + 11, end).trim();
    }

    /** The label as a message may show it: only a known one, or one that looks like a label (no key material). */
    private static String shownLabel(String label) {
        if (label.length() > 40) {
            return "the PEM block";
        }
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && c != ' ') {
                return "the PEM block";
            }
        }
        return "PEM block '" + label + "'";
    }

    private static byte[] body(String pem, String label) {
        String beginLine = "-----BEGIN " + label + "-----";
        String endLine = "-----END " + label + "-----";
        int start = pem.indexOf(beginLine);
        int end = start < 0 ? -1 : pem.indexOf(endLine, start + beginLine.length());
        if (start < 0 || end < 0) {
            throw new IllegalArgumentException("PEM block '" + label + "' has no END line after its BEGIN line");
        }
        String base64 = pem.substring(start + beginLine.length(), end);
        if (base64.contains(":")) {
            throw new IllegalArgumentException("PEM with headers (traditional OpenSSL encryption, 'Proc-Type') is not "
                    + "supported: convert the key with 'openssl pkcs8 -topk8'");
        }
        StringBuilder sb = new StringBuilder(base64.length());
        for (int i = 0; i < base64.length(); i++) {
            char c = base64.charAt(i);
            if (!Character.isWhitespace(c)) {
                sb.append(c);
            }
        }
        try {
            return Base64.getDecoder().decode(sb.toString().getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("PEM block '" + label + "' is not valid base64");
        }
    }
}
