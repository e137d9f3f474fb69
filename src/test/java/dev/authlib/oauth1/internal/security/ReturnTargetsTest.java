package dev.authlib.oauth1.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A login returns to a path on this origin only: everything a browser could read as another origin is refused. */
class ReturnTargetsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/app/page", "/app/page?tab=1&q=a%20b", "/", "/app/a:b", "/app/%2F%2Fstill-a-path"})
    void pathsOnThisOrigin_areKept(String target) {
        assertEquals(target, ReturnTargets.safe(target));
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/x", "/\\evil.example/x", "https://evil.example/x", "javascript:alert(1)",
        "evil.example", "", "/app\r\nSet-Cookie:x=1", "/app page", "/app/\u00e9", "/app/%zz\\", "/a\tb"})
    void targetsThatCouldNameAnotherOriginOrBreakTheHeader_areRefused(String target) {
        assertNull(ReturnTargets.safe(target));
    }

    @Test
    void overlongTarget_isRefused() {
        assertNull(ReturnTargets.safe("/" + "a".repeat(ReturnTargets.MAX_LENGTH)));
    }
}
