package dev.authlib.oauth1.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The scratch pool: a scratch is never lent twice at once, and reuse never mixes requests or keys. */
class SigningScratchTest {

    private static String hmacSha1(String key, String baseString) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.US_ASCII), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(baseString.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void manyThreadsTakingAtOnce_neverShareAScratch() throws Exception {
        int threads = 16;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                byte mark = (byte) ('A' + t);
                results.add(pool.submit(() -> {
                    start.await();
                    int clashes = 0;
                    for (int i = 0; i < 20_000; i++) {
                        SigningScratch s = SigningScratch.take();
                        assertEquals(0, s.base.length(), "a lent scratch starts empty");
                        for (int k = 0; k < 64; k++) {
                            s.base.append(mark);
                        }
                        if (i % 64 == 0) {
                            Thread.yield(); // let others run while this one holds it
                        }
                        byte[] b = s.base.array();
                        for (int k = 0; k < 64; k++) {
                            clashes += b[k] == mark && s.base.length() == 64 ? 0 : 1; // another thread's writes
                        }
                        s.release();
                    }
                    return clashes;
                }));
            }
            start.countDown();
            for (Future<Integer> f : results) {
                assertEquals(0, f.get(2, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aScratchTakenTwiceOnOneThread_isNotLentAgainUntilReleased() {
        SigningScratch first = SigningScratch.take();
        SigningScratch second = SigningScratch.take();
        assertNotSame(first, second);
        second.release();
        first.release(); // the slot keeps one of them
        SigningScratch next = SigningScratch.take();
        assertTrue(next == first || next == second);
        next.release();
    }

    @Test
    void aSignerCalledWhileSigning_signsBothRequestsRight() throws Exception {
        OAuth1Signer inner = Fixtures.pinned().clientSecret("inner").build();
        List<SignedRequest> innerSigned = new ArrayList<>();
        OAuth1Signer outer = Fixtures.pinned().clientSecret("outer").nonceSupplier(() -> {
            innerSigned.add(inner.sign("POST", URI.create("https://x.example/in?q=1"), Fixtures.form("f", "é")));
            return "outer-nonce";
        }).build();
        SignedRequest o = outer.sign("GET", URI.create("https://x.example/out?a=b"), Map.of());
        assertEquals(hmacSha1("outer&", o.baseString()), o.signature());
        SignedRequest i = innerSigned.get(0);
        assertEquals(hmacSha1("inner&", i.baseString()), i.signature());
        assertTrue(i.baseString().contains("f%3D%25C3%25A9"), i.baseString());
    }

    @Test
    void oneThreadAlternatingSigners_signsEachWithItsOwnKey() throws Exception {
        List<OAuth1Signer> signers = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            signers.add(Fixtures.pinned().clientSecret("secret-" + k).token("t" + k, "ts-" + k).build());
        }
        for (int i = 0; i < 200; i++) {
            int k = (i * 7) % signers.size();
            SignedRequest s = signers.get(k).sign("GET", URI.create("https://x.example/r" + i), Map.of());
            assertEquals(hmacSha1("secret-" + k + "&ts-" + k, s.baseString()), s.signature(), "signer " + k);
        }
    }

    @Test
    void largeRequestThenSmall_leavesNothingBehind() throws Exception {
        OAuth1Signer signer = Fixtures.pinned().build();
        SignedRequest large = signer.sign("POST", URI.create("https://x.example/"),
                Fixtures.form("big", "東".repeat(20_000)));
        assertEquals(hmacSha1("client-secret&", large.baseString()), large.signature());
        SignedRequest small = signer.sign("GET", URI.create("https://x.example/?a=1"), Map.of());
        assertEquals("a=1&oauth_consumer_key=client-id&oauth_nonce=" + Fixtures.NONCE
                + "&oauth_signature_method=HMAC-SHA1&oauth_timestamp=" + Fixtures.TIMESTAMP + "&oauth_version=1.0",
                Fixtures.normalisedParameters(small.baseString()));
        assertEquals(hmacSha1("client-secret&", small.baseString()), small.signature());
    }

    @Test
    void buffersGrownPastTheLimit_areNotKept() {
        AsciiBuffer buffer = new AsciiBuffer(64);
        buffer.appendAscii("x".repeat(100));
        byte[] grown = buffer.array();
        buffer.clear(1024);
        assertEquals(0, buffer.length());
        assertSame(grown, buffer.array(), "grown to 128 bytes, under the limit: kept");
        buffer.appendAscii("x".repeat(5000));
        buffer.clear(1024);
        assertEquals(64, buffer.array().length, "grown past the limit: back to the initial size");
    }

    @Test
    void stripes_areFourPerCore_aPowerOfTwo_between4And64() {
        assertEquals(4, SigningScratch.stripes(1));
        assertEquals(8, SigningScratch.stripes(2));
        assertEquals(16, SigningScratch.stripes(3));
        assertEquals(32, SigningScratch.stripes(8));
        assertEquals(64, SigningScratch.stripes(16));
        assertEquals(64, SigningScratch.stripes(512));
    }
}
