package dev.authlib.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * A cross-check of {@link TypedCallBenchmark} that a shared, loaded machine disturbs less: its four calls in
 * alternating batches (forwards, then backwards, so that a drift of the machine's load hits all alike), each
 * batch's wall time and the calling thread's CPU time and allocated bytes per call (HotSpot's {@code
 * com.sun.management.ThreadMXBean}; the server's and the HTTP client's other threads are not counted in CPU and
 * bytes). Reports the medians over the batches after the first half (warm-up).
 *
 * <pre>java -cp target/benchmarks.jar dev.authlib.bench.TypedCallInterleaved [rounds] [callsPerBatch]</pre>
 */
public final class TypedCallInterleaved {
    private static int sink;

    private TypedCallInterleaved() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        com.sun.management.ThreadMXBean t = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        TypedCallBenchmark b = new TypedCallBenchmark();
        b.setUp();
        try {
            String[] names = {"unsigned", "unsignedFiltered", "signatureOnly", "signed", "signatureDiscarded",
                "constantAuthorization"};
            double[][][] m = new double[names.length][3][rounds];
            for (int r = 0; r < rounds; r++) {
                for (int k = 0; k < names.length; k++) {
                    int v = r % 2 == 0 ? k : names.length - 1 - k; // forwards, then backwards
                    long a0 = t.getThreadAllocatedBytes(tid);
                    long c0 = t.getCurrentThreadCpuTime();
                    long w0 = System.nanoTime();
                    for (int i = 0; i < n; i++) {
                        sink += call(b, v).length();
                    }
                    m[v][0][r] = (System.nanoTime() - w0) / 1000.0 / n;
                    m[v][1][r] = (t.getCurrentThreadCpuTime() - c0) / 1000.0 / n;
                    m[v][2][r] = (t.getThreadAllocatedBytes(tid) - a0) / (double) n;
                }
            }
            String[] what = {"wall us/call", "caller CPU us/call", "caller bytes/call"};
            String[] heads = {"unsigned", "filtered", "signature", "signed", "discarded", "constant"};
            System.out.printf("%-20s", "median of batches");
            for (String h : heads) {
                System.out.printf(" %10s", h);
            }
            System.out.printf(" %10s %10s%n", "ratio", "ours");
            for (int q = 0; q < 3; q++) {
                double[] med = new double[names.length];
                System.out.printf("%-20s", what[q]);
                for (int k = 0; k < names.length; k++) {
                    med[k] = median(m[k][q], rounds / 2);
                    System.out.printf(" %10.2f", med[k]);
                }
                System.out.printf(" %10.3f %10.2f%n", med[3] / med[0], med[3] - med[2]);
            }
            System.out.println("filtered: a filter doing nothing; signature: a filter putting a bare signer's "
                    + "signature; discarded: the same signature computed and not put; constant: a filter putting a "
                    + "constant Authorization header as long as a signed one; ratio: signed / unsigned; ours: "
                    + "signed - signature");
            System.out.printf("(%d rounds of %d calls each, the first %d rounds warm-up; sink %d)%n", rounds, n,
                    rounds / 2, sink & 1);
        } finally {
            b.tearDown();
        }
    }

    private static String call(TypedCallBenchmark b, int v) {
        switch (v) {
            case 0: return b.unsigned();
            case 1: return b.unsignedFiltered();
            case 2: return b.signatureOnly();
            case 3: return b.signed();
            case 4: return b.signatureDiscarded();
            default: return b.constantAuthorization();
        }
    }

    private static double median(double[] values, int from) {
        double[] v = Arrays.copyOfRange(values, from, values.length);
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
