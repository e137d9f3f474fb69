package dev.authlib.oauth1.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code oauth_timestamp} (§3.3) made once a second: always the clock's current second, whatever the order. */
class TimestampCacheTest {

    /** A clock the test moves. */
    private static final class SteppedClock extends Clock {
        private volatile long millis;

        SteppedClock(long millis) {
            this.millis = millis;
        }

        void set(long millis) {
            this.millis = millis;
        }

        @Override
        public long millis() {
            return millis;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void withinOneSecond_theSameTextIsReused() {
        SteppedClock clock = new SteppedClock(1_318_622_958_000L);
        TimestampCache timestamps = new TimestampCache(clock);
        String first = timestamps.now();
        assertEquals("1318622958", first);
        clock.set(1_318_622_958_999L);
        assertSame(first, timestamps.now());
    }

    @Test
    void acrossASecondBoundary_theTextChanges() {
        SteppedClock clock = new SteppedClock(1_318_622_958_999L);
        TimestampCache timestamps = new TimestampCache(clock);
        assertEquals("1318622958", timestamps.now());
        clock.set(1_318_622_959_000L);
        assertEquals("1318622959", timestamps.now());
        clock.set(1_318_622_970_500L);
        assertEquals("1318622970", timestamps.now());
    }

    @Test
    void aClockSetBack_givesTheEarlierSecond() {
        SteppedClock clock = new SteppedClock(2_000_000_000_000L);
        TimestampCache timestamps = new TimestampCache(clock);
        assertEquals("2000000000", timestamps.now());
        clock.set(1_999_999_999_001L);
        assertEquals("1999999999", timestamps.now());
        clock.set(2_000_000_000_000L);
        assertEquals("2000000000", timestamps.now());
    }

    @Test
    void theEpochAndFarFutureSeconds_arePlainDecimal() {
        SteppedClock clock = new SteppedClock(0);
        TimestampCache timestamps = new TimestampCache(clock);
        assertEquals("0", timestamps.now());
        clock.set(253_402_300_799_000L); // 9999-12-31T23:59:59Z
        assertEquals("253402300799", timestamps.now());
    }

    @Test
    void threadsReadingAsTheClockAdvances_alwaysSeeTheCurrentSecond() throws Exception {
        int threads = 4;
        SteppedClock clock = new SteppedClock(1_700_000_000_000L);
        TimestampCache timestamps = new TimestampCache(clock);
        CyclicBarrier step = new CyclicBarrier(threads, () -> clock.set(clock.millis() + 1000 + clock.millis() % 7));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    int wrong = 0;
                    for (int s = 0; s < 500; s++) {
                        step.await(1, TimeUnit.MINUTES); // the last thread to arrive moves the clock on
                        String expected = Long.toString(clock.millis() / 1000);
                        for (int i = 0; i < 20; i++) {
                            wrong += expected.equals(timestamps.now()) ? 0 : 1;
                        }
                    }
                    return wrong;
                }));
            }
            for (Future<Integer> f : results) {
                assertEquals(0, f.get(2, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
