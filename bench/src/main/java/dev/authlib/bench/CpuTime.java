package dev.authlib.bench;

import java.lang.management.ManagementFactory;
import java.security.GeneralSecurityException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A cross-check of the JMH numbers that a shared, loaded machine cannot disturb as much: the benchmark thread's own
 * CPU time and allocated bytes per signature (HotSpot's {@code com.sun.management.ThreadMXBean}), the libraries
 * interleaved round by round. Not a substitute for JMH (no forks, no blackhole, GC threads not counted), a sanity
 * check of its ratios. Runs {@link SignatureAgreement#verify} first.
 *
 * <pre>java -cp target/benchmarks.jar dev.authlib.bench.CpuTime [rounds] [opsPerRound]</pre>
 */
public final class CpuTime {
    private static int sink;

    private CpuTime() {}

    public static void main(String[] args) throws GeneralSecurityException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        com.sun.management.ThreadMXBean t = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        for (Workload w : Workload.values()) {
            SignatureAgreement.Result agreed = SignatureAgreement.verify(w);
            AuthlibSigning ours = new AuthlibSigning(w);
            GoogleOAuthClientSigning google = new GoogleOAuthClientSigning(w, false);
            ScribeJavaSigning scribe = new ScribeJavaSigning(w, false);
            SignpostSigning signpost = new SignpostSigning(w, false);
            HmacFloor floor = new HmacFloor(agreed.baseString);
            boolean workaround = !agreed.googleIdiomaticAgrees;
            String[] names = {"authlib", "googleOAuthClient", "scribejava", "signpost", "floorHmac", "floorHmacClone"};
            Map<String, double[]> best = new LinkedHashMap<>();
            for (int r = 0; r < rounds; r++) {
                for (String name : names) {
                    int count = name.equals("scribejava") ? n / 10 : n;
                    long a0 = t.getThreadAllocatedBytes(tid);
                    long c0 = t.getCurrentThreadCpuTime();
                    // one loop per library, calling it directly: no shared, megamorphic call site
                    switch (name) {
                        case "authlib":
                            for (int i = 0; i < count; i++) {
                                sink += ours.sign().authorizationHeader().length();
                            }
                            break;
                        case "googleOAuthClient":
                            for (int i = 0; i < count; i++) {
                                sink += (workaround ? google.signWithFormWorkaround() : google.signIdiomatic()).length();
                            }
                            break;
                        case "scribejava":
                            for (int i = 0; i < count; i++) {
                                sink += scribe.sign().length();
                            }
                            break;
                        case "signpost":
                            for (int i = 0; i < count; i++) {
                                sink += signpost.sign().length();
                            }
                            break;
                        case "floorHmac":
                            for (int i = 0; i < count; i++) {
                                sink += floor.perThread().length();
                            }
                            break;
                        default:
                            for (int i = 0; i < count; i++) {
                                sink += floor.cloned().length();
                            }
                    }
                    double ns = (t.getCurrentThreadCpuTime() - c0) / (double) count;
                    double bytes = (t.getThreadAllocatedBytes(tid) - a0) / (double) count;
                    if (r >= rounds / 2) { // first half is warm-up
                        best.merge(name, new double[] {ns, bytes}, (x, y) -> x[0] <= y[0] ? x : y);
                    }
                }
            }
            double oursNs = best.get("authlib")[0];
            System.out.printf("%n%s (best of %d rounds after %d warm-up rounds)%n", w, rounds - rounds / 2, rounds / 2);
            System.out.printf("%-18s %10s %10s %14s%n", "", "CPU ns/op", "B/op", "this ÷ authlib");
            for (Map.Entry<String, double[]> e : best.entrySet()) {
                System.out.printf("%-18s %10.0f %10.0f %13.2fx%n", e.getKey(), e.getValue()[0], e.getValue()[1],
                        e.getValue()[0] / oursNs);
            }
        }
        System.out.println(sink == 42 ? "." : "");
    }
}
