package dev.authlib.oauth1.signature;

import static dev.authlib.oauth1.signature.Fixtures.form;
import static dev.authlib.oauth1.signature.Fixtures.headerParams;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The seven signature methods (RFC 5849 §3.4.2–§3.4.4 and their SHA-2 variants), checked against the JDK. */
class SignatureMethodsTest {

    private static final URI URI_ = URI.create("https://photos.example.net/photos?file=vacation.jpg&size=original");
    private static final String CLIENT_SECRET = "kd94hf93k423kf44 +&~é";
    private static final String TOKEN_SECRET = "pfkkdhi9sl3r4s00/=%";

    private static SignedRequest sign(OAuth1Signer.Builder b) {
        return b.build().sign("POST", URI_, form("status", "a b"));
    }

    private static OAuth1Signer.Builder hmac(SignatureMethod m) {
        return Fixtures.pinned().clientSecret(CLIENT_SECRET).token("token", TOKEN_SECRET).signatureMethod(m);
    }

    private static OAuth1Signer.Builder rsa(SignatureMethod m) {
        return Fixtures.pinned().clientSecret(null).rsaKey(Fixtures.privateKey()).token("token", null)
                .signatureMethod(m);
    }

    @ParameterizedTest
    @CsvSource({"HMAC_SHA1, HmacSHA1", "HMAC_SHA256, HmacSHA256", "HMAC_SHA512, HmacSHA512"})
    void hmac_isTheMacOfTheBaseString_keyedByEncodedSecrets(SignatureMethod method, String jca) throws Exception {
        SignedRequest s = sign(hmac(method));
        String key = PercentEncoding.encode(CLIENT_SECRET) + "&" + PercentEncoding.encode(TOKEN_SECRET);
        assertEquals("kd94hf93k423kf44%20%2B%26~%C3%A9&pfkkdhi9sl3r4s00%2F%3D%25", key);
        Mac mac = Mac.getInstance(jca);
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.US_ASCII), jca));
        String expected = Base64.getEncoder().encodeToString(mac.doFinal(s.baseString().getBytes(StandardCharsets.US_ASCII)));
        assertEquals(expected, s.signature());
        assertTrue(s.baseString().contains("oauth_signature_method%3D" + method.wireName() + "%26"));
        assertEquals(PercentEncoding.encode(expected), headerParams(s.authorizationHeader()).get("oauth_signature"));
    }

    @Test
    void hmacWithoutToken_keyEndsWithAmpersand() throws Exception {
        SignedRequest s = Fixtures.pinned().build().sign("GET", URI_, java.util.Map.of());
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec("client-secret&".getBytes(StandardCharsets.US_ASCII), "HmacSHA1"));
        assertEquals(Base64.getEncoder().encodeToString(mac.doFinal(s.baseString().getBytes(StandardCharsets.US_ASCII))),
                s.signature());
    }

    @Test
    void hmacWithEmptyClientSecret_isAllowed_keyIsAmpersand() throws Exception {
        SignedRequest s = Fixtures.pinned().clientSecret("").build().sign("GET", URI_, java.util.Map.of());
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec("&".getBytes(StandardCharsets.US_ASCII), "HmacSHA1"));
        assertEquals(Base64.getEncoder().encodeToString(mac.doFinal(s.baseString().getBytes(StandardCharsets.US_ASCII))),
                s.signature());
    }

    @ParameterizedTest
    @CsvSource({"RSA_SHA1, SHA1withRSA", "RSA_SHA256, SHA256withRSA", "RSA_SHA512, SHA512withRSA"})
    void rsa_verifiesWithThePublicKey(SignatureMethod method, String jca) throws Exception {
        SignedRequest s = sign(rsa(method));
        Signature verifier = Signature.getInstance(jca);
        verifier.initVerify(Fixtures.publicKey());
        verifier.update(s.baseString().getBytes(StandardCharsets.US_ASCII));
        assertTrue(verifier.verify(Base64.getDecoder().decode(s.signature())), method.wireName());
        assertTrue(s.baseString().contains("oauth_signature_method%3D" + method.wireName() + "%26"));
    }

    @ParameterizedTest
    @EnumSource(value = SignatureMethod.class, names = {"RSA_SHA1", "RSA_SHA256", "RSA_SHA512"})
    void rsa_doesNotVerifyForAnotherBaseString(SignatureMethod method) throws Exception {
        SignedRequest s = sign(rsa(method));
        Signature verifier = Signature.getInstance(method.jcaAlgorithm());
        verifier.initVerify(Fixtures.publicKey());
        verifier.update(s.baseString().replace("POST", "GET").getBytes(StandardCharsets.US_ASCII));
        assertFalse(verifier.verify(Base64.getDecoder().decode(s.signature())));
    }

    @Test
    void plaintext_isEncodedClientSecretAmpersandEncodedTokenSecret() {
        SignedRequest s = sign(hmac(SignatureMethod.PLAINTEXT));
        assertEquals("kd94hf93k423kf44%20%2B%26~%C3%A9&pfkkdhi9sl3r4s00%2F%3D%25", s.signature());
        // §3.5.1: the header carries that value encoded once more
        assertEquals("kd94hf93k423kf44%2520%252B%2526~%25C3%25A9%26pfkkdhi9sl3r4s00%252F%253D%2525",
                headerParams(s.authorizationHeader()).get("oauth_signature"));
        assertTrue(s.baseString().contains("oauth_signature_method%3DPLAINTEXT%26"));
    }

    @Test
    void plaintextWithoutToken_endsWithAmpersand() {
        assertEquals("client-secret&", Fixtures.pinned().signatureMethod(SignatureMethod.PLAINTEXT).build()
                .sign("GET", URI_, java.util.Map.of()).signature());
    }

    @ParameterizedTest
    @EnumSource(value = SignatureMethod.class, names = {"HMAC_SHA1", "HMAC_SHA256", "HMAC_SHA512", "PLAINTEXT"})
    void missingClientSecret_isAClearError(SignatureMethod method) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> OAuth1Signer.builder("id").signatureMethod(method).build());
        assertEquals(method.wireName() + " needs the client secret", e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = SignatureMethod.class, names = {"RSA_SHA1", "RSA_SHA256", "RSA_SHA512"})
    void missingRsaKey_isAClearError(SignatureMethod method) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> OAuth1Signer.builder("id").clientSecret("s").signatureMethod(method).build());
        assertEquals(method.wireName() + " needs an RSA private key (rsaKey)", e.getMessage());
    }

    @Test
    void nonRsaKey_isRejected() throws Exception {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OAuth1Signer.builder("id").rsaKey(ec.generateKeyPair().getPrivate()));
        assertTrue(e.getMessage().contains("RSA"), e.getMessage());
    }

    @Test
    void emptyClientId_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> OAuth1Signer.builder(""));
        assertThrows(IllegalArgumentException.class, () -> OAuth1Signer.builder(null));
    }

    @Test
    void defaultMethod_isHmacSha1() {
        assertTrue(Fixtures.pinned().build().sign("GET", URI_, java.util.Map.of()).baseString()
                .contains("oauth_signature_method%3DHMAC-SHA1%26"));
    }

    @Test
    void differentSecrets_giveDifferentSignatures() {
        String a = sign(hmac(SignatureMethod.HMAC_SHA256)).signature();
        String b = sign(hmac(SignatureMethod.HMAC_SHA256).token("token", "other")).signature();
        assertNotEquals(a, b);
    }

    @ParameterizedTest
    @CsvSource({"HMAC-SHA1, HMAC_SHA1", "hmac-sha256, HMAC_SHA256", "Hmac-Sha512, HMAC_SHA512", "rsa-sha1, RSA_SHA1",
        "RSA-sha256, RSA_SHA256", "rsa-SHA512, RSA_SHA512", "plaintext, PLAINTEXT", "' PLAINTEXT ', PLAINTEXT"})
    void fromWireName_ignoresCase(String wire, SignatureMethod expected) {
        assertEquals(expected, SignatureMethod.fromWireName(wire));
    }

    @Test
    void wireNames_roundTrip() {
        for (SignatureMethod m : SignatureMethod.values()) {
            assertEquals(m, SignatureMethod.fromWireName(m.wireName()));
        }
    }

    @Test
    void unknownWireName_listsTheValidNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SignatureMethod.fromWireName("HMAC_SHA1"));
        assertEquals("'HMAC_SHA1' is not one of HMAC-SHA1, HMAC-SHA256, HMAC-SHA512, RSA-SHA1, RSA-SHA256, RSA-SHA512, "
                + "PLAINTEXT", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SignatureMethod.fromWireName(null));
        assertThrows(IllegalArgumentException.class, () -> SignatureMethod.fromWireName(""));
    }

    @Test
    void methodKinds_areDisjoint() {
        for (SignatureMethod m : SignatureMethod.values()) {
            assertFalse(m.isHmac() && m.isRsa());
            assertEquals(m == SignatureMethod.PLAINTEXT, !m.isHmac() && !m.isRsa());
        }
    }
}
