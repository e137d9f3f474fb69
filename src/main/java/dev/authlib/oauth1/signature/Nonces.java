package dev.authlib.oauth1.signature;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Supplier;

/** The default {@code oauth_nonce} source (RFC 5849 §3.3): 128 bits from {@link SecureRandom}, base64url. */
final class Nonces implements Supplier<String> {
    static final Nonces SECURE = new Nonces();

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private Nonces() {}

    @Override
    public String get() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return ENCODER.encodeToString(bytes); // only unreserved characters: no encoding needed
    }
}
