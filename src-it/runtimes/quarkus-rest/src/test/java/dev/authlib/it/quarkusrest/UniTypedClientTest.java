package dev.authlib.it.quarkusrest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.it.app.typed.TypedCallsResource;
import dev.authlib.it.common.TypedClientScenarios;
import dev.authlib.it.quarkus.common.AppProfile;
import dev.authlib.oauth1.it.browser.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Mutiny {@code Uni} typed calls on Quarkus REST's client ({@code dev.authlib.it.app.typed.UniApi}), signed the same
 * way as the others: the resolver's token at subscription, the per-call token, a refusal as the typed exception.
 */
@QuarkusTest
@TestProfile(AppProfile.class)
class UniTypedClientTest {

    @TestHTTPResource("/")
    URL base;

    private final TypedClientScenarios app = path -> Browser.loopback(base, path);

    @Test
    void uniReturnedToQuarkusRest_isSignedWithTheResolversToken() {
        Map<String, String> me = app.call("uni/me?user=" + app.logIn());
        assertEquals(TypedClientScenarios.ALICE, me.get("screen_name"), me::toString);
    }

    @Test
    void uniAwaited_isSignedWithTheResolversToken() {
        Map<String, String> me = app.call("uni/me-blocking?user=" + app.logIn());
        assertEquals(TypedClientScenarios.ALICE, me.get("screen_name"), me::toString);
    }

    @Test
    void uniWithAPerCallToken_isSignedWithIt() {
        Map<String, String> me = app.call("uni/per-call?user=" + app.logIn());
        assertEquals(TypedClientScenarios.ALICE, me.get("screen_name"), me::toString);
    }

    @Test
    void uniRefused_failsWithTheLibrarysTypedException() {
        Map<String, String> refused = app.call("uni/refused");
        assertEquals("dev.authlib.oauth1.OAuth1ProviderException", refused.get("oauth_exception"), refused::toString);
        assertEquals("invalid_token", refused.get("problem"));
        assertTrue(refused.get("message").contains("AUTHJ6004"), refused::toString);
        assertFalse(refused.toString().contains(TypedCallsResource.FORGED_SECRET));
    }
}
