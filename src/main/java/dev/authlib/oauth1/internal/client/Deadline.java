package dev.authlib.oauth1.internal.client;

import java.time.Duration;

/** The instant a back-channel call must be done by ({@code call-timeout}), on the monotonic clock. */
final class Deadline {
    private final long at;
    private final Duration length;

    private Deadline(long at, Duration length) {
        this.at = at;
        this.length = length;
    }

    static Deadline after(Duration length) {
        return new Deadline(System.nanoTime() + length.toNanos(), length);
    }

    long remainingNanos() {
        return Math.max(0, at - System.nanoTime());
    }

    boolean passed() {
        return at - System.nanoTime() <= 0;
    }

    /** The configured length, as a message shows it: {@code 30 s} or {@code 500 ms}. */
    @Override
    public String toString() {
        long ms = length.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }
}
