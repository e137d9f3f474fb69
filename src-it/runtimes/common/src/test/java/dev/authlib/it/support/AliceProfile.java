package dev.authlib.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;

/**
 * What every runtime's signed API call must answer once alice logged in: the interop provider's profile of its user
 * ({@code GET api/me}: {@code {"id":42,"screen_name":"alice","name":"Alice Example"}}), passed through by the
 * application.
 */
public final class AliceProfile {
    private static final Pattern SCREEN_NAME = Pattern.compile("\"screen_name\"\\s*:\\s*\"alice\"");

    private AliceProfile() {
    }

    /** Asserts that {@code me} answered 200 with alice's profile: her screen name and her name. */
    public static void assertAnswered(HttpResponse<String> me) {
        assertEquals(200, me.statusCode(), () -> me.uri() + ": " + me.body());
        assertTrue(SCREEN_NAME.matcher(me.body()).find() && me.body().contains("Alice Example"), me::body);
    }
}
