package dev.authlib.oauth1.it.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.it.flow.FlowApp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Many users logging in at once against the real Authlib provider, on loopback: every login completes, every user
 * gets a token of their own, nothing fails. The throughput and CPU figures are printed as a report, never asserted
 * (the machine is shared); see {@code docs/OPERATIONS-FIGURES.md}.
 *
 * <p>Each virtual user ({@code it.load.users}, default 32) has its own browser (cookie jar, HTTP session) and logs in
 * {@code it.load.logins} times (default 10) through the built-in routes, each time with a {@code next} path of its own.
 * The users are split over two clients with different consumer keys at the provider, {@code twitter} and
 * {@code m-hmac-sha1-header} (both HMAC-SHA1 in the header, from {@code FlowConfig}), so that a token handed to a user
 * of the other client would be refused by the provider at the API call. Within a client, the application's observer
 * ({@link LoginRecorder}) ties each login event to the session and the temporary token of its callback.
 */
class LoadIT {
    static final int USERS = Integer.getInteger("it.load.users", 32);
    static final int LOGINS = Integer.getInteger("it.load.logins", 10);
    /** Logins per user before the measured round: sessions, class loading, JIT, connection pools. */
    static final int WARM_UP = 3;
    static final List<String> CLIENTS = List.of("twitter", "m-hmac-sha1-header");
    /** A safety bound for a hung run, not a speed requirement. */
    static final Duration BOUND = Duration.ofMinutes(5);
    /** Pending logins held in one store for the heap figure (the store's limit is raised to allow them). */
    static final int HELD = 10_000;
    /** A request line of the provider's log; lines written by concurrent requests may share a physical line. */
    private static final Pattern LOG_LINE = Pattern.compile("(GET|POST) (/\\S*) -> (\\d{3})");

    @RegisterExtension
    static final FlowApp app = new FlowApp(Map.of("authlib.oauth.store.max-pending", String.valueOf(HELD)),
            LoginRecorder.class);

    /** One round: every user logs in {@code logins} times, all users at once. */
    record Round(List<VirtualUser.CompletedLogin> logins, long wallNanos, CpuUsage before, CpuUsage after) {}

    @Test
    void manyUsersAtOnce_everyLoginCompletes_eachWithTheUsersOwnToken() {
        assertTimeoutPreemptively(BOUND, () -> {
            LoginRecorder recorder = app.bean(LoginRecorder.class);
            recorder.clear();
            List<VirtualUser> users = IntStream.range(0, USERS)
                    .mapToObj(i -> new VirtualUser(i, CLIENTS.get(i % CLIENTS.size()), app, recorder)).toList();
            ProcessHandle provider = CpuUsage.providerProcess();

            Round warmUp = round(users, WARM_UP, provider); // not reported
            Map<String, Integer> requestsBefore = providerRequests();
            Round run = round(users, LOGINS, provider);
            Map<String, Integer> requestsAfter = providerRequests();

            List<VirtualUser.CompletedLogin> all = new ArrayList<>(warmUp.logins());
            all.addAll(run.logins());
            assertEquals(USERS * (WARM_UP + LOGINS), all.size(), "every login completed");
            assertEquals(all.size(), recorder.all().size(), "one login event per login, none more");
            assertEquals(List.of(), recorder.failures(), "no failed login event");
            Set<String> temporary = new HashSet<>();
            Set<String> tokens = new HashSet<>();
            for (VirtualUser.CompletedLogin l : all) {
                assertTrue(temporary.add(l.temporaryToken()), () -> "temporary token used twice: " + l);
                assertTrue(tokens.add(l.token().token()), () -> "token credentials handed out twice: " + l);
            }
            Map<Integer, Set<String>> sessionsPerUser = new TreeMap<>();
            all.forEach(l -> sessionsPerUser.computeIfAbsent(l.user(), u -> new HashSet<>()).add(l.sessionId()));
            Set<String> sessions = new HashSet<>();
            sessionsPerUser.values().forEach(s -> {
                assertEquals(1, s.size(), "each browser kept one session: " + s);
                sessions.addAll(s);
            });
            assertEquals(USERS, sessions.size(), "no two browsers shared a session");
            for (VirtualUser u : users) {
                assertEquals("0", u.pending(), "nothing left pending");
            }
            assertEquals(Map.of(), errorStatuses(), "the provider answered no 4xx or 5xx");

            System.out.println(report(run, requestsBefore, requestsAfter));
        });
    }

    @Test
    void pendingLogin_serializedAndRetainedSize_report() {
        assertTimeoutPreemptively(BOUND, () -> {
            PendingLoginFootprint.Figures f = PendingLoginFootprint.measure(app, CLIENTS.get(0), HELD);
            System.out.printf(Locale.ROOT, "LoadIT pending login footprint (default session store; real pending login: "
                    + "%s)%n  serialized session attributes: empty store %d B, 1 pending login %d B, 10 pending %d B "
                    + "-> %.0f B per further login%n  retained heap: %.0f B per pending login (heap after GC, %d held "
                    + "in one store)%n", f.shape(), f.emptySession(), f.oneLogin(), f.tenLogins(),
                    f.serializedPerLogin(), f.retainedPerLogin(), f.held());
        });
    }

    private static Round round(List<VirtualUser> users, int logins, ProcessHandle provider) throws Exception {
        AtomicInteger threads = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(users.size(), users.size(), 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> new Thread(r, "load-user-" + threads.getAndIncrement()));
        pool.prestartAllCoreThreads();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<VirtualUser.CompletedLogin>>> futures = new ArrayList<>();
            for (VirtualUser user : users) {
                futures.add(pool.submit(() -> {
                    start.await();
                    List<VirtualUser.CompletedLogin> done = new ArrayList<>();
                    for (int i = 0; i < logins; i++) {
                        done.add(user.login(i));
                    }
                    return done;
                }));
            }
            CpuUsage before = CpuUsage.now(provider);
            long t0 = System.nanoTime();
            start.countDown();
            List<VirtualUser.CompletedLogin> completed = new ArrayList<>();
            AssertionError failed = null;
            for (Future<List<VirtualUser.CompletedLogin>> f : futures) {
                try {
                    completed.addAll(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    if (failed == null) {
                        failed = new AssertionError("a virtual user failed: " + e.getCause(), e.getCause());
                    } else if (failed.getSuppressed().length < 5) {
                        failed.addSuppressed(e.getCause());
                    }
                }
            }
            long wall = System.nanoTime() - t0;
            CpuUsage after = CpuUsage.now(provider);
            if (failed != null) {
                throw failed;
            }
            return new Round(completed, wall, before, after);
        } finally {
            shutdown(pool);
        }
    }

    private static String report(Round run, Map<String, Integer> before, Map<String, Integer> after) {
        int n = run.logins().size();
        double seconds = run.wallNanos() / 1e9;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "LoadIT report: %d users x %d logins = %d logins (after %d warm-up "
                + "logins), %d cores, JDK %s%n", USERS, LOGINS, n, USERS * WARM_UP,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
        sb.append(String.format(Locale.ROOT, "  wall clock %.2f s -> %.1f logins/s%n", seconds, n / seconds));
        sb.append("  provider requests per login:");
        new TreeMap<>(after).forEach((path, count) -> sb.append(String.format(Locale.ROOT, " %s %.2f", path,
                (count - before.getOrDefault(path, 0)) / (double) n)));
        sb.append('\n');
        long jvm = run.after().processSince(run.before());
        sb.append(String.format(Locale.ROOT, "  test JVM CPU %.2f s = %.2f ms per login, of which:%n", jvm / 1e9,
                jvm / 1e6 / n));
        run.after().groupsSince(run.before()).forEach((group, nanos) -> sb.append(String.format(Locale.ROOT,
                "    %7.2f ms  %s%n", nanos / 1e6 / n, group)));
        sb.append(String.format(Locale.ROOT, "      (in that run: JIT compilers %.2f ms, GC %.2f ms per login, as the "
                + "JVM's MXBeans count them)%n", run.after().jitMillisSince(run.before()) / (double) n,
                run.after().gcMillisSince(run.before()) / (double) n));
        long py = run.after().providerSince(run.before());
        sb.append(py < 0 ? "  provider CPU: unknown (provider process not found)\n"
                : String.format(Locale.ROOT, "  provider (python3, Authlib) CPU %.2f s = %.2f ms per login%n",
                        py / 1e9, py / 1e6 / n));
        return sb.toString();
    }

    /** The provider's requests so far, by method and path (its log has one line per request). */
    private static Map<String, Integer> providerRequests() {
        Map<String, Integer> counts = new TreeMap<>();
        for (String line : app.provider().log().split("\n")) {
            Matcher m = LOG_LINE.matcher(line);
            while (m.find()) {
                counts.merge(m.group(1) + " " + m.group(2), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static Map<String, Integer> errorStatuses() {
        Map<String, Integer> errors = new TreeMap<>();
        for (String line : app.provider().log().split("\n")) {
            Matcher m = LOG_LINE.matcher(line);
            while (m.find()) {
                if (m.group(3).charAt(0) >= '4') {
                    errors.merge(m.group(1) + " " + m.group(2) + " -> " + m.group(3), 1, Integer::sum);
                }
            }
        }
        return errors;
    }

    private static void shutdown(ExecutorService pool) {
        pool.shutdownNow();
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
