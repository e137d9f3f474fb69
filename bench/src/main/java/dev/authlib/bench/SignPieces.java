package dev.authlib.bench;

import dev.authlib.oauth1.signature.OAuth1Signer;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The pieces of a typed call's signature, on the calling thread's CPU time and allocated bytes, interleaved in
 * ABBA batches like {@link TypedCallInterleaved}: the bare signer on the typed call's URI with the fixed nonce
 * {@link SigningBenchmark} uses, the same with the default (SecureRandom) nonce, and the nonce alone.
 *
 * <pre>java -cp target/benchmarks.jar dev.authlib.bench.SignPieces [rounds] [callsPerBatch]</pre>
 */
public final class SignPieces {
    private static int sink;

    private SignPieces() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        com.sun.management.ThreadMXBean t = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        URI uri = URI.create("http://127.0.0.1:40000/1.1/statuses/user_timeline.json"
                + "?screen_name=twitterapi&count=2&include_rts=true");
        OAuth1Signer fixed = OAuth1Signer.builder(Workload.CONSUMER_KEY).clientSecret(Workload.CONSUMER_SECRET)
                .token(Workload.TOKEN, Workload.TOKEN_SECRET).nonceSupplier(() -> Workload.NONCE).build();
        OAuth1Signer real = OAuth1Signer.builder(Workload.CONSUMER_KEY).clientSecret(Workload.CONSUMER_SECRET)
                .token(Workload.TOKEN, Workload.TOKEN_SECRET).build();
        SecureRandom random = new SecureRandom();
        Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
        Supplier<String> secureRandomNonce = () -> {
            byte[] b = new byte[16];
            random.nextBytes(b);
            return enc.encodeToString(b);
        };
        SecureRandom drbg;
        try {
            drbg = SecureRandom.getInstance("DRBG");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Supplier<String> drbgNonce = () -> {
            byte[] b = new byte[16];
            drbg.nextBytes(b);
            return enc.encodeToString(b);
        };
        URI small = URI.create(Workload.SMALL_GET.url);
        String[] names = {"sign fixed nonce", "sign default nonce", "SecureRandom nonce alone",
            "DRBG nonce alone", "sign fixed, SMALL_GET url"};
        System.out.println("SecureRandom: " + random.getAlgorithm() + " header length "
                + real.sign("GET", uri, Map.of()).authorizationHeader().length());
        double[][][] m = new double[names.length][2][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < names.length; k++) {
                int v = r % 2 == 0 ? k : names.length - 1 - k;
                long a0 = t.getThreadAllocatedBytes(tid);
                long c0 = t.getCurrentThreadCpuTime();
                switch (v) {
                    case 0:
                        for (int i = 0; i < n; i++) {
                            sink += fixed.sign("GET", uri, Map.of()).authorizationHeader().length();
                        }
                        break;
                    case 1:
                        for (int i = 0; i < n; i++) {
                            sink += real.sign("GET", uri, Map.of()).authorizationHeader().length();
                        }
                        break;
                    case 2:
                        for (int i = 0; i < n; i++) {
                            sink += secureRandomNonce.get().length();
                        }
                        break;
                    case 3:
                        for (int i = 0; i < n; i++) {
                            sink += drbgNonce.get().length();
                        }
                        break;
                    default:
                        for (int i = 0; i < n; i++) {
                            sink += fixed.sign("GET", small, Map.of()).authorizationHeader().length();
                        }
                }
                m[v][0][r] = (t.getCurrentThreadCpuTime() - c0) / 1000.0 / n;
                m[v][1][r] = (t.getThreadAllocatedBytes(tid) - a0) / (double) n;
            }
        }
        System.out.printf("%-28s %14s %14s%n", "median of batches", "CPU us/call", "bytes/call");
        for (int v = 0; v < names.length; v++) {
            System.out.printf("%-28s %14.3f %14.1f%n", names[v], median(m[v][0], rounds / 2),
                    median(m[v][1], rounds / 2));
        }
        System.out.printf("(%d rounds of %d calls each, the first %d rounds warm-up; sink %d)%n", rounds, n,
                rounds / 2, sink & 1);
    }

    private static double median(double[] values, int from) {
        double[] v = Arrays.copyOfRange(values, from, values.length);
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
