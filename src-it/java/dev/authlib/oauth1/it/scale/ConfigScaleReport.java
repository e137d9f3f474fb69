package dev.authlib.oauth1.it.scale;

import dev.authlib.oauth1.OAuth1Client;
import dev.authlib.oauth1.internal.config.TestConfig;
import dev.authlib.oauth1.internal.cdi.TestDeployments;
import jakarta.enterprise.inject.literal.NamedLiteral;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * How deployment time and heap grow with the number of configured clients (issue 5, item 6): a timing harness, not a
 * test; it prints and asserts nothing. Each run registers a SmallRye Config holding {@code n} valid HMAC-SHA1 clients
 * (six keys each, as {@code TestConfig.client} writes them), boots Weld SE with the library's portable extension and
 * beans ({@code TestDeployments.weld()}), and measures:
 *
 * <ul>
 *   <li><b>start</b>: {@code Weld.initialize()}, which includes the extension reading and validating every client
 *       and {@code DefaultOAuth1Clients} validating them all again at {@code @Initialized(ApplicationScoped)};
 *   <li><b>first bean</b>: the first use of one client bean (its configuration is already validated; this creates its
 *       signer and its JAX-RS client);
 *   <li><b>heap</b>: heap used after {@code System.gc()}, as deltas: the configuration alone, the started container
 *       on top of it, and all {@code n} client beans created (each with its own JAX-RS client).
 * </ul>
 *
 * <p>One warm-up round per size is discarded; the medians of the following rounds are printed. Run it with the test
 * class path, e.g.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx1g -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     dev.authlib.oauth1.it.scale.ConfigScaleReport [repeats] [sizes...]
 * </pre>
 */
public final class ConfigScaleReport {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    /** Held, so that the level sticks (JUL keeps loggers weakly): Weld's INFO lines at each start are noise here. */
    private static final java.util.logging.Logger WELD_LOG = java.util.logging.Logger.getLogger("org.jboss.weld");

    /** One run at one size: times in milliseconds, heap deltas in bytes. */
    record Run(int clients, double startMs, double firstBeanMs, long configHeap, long containerHeap,
            long allBeansHeap) {}

    private ConfigScaleReport() {}

    public static void main(String[] args) {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int[] sizes = args.length > 1 ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {1, 100, 1000};
        WELD_LOG.setLevel(java.util.logging.Level.WARNING);
        for (int n : sizes) {
            measure(n); // warm-up: class loading and JIT, discarded
        }
        Map<Integer, List<Run>> runs = new HashMap<>();
        for (int r = 0; r < repeats; r++) {
            for (int n : sizes) { // sizes interleaved, so that drift in machine load spreads over all of them
                runs.computeIfAbsent(n, k -> new ArrayList<>()).add(measure(n));
            }
        }
        System.out.printf(Locale.ROOT, "%s, %d cores, JDK %s, max heap %d MiB, median of %d runs (1 warm-up)%n",
                System.getProperty("os.name"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, repeats);
        System.out.printf(Locale.ROOT, "%8s %10s %12s %12s %15s %15s%n", "clients", "start ms", "1st bean ms",
                "config KiB", "container KiB", "all beans KiB");
        for (int n : sizes) {
            List<Run> rs = runs.get(n);
            System.out.printf(Locale.ROOT, "%8d %10.1f %12.1f %12.0f %15.0f %15.0f%n", n, median(rs, Run::startMs),
                    median(rs, Run::firstBeanMs), median(rs, x -> x.configHeap()) / 1024,
                    median(rs, x -> x.containerHeap()) / 1024, median(rs, x -> x.allBeansHeap()) / 1024);
        }
        System.out.println("per added client (difference of medians between consecutive sizes):");
        System.out.printf(Locale.ROOT, "%13s %14s %12s %15s %15s%n", "clients", "start ms", "config KiB",
                "container KiB", "all beans KiB");
        for (int i = 1; i < sizes.length; i++) {
            List<Run> a = runs.get(sizes[i - 1]);
            List<Run> b = runs.get(sizes[i]);
            double d = sizes[i] - sizes[i - 1];
            System.out.printf(Locale.ROOT, "%6d..%-5d %14.3f %12.2f %15.2f %15.2f%n", sizes[i - 1], sizes[i],
                    (median(b, Run::startMs) - median(a, Run::startMs)) / d,
                    (median(b, x -> x.configHeap()) - median(a, x -> x.configHeap())) / 1024 / d,
                    (median(b, x -> x.containerHeap()) - median(a, x -> x.containerHeap())) / 1024 / d,
                    (median(b, x -> x.allBeansHeap()) - median(a, x -> x.allBeansHeap())) / 1024 / d);
        }
    }

    @SuppressWarnings("try") // the configuration must stay registered while the container runs
    static Run measure(int n) {
        long base = usedAfterGc();
        try (TestConfig config = TestConfig.with(properties(n))) {
            long withConfig = usedAfterGc();
            long t0 = System.nanoTime();
            try (WeldContainer weld = TestDeployments.weld().containerId("scale-" + n + "-" + t0).initialize()) {
                long t1 = System.nanoTime();
                OAuth1Client first = weld.select(OAuth1Client.class, NamedLiteral.of(name(0))).get();
                first.name(); // a call through the client proxy creates the bean
                long t2 = System.nanoTime();
                long withContainer = usedAfterGc();
                for (int i = 1; i < n; i++) {
                    weld.select(OAuth1Client.class, NamedLiteral.of(name(i))).get().name();
                }
                long withAllBeans = usedAfterGc();
                return new Run(n, (t1 - t0) / 1e6, (t2 - t1) / 1e6, withConfig - base, withContainer - withConfig,
                        withAllBeans - withConfig);
            }
        }
    }

    private static Map<String, String> properties(int n) {
        Map<String, String> p = new HashMap<>();
        for (int i = 0; i < n; i++) {
            p.putAll(TestConfig.client(name(i), "https://provider-" + i + ".example"));
        }
        return p;
    }

    private static String name(int i) {
        return String.format(Locale.ROOT, "client-%04d", i);
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    private static double median(List<Run> runs, ToDoubleFunction<Run> value) {
        double[] v = runs.stream().mapToDouble(value).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
