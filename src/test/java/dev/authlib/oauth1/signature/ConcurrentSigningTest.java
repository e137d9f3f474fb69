package dev.authlib.oauth1.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One signer shared by many threads: every signature is right, every nonce fresh. */
class ConcurrentSigningTest {

    private static final int THREADS = 8;
    private static final int SIGNS_PER_THREAD = 2_000;

    @ParameterizedTest
    @EnumSource(value = SignatureMethod.class, names = {"HMAC_SHA1", "HMAC_SHA256", "HMAC_SHA512"})
    void oneSigner_eightThreads_everySignatureVerifies(SignatureMethod method) throws Exception {
        OAuth1Signer signer = OAuth1Signer.builder("client-id").clientSecret("cs é&").token("tok", "ts+/")
                .signatureMethod(method).build();
        String jca = method.jcaAlgorithm();
        byte[] key = (PercentEncoding.encode("cs é&") + "&" + PercentEncoding.encode("ts+/"))
                .getBytes(StandardCharsets.US_ASCII);
        Set<String> nonces = ConcurrentHashMap.newKeySet();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    Mac mac = Mac.getInstance(jca);
                    mac.init(new SecretKeySpec(key, jca));
                    start.await();
                    int verified = 0;
                    for (int i = 0; i < SIGNS_PER_THREAD; i++) {
                        URI uri = URI.create("https://api.example.com/t" + thread + "/r" + i + "?i=" + i);
                        SignedRequest s = signer.sign("POST", uri, Map.of("v", List.of(thread + "-" + i)));
                        assertTrue(s.baseString().contains("%2Ft" + thread + "%2Fr" + i + "&"), s.baseString());
                        assertTrue(s.baseString().contains("v%3D" + thread + "-" + i), s.baseString());
                        String expected = Base64.getEncoder().encodeToString(
                                mac.doFinal(s.baseString().getBytes(StandardCharsets.US_ASCII)));
                        assertEquals(expected, s.signature(), s.baseString());
                        String header = s.authorizationHeader();
                        nonces.add(Fixtures.headerParams(header).get("oauth_nonce"));
                        verified++;
                    }
                    return verified;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> f : results) {
                total += f.get(2, TimeUnit.MINUTES);
            }
            assertEquals(THREADS * SIGNS_PER_THREAD, total);
            assertEquals(THREADS * SIGNS_PER_THREAD, nonces.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rsaSigner_isSharedSafely() throws Exception {
        OAuth1Signer signer = OAuth1Signer.builder("client-id").rsaKey(Fixtures.privateKey())
                .signatureMethod(SignatureMethod.RSA_SHA256).build();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    java.security.Signature verifier = java.security.Signature.getInstance("SHA256withRSA");
                    for (int i = 0; i < 50; i++) {
                        SignedRequest s = signer.sign("GET", URI.create("https://x.example/" + thread + "/" + i),
                                Map.of());
                        verifier.initVerify(Fixtures.publicKey());
                        verifier.update(s.baseString().getBytes(StandardCharsets.US_ASCII));
                        if (!verifier.verify(Base64.getDecoder().decode(s.signature()))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : results) {
                assertTrue(f.get(2, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
