package dev.authlib.bench;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The floor: HMAC-SHA1 and Base64 over the precomputed base string bytes, nothing else. {@link #perThread()} reuses
 * one initialised {@link Mac} owned by the benchmark thread ({@code doFinal} resets it): the true lower bound.
 * {@link #cloned()} clones an initialised prototype per call, as a thread-safe signer must (ours does).
 */
final class HmacFloor {
    private static final Base64.Encoder BASE64 = Base64.getEncoder();
    private final byte[] base;
    private final Mac mac;
    private final Mac prototype;

    HmacFloor(String baseString) {
        this.base = baseString.getBytes(StandardCharsets.US_ASCII);
        this.mac = newMac();
        this.prototype = newMac();
    }

    String perThread() {
        return BASE64.encodeToString(mac.doFinal(base));
    }

    String cloned() {
        try {
            return BASE64.encodeToString(((Mac) prototype.clone()).doFinal(base));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Mac newMac() {
        String key = Workload.CONSUMER_SECRET + '&' + Workload.TOKEN_SECRET; // both unreserved-only: encoding is a no-op
        try {
            Mac m = Mac.getInstance("HmacSHA1");
            m.init(new SecretKeySpec(key.getBytes(StandardCharsets.US_ASCII), "HmacSHA1"));
            return m;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
