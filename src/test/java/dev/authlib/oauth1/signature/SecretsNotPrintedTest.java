package dev.authlib.oauth1.signature;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code toString()} of the signer, its builder and a signed request carries no secret. */
class SecretsNotPrintedTest {

    private static final String CLIENT_SECRET = "CLIENT-SECRET-7f3a";
    private static final String TOKEN_SECRET = "TOKEN-SECRET-91bc";
    private static final String TOKEN = "TOKEN-VALUE-55de";
    private static final String VERIFIER = "VERIFIER-VALUE-0a1b";
    private static final List<String> SECRETS = List.of(CLIENT_SECRET, TOKEN_SECRET, TOKEN, VERIFIER);

    private static void assertNoSecret(String text) {
        for (String secret : SECRETS) {
            assertFalse(text.contains(secret), text);
            assertFalse(text.contains(PercentEncoding.encode(secret)), text);
        }
    }

    private static OAuth1Signer.Builder builder(SignatureMethod method) {
        OAuth1Signer.Builder b = OAuth1Signer.builder("client-id").token(TOKEN, TOKEN_SECRET).verifier(VERIFIER)
                .signatureMethod(method);
        return method.isRsa() ? b.rsaKey(Fixtures.privateKey()) : b.clientSecret(CLIENT_SECRET);
    }

    @Test
    void signerAndBuilder_nameTheClientButNoSecret() {
        for (SignatureMethod method : SignatureMethod.values()) {
            OAuth1Signer.Builder b = builder(method);
            assertNoSecret(b.toString());
            assertTrue(b.toString().contains("client-id"), b.toString());
            OAuth1Signer signer = b.build();
            assertNoSecret(signer.toString());
            assertNoSecret(signer.toBuilder().toString());
            assertTrue(signer.toString().contains(method.wireName()), signer.toString());
        }
    }

    @Test
    void rsaKey_isNotPrinted() {
        OAuth1Signer signer = builder(SignatureMethod.RSA_SHA256).build();
        String modulus = ((java.security.interfaces.RSAPrivateCrtKey) Fixtures.privateKey()).getModulus().toString();
        assertFalse(signer.toString().contains(modulus.substring(0, 20)));
    }

    @Test
    void signedRequest_namesMethodAndPath_only() {
        for (SignatureType type : SignatureType.values()) {
            SignedRequest s = builder(SignatureMethod.PLAINTEXT).signatureType(type).build().sign("POST",
                    URI.create("https://user:" + CLIENT_SECRET + "@api.example.com/a?token=" + TOKEN + "#" + TOKEN),
                    Map.of("secret", List.of(TOKEN_SECRET)));
            assertNoSecret(s.toString());
            assertFalse(s.toString().contains(s.signature()), s.toString());
            assertTrue(s.toString().equals("SignedRequest[POST https://api.example.com/a]"), s.toString());
        }
    }
}
