package dev.authlib.oauth1.signature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.PBEParameterSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading the RSA keys of §3.4.3 from PEM and DER; errors that never echo the key. */
class RsaKeysTest {

    private static final String PKCS8 = Fixtures.resource("test-pkcs8.pem");
    private static final String PKCS1 = Fixtures.resource("test-pkcs1.pem");
    private static final String ENCRYPTED = Fixtures.resource("test-encrypted.pem");
    private static final String PUBLIC = Fixtures.resource("test-public.pem");
    private static final char[] PASSWORD = "test-password".toCharArray();

    /** The key pairs with the public key: a signature made with it verifies. */
    private static void assertMatchesPublicKey(PrivateKey key) throws Exception {
        assertEquals("RSA", key.getAlgorithm());
        byte[] data = "base string".getBytes(StandardCharsets.US_ASCII);
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(key);
        signer.update(data);
        byte[] sig = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(RsaKeys.publicKey(PUBLIC));
        verifier.update(data);
        assertTrue(verifier.verify(sig));
    }

    @Test
    void pkcs8Pem_isRead() throws Exception {
        assertMatchesPublicKey(RsaKeys.privateKey(PKCS8));
    }

    @Test
    void pkcs1Pem_isRead_asTheSameKey() throws Exception {
        PrivateKey key = RsaKeys.privateKey(PKCS1);
        assertMatchesPublicKey(key);
        assertEquals(((RSAPrivateCrtKey) RsaKeys.privateKey(PKCS8)).getPrivateExponent(),
                ((RSAPrivateCrtKey) key).getPrivateExponent());
    }

    @Test
    void pemWithCrLfAndSurroundingText_isRead() throws Exception {
        assertMatchesPublicKey(RsaKeys.privateKey("key for tests:\r\n" + PKCS8.replace("\n", "\r\n") + "\r\n"));
    }

    @Test
    void encryptedPkcs8_isReadWithItsPassword() throws Exception {
        assertMatchesPublicKey(RsaKeys.privateKey(ENCRYPTED, PASSWORD.clone()));
    }

    /** PKCS#8 encrypted here with a JCA password-based scheme, as PEM: PBES1 and PBES2 alike. */
    private static String encryptedPem(String algorithm, char[] password) throws Exception {
        return encryptedPem(algorithm, password, 2048);
    }

    private static String encryptedPem(String algorithm, char[] password, int iterations) throws Exception {
        byte[] salt = new byte[16];
        Arrays.fill(salt, (byte) 7);
        PBEParameterSpec pbe = algorithm.contains("AES")
                ? new PBEParameterSpec(salt, iterations, new IvParameterSpec(salt))
                : new PBEParameterSpec(Arrays.copyOf(salt, 8), iterations);
        Cipher cipher = Cipher.getInstance(algorithm);
        cipher.init(Cipher.ENCRYPT_MODE,
                SecretKeyFactory.getInstance(algorithm).generateSecret(new PBEKeySpec(password)), pbe);
        byte[] encrypted = cipher.doFinal(Fixtures.derOf(PKCS8));
        AlgorithmParameters params = cipher.getParameters();
        if (algorithm.contains("AES")) { // the JDK encodes PBES2 under its own name, not the scheme's
            params = AlgorithmParameters.getInstance("PBES2");
            params.init(cipher.getParameters().getEncoded());
        }
        EncryptedPrivateKeyInfo info = new EncryptedPrivateKeyInfo(params, encrypted);
        return "-----BEGIN ENCRYPTED PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(info.getEncoded())
                + "\n-----END ENCRYPTED PRIVATE KEY-----\n";
    }

    @ParameterizedTest
    @ValueSource(strings = {"PBEWithHmacSHA256AndAES_128", "PBEWithHmacSHA512AndAES_256", "PBEWithHmacSHA1AndAES_256"})
    void encryptedPkcs8_pbes2WithAes_isRead(String algorithm) throws Exception {
        assertMatchesPublicKey(RsaKeys.privateKey(encryptedPem(algorithm, PASSWORD.clone()), PASSWORD.clone()));
        assertMatchesPublicKey(RsaKeys.privateKey(encryptedPem(algorithm, PASSWORD.clone(), 1000), PASSWORD.clone()));
    }

    /** PBES1 (DES, RC2) and the PKCS#12 schemes (3DES, RC2, RC4): refused before the password is even tried. */
    @ParameterizedTest
    @ValueSource(strings = {"PBEWithMD5AndDES", "PBEWithSHA1AndDESede", "PBEWithSHA1AndRC2_40",
        "PBEWithSHA1AndRC4_128"})
    void encryptedPkcs8_withDesRc2Or3des_isRefused(String algorithm) throws Exception {
        String pem = encryptedPem(algorithm, PASSWORD.clone());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RsaKeys.privateKey(pem, PASSWORD.clone()));
        assertTrue(e.getMessage().startsWith("the RSA private key is encrypted with "), e.getMessage());
        assertTrue(e.getMessage().contains("openssl pkcs8 -topk8 -v2 aes-256-cbc"), e.getMessage());
        assertNoKeyMaterial(e.getMessage(), pem);
    }

    @Test
    void encryptedPkcs8_pbes2With3des_isRefused_namingTheCipher() {
        String pem = Fixtures.resource("test-encrypted-des3.pem");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RsaKeys.privateKey(pem, PASSWORD.clone()));
        assertTrue(e.getMessage().contains("with a cipher other than AES (3DES)"), e.getMessage());
        assertNoKeyMaterial(e.getMessage(), pem);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 999})
    void encryptedPkcs8_withFewIterations_isRefused(int iterations) throws Exception {
        String pem = encryptedPem("PBEWithHmacSHA256AndAES_256", PASSWORD.clone(), iterations);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RsaKeys.privateKey(pem, PASSWORD.clone()));
        assertTrue(e.getMessage().contains("with only " + iterations + " PBKDF2 iteration"), e.getMessage());
        assertTrue(e.getMessage().contains("at least 1000"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {512, 1024, 2047})
    void keysUnder2048Bits_areRefused_inPemAndDer(int bits) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        byte[] der = generator.generateKeyPair().getPrivate().getEncoded();
        String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END PRIVATE KEY-----\n";
        for (Executable read : List.<Executable>of(() -> RsaKeys.privateKey(pem), () -> RsaKeys.privateKey(der))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, read);
            assertTrue(e.getMessage().startsWith("the RSA key has " + bits + " bits, at least 2048 are required"),
                    e.getMessage());
            assertNoKeyMaterial(e.getMessage(), pem);
        }
    }

    /** Armour whose END line overlaps its BEGIN line: the documented exception, not StringIndexOutOfBounds. */
    @ParameterizedTest
    @ValueSource(strings = {"-----BEGIN X-----END X-----", "-----BEGIN PRIVATE KEY-----END PRIVATE KEY-----",
        "-----BEGIN RSA PRIVATE KEY-----END RSA PRIVATE KEY-----",
        "-----BEGIN ENCRYPTED PRIVATE KEY-----END ENCRYPTED PRIVATE KEY-----", "-----BEGIN -----END -----",
        "-----BEGIN PRIVATE KEY-----", "x-----BEGIN PRIVATE KEY----------END PRIVATE KEY-----"})
    void overlappingOrMissingArmour_isAClearIllegalArgument(String pem) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RsaKeys.privateKey(pem));
        assertTrue(e.getMessage().contains("PEM") || e.getMessage().contains("RSA"), e.getMessage());
    }

    @Test
    void overlappingArmour_ofAPublicKey_isAClearIllegalArgument() {
        assertThrows(IllegalArgumentException.class, () -> RsaKeys.publicKey("-----BEGIN PUBLIC KEY-----END PUBLIC "
                + "KEY-----"));
    }

    /** A key pasted into the BEGIN line (its newline lost) is not echoed as if it were the block's label. */
    @Test
    void keyMaterialInTheBeginLine_isNotEchoed() {
        String body = PKCS8.substring(PKCS8.indexOf('\n') + 1, PKCS8.indexOf('\n') + 61);
        String pem = "-----BEGIN " + body + "-----\n-----END " + body + "-----";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RsaKeys.privateKey(pem));
        assertNoKeyMaterial(e.getMessage(), pem);
    }

    /** No 16-character run of the key's base64 appears in the message. */
    private static void assertNoKeyMaterial(String message, String pem) {
        for (String line : pem.split("\n")) {
            String l = line.replace("-----", "").replace("BEGIN ", "").replace("END ", "").strip();
            for (int k = 0; k + 16 <= l.length(); k += 8) {
                assertFalse(message.contains(l.substring(k, k + 16)), message);
            }
        }
    }

    @Test
    void encryptedPkcs8_wrongPassword_isAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RsaKeys.privateKey(ENCRYPTED, "wrong".toCharArray()));
        assertTrue(e.getMessage().contains("wrong password"), e.getMessage());
        assertFalse(e.getMessage().contains("wrong\""), e.getMessage());
    }

    @Test
    void encryptedPkcs8_missingPassword_isAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RsaKeys.privateKey(ENCRYPTED));
        assertEquals("the RSA private key is encrypted: a password is required", e.getMessage());
    }

    @Test
    void passwordOfUnencryptedKey_isIgnored() throws Exception {
        assertMatchesPublicKey(RsaKeys.privateKey(PKCS8, "unused".toCharArray()));
    }

    @Test
    void derPkcs8_isRead() throws Exception {
        PrivateKey key = RsaKeys.privateKey(Fixtures.derOf(PKCS8));
        assertMatchesPublicKey(key);
        assertArrayEquals(Fixtures.derOf(PKCS8), key.getEncoded());
    }

    @Test
    void derPkcs1_isRead() throws Exception {
        PrivateKey key = RsaKeys.privateKey(Fixtures.derOf(PKCS1));
        assertMatchesPublicKey(key);
        assertArrayEquals(Fixtures.derOf(PKCS8), key.getEncoded()); // wrapped into the same PKCS#8
    }

    @Test
    void publicKeyPem_isRead() {
        PublicKey key = RsaKeys.publicKey(PUBLIC);
        assertEquals(2048, ((RSAPublicKey) key).getModulus().bitLength());
    }

    @Test
    void publicKeyGiven_asPrivateKey_isRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RsaKeys.privateKey(PUBLIC));
        assertTrue(e.getMessage().contains("not an RSA private key"), e.getMessage());
    }

    @Test
    void privateKeyGiven_asPublicKey_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> RsaKeys.publicKey(PKCS8));
    }

    @Test
    void garbageText_isRejected_withoutEchoingIt() {
        String garbage = "my-secret-value-0xDEADBEEF";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RsaKeys.privateKey(garbage));
        assertFalse(e.getMessage().contains(garbage), e.getMessage());
        assertTrue(e.getMessage().contains("BEGIN PRIVATE KEY"), e.getMessage());
        IllegalArgumentException p = assertThrows(IllegalArgumentException.class, () -> RsaKeys.publicKey(garbage));
        assertFalse(p.getMessage().contains(garbage), p.getMessage());
    }

    @Test
    void corruptPemBody_isRejected_withoutEchoingIt() {
        String body = PKCS8.substring(PKCS8.indexOf('\n') + 1, PKCS8.indexOf("-----END"));
        String corrupt = PKCS8.replace(body, body.substring(0, 200) + "!!" + body.substring(200));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RsaKeys.privateKey(corrupt));
        assertFalse(e.getMessage().contains(body.substring(0, 40)), e.getMessage());
        String truncated = PKCS8.replace(body, body.substring(0, 400) + "\n");
        IllegalArgumentException t = assertThrows(IllegalArgumentException.class, () -> RsaKeys.privateKey(truncated));
        assertFalse(t.getMessage().contains(body.substring(0, 40)), t.getMessage());
    }

    @Test
    void pemWithoutEndLine_isRejected() {
        String noEnd = PKCS8.substring(0, PKCS8.indexOf("-----END"));
        assertThrows(IllegalArgumentException.class, () -> RsaKeys.privateKey(noEnd));
    }

    @Test
    void traditionalOpenSslEncryption_isRejectedWithAHint() {
        String legacy = "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nAAAA\n"
                + "-----END RSA PRIVATE KEY-----\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RsaKeys.privateKey(legacy));
        assertTrue(e.getMessage().contains("openssl pkcs8 -topk8"), e.getMessage());
    }

    @Test
    void garbageDer_isRejected_withoutEchoingIt() {
        byte[] der = Arrays.copyOf(Fixtures.derOf(PKCS8), 64);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RsaKeys.privateKey(der));
        assertEquals("not a DER RSA private key (PKCS#8 or PKCS#1)", e.getMessage());
    }

    @Test
    void nullPem_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> RsaKeys.privateKey((String) null));
        assertThrows(IllegalArgumentException.class, () -> RsaKeys.publicKey(null));
    }

    @Test
    void isPem_tellsInlinePemFromAPath() {
        assertTrue(RsaKeys.isPem(PKCS8));
        assertFalse(RsaKeys.isPem("/etc/keys/client.pem"));
        assertFalse(RsaKeys.isPem(null));
    }
}
