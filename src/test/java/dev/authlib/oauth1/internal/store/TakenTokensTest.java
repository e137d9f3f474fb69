package dev.authlib.oauth1.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The per-node replay guard: refuses a second take until the cookie would have expired, stays bounded. */
class TakenTokensTest {

    @Test
    void secondTake_isRefused_untilTheCookieWouldHaveExpired() {
        TakenTokens taken = new TakenTokens(10);
        assertTrue(taken.firstTake("a", 1_000, 0));
        assertFalse(taken.firstTake("a", 1_000, 500));
        assertEquals(0, countAfterPurge(taken, 1_000));
    }

    @Test
    void pastCapacity_theOldestAreForgotten() {
        TakenTokens taken = new TakenTokens(3);
        for (int i = 0; i < 5; i++) {
            assertTrue(taken.firstTake("t" + i, 10_000, 0));
        }
        assertEquals(3, taken.size());
        assertFalse(taken.firstTake("t4", 10_000, 1));
    }

    private static int countAfterPurge(TakenTokens taken, long now) {
        taken.firstTake("probe", now + 1, now);
        return taken.size() - 1;
    }
}
