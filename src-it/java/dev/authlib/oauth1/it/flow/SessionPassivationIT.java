package dev.authlib.oauth1.it.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.it.browser.Browser;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The default store survives the servlet container passivating the session mid-login: the deployment is stopped
 * (every session attribute goes through Java serialization) and started again (the attributes come back into the
 * browser's session), between the redirect to the provider and the callback.
 */
class SessionPassivationIT {
    static final SerializingSessionPersistence SESSIONS = new SerializingSessionPersistence();

    @RegisterExtension
    static final FlowApp app = new FlowApp().persistSessionsWith(SESSIONS);

    @BeforeEach
    void clearEvents() {
        app.events().clear();
    }

    @Test
    void loginStartedBeforePassivation_completesAfterRestore() throws Exception {
        Browser browser = new Browser();
        URI authorize = Browser.redirect(browser.get(app.uri("oauth1/twitter/login?next=/app/after-restore")), 303);
        String session = browser.sessionId().orElseThrow();
        URI callback = ProviderPages.approve(browser, authorize);

        app.restartDeployment();

        assertEquals(1, storeAttributes(session).size(), "the store was passivated with the session");
        assertEquals("1", app.pending(browser), "and restored with its pending login (Undertow gives the restored "
                + "session a new id)");
        assertEquals(app.origin("/app/after-restore"), Browser.redirect(browser.get(callback), 303));
        assertEquals(1, app.events().logins().size());
        assertEquals("alice", app.events().logins().get(0).credentials().parameter("screen_name").orElseThrow());
        assertEquals("0", app.pending(browser));

        HttpResponse<String> replay = browser.get(callback);
        assertEquals(400, replay.statusCode(), "still single use after the restore: " + replay.body());
    }

    /** Prints what pending logins add to a passivated session: the store's attribute, with one and two logins. */
    @Test
    void passivatedSession_sizeOfThePendingLogins() throws Exception {
        Browser one = new Browser();
        Browser.redirect(one.get(app.uri("oauth1/twitter/login")), 303);
        Browser two = new Browser();
        Browser.redirect(two.get(app.uri("oauth1/twitter/login")), 303);
        Browser.redirect(two.get(app.uri("oauth1/twitter/login")), 303);
        Browser none = new Browser();
        assertEquals("0", app.pending(none)); // a session whose store holds nothing

        app.restartDeployment();

        int empty = storeSize(none.sessionId().orElseThrow());
        int withOne = storeSize(one.sessionId().orElseThrow());
        int withTwo = storeSize(two.sessionId().orElseThrow());
        System.out.printf("passivated store attribute: no login %d B, one pending login %d B (+%d), two %d B (+%d "
                + "for the second)%n", empty, withOne, withOne - empty, withTwo, withTwo - withOne);
        assertTrue(withOne - empty < 1024 && withTwo - withOne < 512, "pending logins cost " + (withOne - empty)
                + " B and " + (withTwo - withOne) + " B");
        assertEquals("1", app.pending(one));
        assertEquals("2", app.pending(two));
    }

    /**
     * The session attributes of session-scoped beans: Weld keeps each under an attribute of its own ({@code WELD_S#n});
     * the store is the application's only session-scoped bean.
     */
    private static Map<String, Integer> storeAttributes(String sessionId) {
        Map<String, Integer> sizes = new HashMap<>(SESSIONS.attributeSizes("flow.war", sessionId));
        sizes.keySet().removeIf(name -> !name.startsWith("WELD_S#"));
        return sizes;
    }

    private static int storeSize(String sessionId) {
        Map<String, Integer> sizes = storeAttributes(sessionId);
        assertEquals(1, sizes.size(), () -> "one store attribute in " + SESSIONS.attributeSizes("flow.war",
                sessionId).keySet());
        return sizes.values().iterator().next();
    }
}
