package dev.authlib.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * A cross-check of {@link TypedCallBenchmark} that a shared, loaded machine disturbs less: signed and unsigned typed
 * calls in alternating batches (ABBA, so that a drift of the machine's load hits both alike), each batch's wall time
 * and the calling thread's CPU time and allocated bytes per call (HotSpot's {@code com.sun.management.ThreadMXBean};
 * the server's and the HTTP client's other threads are not counted in CPU and bytes). Reports the medians over the
 * batches after the first half (warm-up).
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
            double[][] signed = new double[3][rounds];
            double[][] unsigned = new double[3][rounds];
            for (int r = 0; r < rounds; r++) {
                boolean signedFirst = r % 2 == 0;
                for (int k = 0; k < 2; k++) {
                    boolean sign = (k == 0) == signedFirst;
                    double[][] into = sign ? signed : unsigned;
                    long a0 = t.getThreadAllocatedBytes(tid);
                    long c0 = t.getCurrentThreadCpuTime();
                    long w0 = System.nanoTime();
                    for (int i = 0; i < n; i++) {
                        sink += (sign ? b.signed() : b.unsigned()).length();
                    }
                    into[0][r] = (System.nanoTime() - w0) / 1000.0 / n;
                    into[1][r] = (t.getCurrentThreadCpuTime() - c0) / 1000.0 / n;
                    into[2][r] = (t.getThreadAllocatedBytes(tid) - a0) / (double) n;
                }
            }
            String[] what = {"wall us/call", "caller CPU us/call", "caller bytes/call"};
            System.out.printf("%-20s %12s %12s %8s %10s%n", "median of batches", "unsigned", "signed", "ratio",
                    "signed-un");
            for (int m = 0; m < 3; m++) {
                double u = median(unsigned[m], rounds / 2);
                double s = median(signed[m], rounds / 2);
                System.out.printf("%-20s %12.2f %12.2f %8.3f %10.2f%n", what[m], u, s, s / u, s - u);
            }
            System.out.printf("(%d rounds of %d calls each way, the first %d rounds warm-up; sink %d)%n", rounds, n,
                    rounds / 2, sink & 1);
        } finally {
            b.tearDown();
        }
    }

    private static double median(double[] values, int from) {
        double[] v = Arrays.copyOfRange(values, from, values.length);
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
