package dev.authlib.it.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.it.badapp.Inventory;
import java.util.List;
import java.util.Map;

/**
 * The misconfigurations every runtime must refuse at deployment (Liberty, Payara) or build (Quarkus), each with its
 * message id and the key to fix, all in one failure: the demo client without its authorization URL, a misspelled
 * library-wide key, a misspelled prefix, and an injection point ({@link Inventory}) naming a client the
 * configuration does not have (which used to give only the container's unsatisfied-dependency error).
 */
public final class Misconfiguration {

    private Misconfiguration() {
    }

    /** Keys added to the demo client's configuration without {@code authorize-url}. */
    public static Map<String, String> typos() {
        return Map.of("authlib.oauth.stor", "cookie", "authlib.oauth.client.other.client-id", "other-key");
    }

    /** What the failure must say, one entry per problem. */
    public static List<String> expected() {
        return List.of("AUTHJ1010: authlib.oauth.clients.demo: authorize-url missing",
                "AUTHJ1102: authlib.oauth.stor: unknown key; did you mean authlib.oauth.store?",
                "AUTHJ1102: authlib.oauth.client.other.client-id: unknown key; did you mean "
                        + "authlib.oauth.clients.other.client-id?",
                "AUTHJ1104: no OAuth 1 client is configured under the name 'other', which field "
                        + Inventory.class.getName() + ".other needs: configure "
                        + "authlib.oauth.clients.other.client-id");
    }

    /** Asserts the failure text names every problem, and not as the container's own unsatisfied dependency. */
    public static void assertReported(String failure) {
        for (String problem : expected()) {
            assertTrue(failure.contains(problem), () -> "'" + problem + "' not in:\n" + failure);
        }
        assertFalse(failure.contains("WELD-001408"), failure); // Weld's unsatisfied dependency
        assertFalse(failure.contains("Unsatisfied dependency"), failure); // ArC's
    }
}
