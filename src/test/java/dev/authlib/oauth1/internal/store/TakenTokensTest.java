package dev.authlib.oauth1.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The per-node replay guard: refuses a second take until the cookie would have expired, stays bounded, and never
 * forgets a login whose cookie could still be replayed (when full, it refuses instead).
 */
class TakenTokensTest {

    @Test
    void secondTake_isRefused_untilTheCookieWouldHaveExpired() {
        TakenTokens taken = new TakenTokens(10);
        assertTrue(taken.firstTake("a", 1_000, 0));
        assertFalse(taken.firstTake("a", 1_000, 500));
        assertEquals(0, countAfterPurge(taken, 1_000));
    }

    @Test
    void whenFull_takesAreRefused_andNoLiveLoginIsForgotten() {
        TakenTokens taken = new TakenTokens(3);
        for (int i = 0; i < 3; i++) {
            assertTrue(taken.firstTake("t" + i, 10_000, 0));
        }
        assertFalse(taken.firstTake("t3", 10_000, 1), "full: a new login is refused");
        assertEquals(3, taken.size());
        assertFalse(taken.firstTake("t0", 10_000, 2), "the oldest is still known: its replay is refused");
        assertTrue(taken.firstTake("t3", 20_000, 10_000), "once the oldest have expired there is room again");
    }

    @Test
    void fullOfStragglers_isPurgedWhole_beforeRefusing() {
        TakenTokens taken = new TakenTokens(3);
        assertTrue(taken.firstTake("late", 50_000, 0)); // taken first, expires last: blocks the ordered purge
        assertTrue(taken.firstTake("a", 1_000, 0));
        assertTrue(taken.firstTake("b", 1_000, 0));
        assertTrue(taken.firstTake("c", 60_000, 2_000), "the expired ones behind the straggler make room");
        assertFalse(taken.firstTake("late", 60_000, 2_000));
    }

    @Test
    void capacity_agreesWithTheTtl() {
        assertEquals(600 * TakenTokens.LOGINS_PER_SECOND, TakenTokens.forTtl(Duration.ofMinutes(10)).capacity());
        assertEquals(TakenTokens.MIN_CAPACITY, TakenTokens.forTtl(Duration.ofSeconds(1)).capacity());
        assertEquals(TakenTokens.MAX_CAPACITY, TakenTokens.forTtl(Duration.ofDays(30)).capacity());
    }

    private static int countAfterPurge(TakenTokens taken, long now) {
        taken.firstTake("probe", now + 1, now);
        return taken.size() - 1;
    }
}
