package dev.authlib.bench;

/**
 * One typed-call variant of {@link TypedCallBenchmark} in a loop for a while, on the main thread: a subject for a
 * sampling profile (JFR), one variant per JVM so that none shares its profile with another.
 *
 * <pre>java -XX:StartFlightRecording=... -cp target/benchmarks.jar dev.authlib.bench.TypedCallLoop signed 30</pre>
 */
public final class TypedCallLoop {
    private static int sink;

    private TypedCallLoop() {}

    public static void main(String[] args) {
        String variant = args[0];
        long seconds = Long.parseLong(args[1]);
        TypedCallBenchmark b = new TypedCallBenchmark();
        b.setUp();
        try {
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            long calls = 0;
            while (System.nanoTime() < end) {
                for (int i = 0; i < 100; i++) {
                    switch (variant) {
                        case "unsigned": sink += b.unsigned().length(); break;
                        case "unsignedFiltered": sink += b.unsignedFiltered().length(); break;
                        case "signatureOnly": sink += b.signatureOnly().length(); break;
                        case "signatureDiscarded": sink += b.signatureDiscarded().length(); break;
                        case "constantAuthorization": sink += b.constantAuthorization().length(); break;
                        default: sink += b.signed().length();
                    }
                }
                calls += 100;
            }
            System.out.println(variant + ": " + calls + " calls (sink " + (sink & 1) + ")");
        } finally {
            b.tearDown();
        }
    }
}
