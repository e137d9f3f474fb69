package dev.authlib.bench;

import dev.authlib.oauth1.signature.OAuth1Signer;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How the signer's reused working memory behaves beyond the single-thread JMH case: one signer shared by several
 * threads, and several signers (one per token, as the JAX-RS filter keeps them) used in turn by each thread. Per
 * scenario: total signatures per second (wall clock), CPU time and bytes allocated per signature (HotSpot's
 * {@code com.sun.management.ThreadMXBean}). A plain main, like {@link CpuTime}; the machine has 2 cores.
 *
 * <pre>java -cp target/benchmarks.jar dev.authlib.bench.SharedSigners [SMALL_GET|LARGE_POST]</pre>
 */
public final class SharedSigners {
    private static volatile int sink;

    private SharedSigners() {}

    public static void main(String[] args) throws InterruptedException {
        Workload w = Workload.valueOf(args.length > 0 ? args[0] : "SMALL_GET");
        OAuth1Signer[] signers = new OAuth1Signer[8];
        for (int i = 0; i < signers.length; i++) {
            signers[i] = OAuth1Signer.builder(Workload.CONSUMER_KEY).clientSecret(Workload.CONSUMER_SECRET)
                    .token(Workload.TOKEN + i, Workload.TOKEN_SECRET + i)
                    .clock(Clock.fixed(Instant.ofEpochSecond(Workload.TIMESTAMP), ZoneOffset.UTC))
                    .nonceSupplier(() -> Workload.NONCE).build();
        }
        URI uri = URI.create(w.url);
        int[][] scenarios = {{1, 1}, {1, 8}, {2, 1}, {2, 8}, {4, 1}}; // threads, signers
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        System.out.printf("%s: threads/signers  signatures/s  CPU ns/op  B/op (round 0 is warm-up)%n", w);
        for (int round = 0; round < 3; round++) {
            StringBuilder line = new StringBuilder("round " + round + ": ");
            for (int[] scenario : scenarios) {
                int threads = scenario[0];
                int count = scenario[1];
                long millis = 1500;
                AtomicLong ops = new AtomicLong();
                AtomicLong bytes = new AtomicLong();
                AtomicLong cpu = new AtomicLong();
                CountDownLatch start = new CountDownLatch(1);
                Thread[] running = new Thread[threads];
                for (int t = 0; t < threads; t++) {
                    int offset = t;
                    running[t] = new Thread(() -> {
                        try {
                            start.await();
                        } catch (InterruptedException e) {
                            return;
                        }
                        long tid = Thread.currentThread().getId();
                        long a0 = mx.getThreadAllocatedBytes(tid);
                        long c0 = mx.getCurrentThreadCpuTime();
                        long end = System.nanoTime() + millis * 1_000_000L;
                        long n = 0;
                        int s = 0;
                        while (System.nanoTime() < end) {
                            for (int k = 0; k < 100; k++, n++) {
                                OAuth1Signer signer = signers[(int) ((n + offset) % count)];
                                s += signer.sign(w.method, uri, w.form).authorizationHeader().length();
                            }
                        }
                        sink += s;
                        ops.addAndGet(n);
                        bytes.addAndGet(mx.getThreadAllocatedBytes(tid) - a0);
                        cpu.addAndGet(mx.getCurrentThreadCpuTime() - c0);
                    });
                    running[t].start();
                }
                start.countDown();
                for (Thread t : running) {
                    t.join();
                }
                line.append(String.format("%d/%d %,.0f/s %.0f ns %.0f B | ", threads, count,
                        ops.get() / (millis / 1000.0), cpu.get() / (double) ops.get(), bytes.get() / (double) ops.get()));
            }
            System.out.println(line);
        }
    }
}
