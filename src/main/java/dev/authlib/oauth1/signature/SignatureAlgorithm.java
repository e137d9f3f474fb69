package dev.authlib.oauth1.signature;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One signer's signature method with its key, applied to a base string: HMAC (§3.4.2), RSA (§3.4.3) or PLAINTEXT
 * (§3.4.4). Immutable; the HMAC runs on the calling thread's {@linkplain SigningScratch#mac copy} of a Mac
 * initialised once with the signer's key.
 */
final class SignatureAlgorithm {
    private static final Base64.Encoder BASE64 = Base64.getEncoder();

    private final SignatureMethod method;
    private final SecretKeySpec macKey;
    private final Mac macPrototype;
    private final PrivateKey rsaKey;
    private final String plaintext;

    /** The key of HMAC and PLAINTEXT is the encoded client secret and token secret, joined by {@code &}. */
    SignatureAlgorithm(SignatureMethod method, String clientSecret, String tokenSecret, PrivateKey rsaKey) {
        this.method = method;
        String key = method.isRsa() ? null
                : PercentEncoding.encode(clientSecret) + '&' + PercentEncoding.encode(tokenSecret);
        this.plaintext = method == SignatureMethod.PLAINTEXT ? key : null;
        this.rsaKey = method.isRsa() ? rsaKey : null;
        this.macKey = method.isHmac()
                ? new SecretKeySpec(key.getBytes(StandardCharsets.US_ASCII), method.jcaAlgorithm()) // never empty: "&"
                : null;
        Mac prototype = null;
        if (macKey != null) {
            try {
                prototype = Mac.getInstance(method.jcaAlgorithm());
                prototype.init(macKey); // fails when the signer is built rather than per request
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(method.wireName() + " is not available in this JDK", e);
            }
        }
        this.macPrototype = prototype;
    }

    /** A Mac initialised with this signer's key: a copy of the prototype, with no provider look-up or key schedule. */
    Mac newMac() throws GeneralSecurityException {
        try {
            return (Mac) macPrototype.clone();
        } catch (CloneNotSupportedException e) { // a provider whose Mac cannot be cloned
            Mac mac = Mac.getInstance(method.jcaAlgorithm());
            mac.init(macKey);
            return mac;
        }
    }

    /** The {@code oauth_signature} of {@code base}, before percent-encoding. */
    String sign(AsciiBuffer base, SigningScratch scratch) {
        try {
            if (macKey != null) {
                Mac mac = scratch.mac(method, this);
                try {
                    mac.update(base.array(), 0, base.length());
                    int n = BASE64.encode(mac.doFinal(), scratch.base64);
                    return new String(scratch.base64, 0, n, StandardCharsets.ISO_8859_1);
                } finally {
                    mac.reset(); // a no-op after doFinal; after a failure, the next request starts clean
                }
            }
            if (rsaKey != null) {
                Signature rsa = Signature.getInstance(method.jcaAlgorithm());
                rsa.initSign(rsaKey);
                rsa.update(base.array(), 0, base.length());
                return BASE64.encodeToString(rsa.sign());
            }
            return plaintext;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(method.wireName() + " signature failed: " + e.getMessage(), e);
        }
    }
}
