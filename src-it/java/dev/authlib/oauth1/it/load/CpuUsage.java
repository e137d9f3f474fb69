package dev.authlib.oauth1.it.load;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time consumed so far: by this JVM as a whole ({@code OperatingSystemMXBean#getProcessCpuTime}), by its live
 * Java threads grouped by role (from their names), and by the provider's Python process (its {@code /proc} times, via
 * {@link ProcessHandle.Info#totalCpuDuration()}). The difference of two snapshots is what a run cost.
 */
final class CpuUsage {
    /**
     * Thread groups, by a part of the thread name ({@code XNIO-<n> task-<m>} for Undertow's workers), in report order;
     * what each contains is spelled out.
     */
    static final Map<String, String> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put(" task-", "app request threads (Undertow workers: servlet, RESTEasy, Weld, the library, "
                + "its back-channel HTTP calls)");
        GROUPS.put(" I/O-", "Undertow I/O threads");
        GROUPS.put("HttpClient-", "test browsers (JDK HttpClient threads)");
        GROUPS.put("load-user-", "virtual users (test driver, assertions, the signed API call through the library)");
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long processNanos;
    private final Map<Long, Long> threadNanos;
    private final Map<Long, String> threadNames;
    private final Duration provider;
    private final long jitMillis;
    private final long gcMillis;

    private CpuUsage(long processNanos, Map<Long, Long> threadNanos, Map<Long, String> threadNames,
            Duration provider, long jitMillis, long gcMillis) {
        this.processNanos = processNanos;
        this.threadNanos = threadNanos;
        this.threadNames = threadNames;
        this.provider = provider;
        this.jitMillis = jitMillis;
        this.gcMillis = gcMillis;
    }

    static CpuUsage now(ProcessHandle provider) {
        Map<Long, Long> nanos = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (ThreadInfo t : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (t != null) {
                long cpu = THREADS.getThreadCpuTime(t.getThreadId());
                if (cpu >= 0) {
                    nanos.put(t.getThreadId(), cpu);
                    names.put(t.getThreadId(), t.getThreadName());
                }
            }
        }
        long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        Duration py = provider == null ? null : provider.info().totalCpuDuration().orElse(null);
        long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        long gc = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
        return new CpuUsage(process, nanos, names, py, jit, gc);
    }

    /** The provider: the one {@code provider.py} child of this JVM, or {@code null} if it cannot be told apart. */
    static ProcessHandle providerProcess() {
        List<ProcessHandle> found = ProcessHandle.current().children()
                .filter(p -> p.info().commandLine().orElse("").contains("provider.py")).toList();
        return found.size() == 1 ? found.get(0) : null;
    }

    /** Process CPU between the two snapshots, in nanoseconds. */
    long processSince(CpuUsage before) {
        return processNanos - before.processNanos;
    }

    /** Provider CPU between the two snapshots, in nanoseconds, or -1 if unknown. */
    long providerSince(CpuUsage before) {
        return provider == null || before.provider == null ? -1 : provider.minus(before.provider).toNanos();
    }

    /**
     * CPU per group between the two snapshots, in nanoseconds: the {@link #GROUPS}, "other Java threads", and the
     * rest of the process ("JVM: GC, JIT, threads that ended").
     */
    Map<String, Long> groupsSince(CpuUsage before) {
        Map<String, Long> out = new LinkedHashMap<>();
        GROUPS.values().forEach(g -> out.put(g, 0L));
        out.put("other Java threads", 0L);
        long javaThreads = 0;
        for (Map.Entry<Long, Long> t : threadNanos.entrySet()) {
            long delta = t.getValue() - before.threadNanos.getOrDefault(t.getKey(), 0L);
            javaThreads += delta;
            out.merge(group(threadNames.get(t.getKey())), delta, Long::sum);
        }
        out.put("JVM itself: GC, JIT compiler, threads that ended during the run", processSince(before) - javaThreads);
        return out;
    }

    /** Time the JIT compilers spent between the snapshots ({@code CompilationMXBean}), in milliseconds. */
    long jitMillisSince(CpuUsage before) {
        return jitMillis - before.jitMillis;
    }

    /** Time spent in garbage collection between the snapshots ({@code GarbageCollectorMXBean}), in milliseconds. */
    long gcMillisSince(CpuUsage before) {
        return gcMillis - before.gcMillis;
    }

    private static String group(String threadName) {
        for (Map.Entry<String, String> g : GROUPS.entrySet()) {
            boolean undertow = g.getKey().startsWith(" ");
            if (undertow ? threadName.startsWith("XNIO-") && threadName.contains(g.getKey())
                    : threadName.startsWith(g.getKey())) {
                return g.getValue();
            }
        }
        return "other Java threads";
    }
}
