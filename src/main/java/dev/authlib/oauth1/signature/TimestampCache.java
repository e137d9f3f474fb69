package dev.authlib.oauth1.signature;

import java.time.Clock;

/**
 * The {@code oauth_timestamp} (§3.3) of a signer's clock: seconds since the epoch, as text. The text changes once a
 * second, so it is made once a second rather than once per request. Thread-safe: the last second and its text are
 * one immutable value, replaced whole.
 */
final class TimestampCache {
    private final Clock clock;
    private volatile Second last = new Second(Long.MIN_VALUE, "");

    TimestampCache(Clock clock) {
        this.clock = clock;
    }

    /** The current second's timestamp text. */
    String now() {
        long second = clock.millis() / 1000L;
        Second s = last;
        if (s.second != second) {
            s = new Second(second, Long.toString(second));
            last = s;
        }
        return s.text;
    }

    private static final class Second {
        final long second;
        final String text;

        Second(long second, String text) {
            this.second = second;
            this.text = text;
        }
    }
}
