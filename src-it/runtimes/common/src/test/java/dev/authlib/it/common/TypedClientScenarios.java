package dev.authlib.it.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.it.app.typed.TypedCallsResource;
import dev.authlib.it.support.TypedPeers;
import dev.authlib.oauth1.it.browser.Browser;
import dev.authlib.oauth1.signature.ResponseParameters;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Typed REST clients ({@code @RegisterRestClient} + {@code @OAuth1Signed}, package {@code dev.authlib.it.app.typed})
 * on the runtime's own MicroProfile Rest Client, against the Authlib provider and oauthlib's verifier, the same on
 * every runtime. A runtime's test class implements this next to its login tests (one deployment): it answers
 * {@link #jaxRs(String)}, and its application is configured with {@link TypedPeers#config}.
 *
 * <p>Each test asks the application's {@code typed/<call>} route, which makes one typed call and answers what the peer
 * received (its JSON echo) or how the call ended; the peers verify every signature and refuse replayed nonces.
 */
public interface TypedClientScenarios {
    String ALICE = "alice";

    /** The application's URL for a path below its JAX-RS root, on 127.0.0.1. */
    URI jaxRs(String path);

    /** Logs alice in through the built-in routes; the application keeps her token by her screen name. */
    default String logIn() {
        Browser browser = new Browser();
        URI callback = browser.follow(browser.follow(jaxRs("oauth1/demo/login"), 303), 302);
        browser.follow(callback, 303);
        return ALICE;
    }

    /** One typed call through the application; its outcome as the peer's (or the exception's) JSON members. */
    default Map<String, String> call(String route) {
        HttpResponse<String> r = new Browser().get(jaxRs("typed/" + route));
        assertEquals(200, r.statusCode(), r::body);
        return ResponseParameters.parseJson(r.body());
    }

    private static void assertPeerAnswered(Map<String, String> answer) {
        assertNull(answer.get("exception"), () -> "the call failed: " + answer);
    }

    @Test
    default void typedGet_hostileQueryValues_reachTheProviderAsTheyWere() {
        Map<String, String> echo = call("query?user=" + logIn());
        assertPeerAnswered(echo);
        assertEquals(TypedCallsResource.HOSTILE, echo, "the provider verified the signature and decoded each value");
    }

    @Test
    default void formPost_isSignedWithItsParameters() {
        Map<String, String> echo = call("form?user=" + logIn());
        assertPeerAnswered(echo);
        assertEquals(Map.of("status", TypedCallsResource.STATUS, "tag", TypedCallsResource.TAG), echo);
    }

    @Test
    default void callWithoutToken_isSignedWithTheResolversToken() {
        Map<String, String> me = call("me?user=" + logIn());
        assertPeerAnswered(me);
        assertEquals(ALICE, me.get("screen_name"));
    }

    @Test
    default void asyncCall_isSignedWithTheTokenOfTheCallingThread() {
        Map<String, String> me = call("async?user=" + logIn());
        assertPeerAnswered(me);
        assertEquals(ALICE, me.get("screen_name"));
    }

    @Test
    default void perCallToken_winsOverTheResolvers() {
        Map<String, String> me = call("per-call?user=" + logIn());
        assertPeerAnswered(me);
        assertEquals(ALICE, me.get("screen_name"));
    }

    @Test
    default void providerRefusal_isTheLibrarysTypedException_withoutASecret() {
        Map<String, String> refused = call("refused");
        assertEquals("dev.authlib.oauth1.OAuth1ProviderException", refused.get("oauth_exception"), refused::toString);
        assertEquals("401", refused.get("status"));
        assertEquals("invalid_token", refused.get("problem"), "Authlib's JSON error");
        assertTrue(refused.get("message").contains("AUTHJ6004: the provider refused the call: HTTP 401"),
                refused::toString);
        assertFalse(refused.toString().contains(TypedCallsResource.FORGED_SECRET));
    }

    @Test
    default void loginClientWithoutToken_isRefusedBeforeSending() {
        Map<String, String> refused = call("no-token");
        assertTrue(String.valueOf(refused.get("message")).contains("AUTHJ3006"), refused::toString);
    }

    @Test
    default void jsonBody_carriesTheBodyHashTheVerifierRecomputes_signedWithTheStaticToken() {
        Map<String, String> v = call("body-hash");
        assertPeerAnswered(v);
        assertEquals("ok", v.get("body_hash"), v::toString);
        assertEquals("SHA-256", v.get("body_hash_algorithm"));
        assertEquals(TypedPeers.LEDGER_TOKEN, v.get("token"));
        assertEquals("HMAC-SHA256", v.get("signature_method"));
        assertEquals("POST", v.get("method"));
        Map<String, String> order = ResponseParameters.parseJson(v.get("body"));
        assertEquals(TypedCallsResource.NOTE, order.get("note"), "the body as the runtime's JSON provider wrote it");
    }

    @Test
    default void staticTokenClient_signsItsCalls_queryAsSent() {
        Map<String, String> v = call("static-token");
        assertPeerAnswered(v);
        assertEquals(TypedPeers.LEDGER_TOKEN, v.get("token"));
        assertEquals(Map.of("note", "ü€ 日本a+b"), ResponseParameters.parseJson(v.get("query")));
    }

    @Test
    default void verifierRefusal_carriesItsOauthProblem_andWhatToCheck() {
        Map<String, String> refused = call("ledger-refused");
        assertEquals("dev.authlib.oauth1.OAuth1ProviderException", refused.get("oauth_exception"), refused::toString);
        assertEquals("signature_invalid", refused.get("problem"), "from WWW-Authenticate: OAuth oauth_problem=...");
        assertTrue(refused.get("message").contains("check client-id, client-secret and signature-method"),
                refused::toString);
        assertFalse(refused.toString().contains(TypedCallsResource.FORGED_SECRET));
    }

    @Test
    default void tokenlessClient_hostileQueryValues_reachTheVerifierAsTheyWere() {
        Map<String, String> v = call("tokenless");
        assertPeerAnswered(v);
        assertNull(v.get("token"), "one-legged: no oauth_token");
        assertEquals(TypedPeers.LTI_KEY, v.get("client_key"));
        assertEquals(TypedCallsResource.HOSTILE, ResponseParameters.parseJson(v.get("query")));
    }

    @Test
    default void tokenlessClient_jsonBody_carriesTheSha1BodyHash() {
        Map<String, String> v = call("tokenless-body-hash");
        assertPeerAnswered(v);
        assertEquals("ok", v.get("body_hash"), v::toString);
        assertEquals("SHA-1", v.get("body_hash_algorithm"));
    }

    @Test
    default void runtimesOwnJaxRsClient_signedByTheFeature_perRequestToken() {
        Map<String, String> echo = call("jaxrs?user=" + logIn());
        assertPeerAnswered(echo);
        assertEquals(TypedCallsResource.HOSTILE, echo);
    }
}
