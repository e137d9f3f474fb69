package dev.authlib.oauth1.internal.client;

import static dev.authlib.oauth1.internal.client.TypedClients.ALICE;
import static dev.authlib.oauth1.internal.client.TypedClients.BOB;
import static dev.authlib.oauth1.internal.client.TypedClients.CLIENT_SECRET;
import static dev.authlib.oauth1.internal.client.TypedClients.STATIC_SECRET;
import static dev.authlib.oauth1.internal.client.TypedClients.TOKEN_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.OAuth1Exception;
import dev.authlib.oauth1.OAuth1Signed;
import dev.authlib.oauth1.TokenCredentials;
import dev.authlib.oauth1.internal.client.FakeProvider.Recorded;
import dev.authlib.oauth1.internal.client.FakeProvider.Reply;
import dev.authlib.oauth1.internal.config.TestConfig;
import dev.authlib.oauth1.internal.client.TypedClients.Api;
import dev.authlib.oauth1.internal.client.TypedClients.ChildApi;
import dev.authlib.oauth1.internal.client.TypedClients.Kind;
import dev.authlib.oauth1.internal.client.TypedClients.Note;
import dev.authlib.oauth1.internal.client.TypedClients.PlainApi;
import dev.authlib.oauth1.signature.BodyHashAlgorithm;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A MicroProfile Rest Client interface signed by a configured client (RESTEasy's implementation, as OpenLiberty and
 * Quarkus classic have it), each request checked as the provider received it: which token, the signature computed
 * again over what arrived, the per-call token's header gone.
 */
class TypedClientSigningTest {
    /** RESTEasy's REST client reads MicroProfile Config: one registered for this test only, released after it. */
    private final TestConfig config = TestConfig.with(Map.of());
    private final FakeProvider provider = FakeProvider.start();
    private final List<ManagedOAuth1Client> clients = new ArrayList<>();
    /** What the resolver answers: the "current user" of the calling thread. */
    private static final ThreadLocal<TokenCredentials> CURRENT_USER = new ThreadLocal<>();

    @AfterEach
    void stop() {
        CURRENT_USER.remove();
        clients.forEach(ManagedOAuth1Client::close);
        provider.close();
        config.close();
    }

    private ManagedOAuth1Client client(Kind kind) {
        return client(kind, null);
    }

    private ManagedOAuth1Client client(Kind kind, BodyHashAlgorithm bodyHash) {
        ManagedOAuth1Client c = TypedClients.client(kind, bodyHash, name -> Optional.ofNullable(CURRENT_USER.get()));
        clients.add(c);
        return c;
    }

    private Api api(Kind kind) {
        return TypedClients.rest(Api.class, provider, client(kind));
    }

    private Recorded last() {
        List<Recorded> all = provider.requests();
        return all.get(all.size() - 1);
    }

    @Test
    void typedGet_isSignedWithTheResolversToken_overTheQueryAsSent() {
        provider.on("/api/search", Reply.text(200, "found"));
        CURRENT_USER.set(ALICE);

        assertEquals("found", api(Kind.LOGIN).search("a b+c*d~e%f ü€", "de"));

        Recorded r = last();
        assertEquals("q=a+b%2Bc*d~e%25f+%C3%BC%E2%82%AC&lang=de", r.query(), "RESTEasy's encoding, once");
        assertEquals(Map.of("q", "a b+c*d~e%f ü€", "lang", "de"), r.queryParameters());
        assertEquals("alice-token", r.oauthParameters().get("oauth_token"));
        RecomputedSignature.assertValid(r, provider, CLIENT_SECRET, TOKEN_SECRET);
    }

    @Test
    void eachCall_hasAFreshNonce() {
        provider.on("/api/me", Reply.text(200, "me"));
        CURRENT_USER.set(ALICE);
        Api api = api(Kind.LOGIN);
        api.me();
        api.me();
        List<Recorded> both = provider.requests("/api/me");
        assertFalse(both.get(0).oauthParameters().get("oauth_nonce").equals(both.get(1).oauthParameters()
                .get("oauth_nonce")));
    }

    @Test
    void perCallToken_signsThatCall_andItsHeaderNeverReachesTheWire() {
        provider.on("/api/me", Reply.text(200, "me"));
        CURRENT_USER.set(ALICE);
        Api api = api(Kind.LOGIN);
        int waiting = TokenHandles.INSTANCE.waiting();

        api.me(BOB);

        Recorded r = last();
        assertEquals("bob-token", r.oauthParameters().get("oauth_token"), "the call's own token wins");
        assertNull(r.header(OAuth1Signed.TOKEN_HEADER));
        assertEquals(waiting, TokenHandles.INSTANCE.waiting(), "the handle was taken back");
        RecomputedSignature.assertValid(r, provider, CLIENT_SECRET, TOKEN_SECRET);

        api.me((TokenCredentials) null);
        assertEquals("alice-token", last().oauthParameters().get("oauth_token"), "null: as without the parameter");
    }

    @Test
    void perCallToken_winsOverTheStaticToken() {
        provider.on("/api/me", Reply.text(200, "me"));
        Api api = api(Kind.STATIC_TOKEN);

        api.me();
        assertEquals("static-token", last().oauthParameters().get("oauth_token"));
        RecomputedSignature.assertValid(last(), provider, CLIENT_SECRET, STATIC_SECRET);

        api.me(BOB);
        assertEquals("bob-token", last().oauthParameters().get("oauth_token"));
    }

    @Test
    void aTokenHeaderSetByHand_stopsTheCall_beforeAnythingIsSent() {
        CURRENT_USER.set(ALICE);
        assertRefusedBeforeSending("AUTHJ6003", () -> api(Kind.LOGIN).meWithHeader("guess"));
    }

    @Test
    void staticTokenClient_signsWithItsToken_andNeverAsksTheResolver() {
        provider.on("/api/me", Reply.text(200, "me"));
        CURRENT_USER.set(ALICE);
        api(Kind.STATIC_TOKEN).me();
        assertEquals("static-token", last().oauthParameters().get("oauth_token"));
    }

    @Test
    void tokenlessClients_signWithTheClientCredentials_orAnEmptyToken() {
        provider.on("/api/me", Reply.text(200, "me"));
        api(Kind.TOKENLESS).me();
        assertFalse(last().oauthParameters().containsKey("oauth_token"));
        RecomputedSignature.assertValid(last(), provider, CLIENT_SECRET, null);

        api(Kind.EMPTY_TOKEN).me();
        assertEquals("", last().oauthParameters().get("oauth_token"));
        RecomputedSignature.assertValid(last(), provider, CLIENT_SECRET, "");
    }

    @Test
    void loginClientWithoutToken_failsTheCall_namingWhy_beforeAnythingIsSent() {
        assertRefusedBeforeSending("AUTHJ3006", () -> api(Kind.LOGIN).me());
    }

    @Test
    void formPost_isSignedWithItsParameters() {
        provider.on("/api/statuses", Reply.text(200, "posted"));
        CURRENT_USER.set(ALICE);

        api(Kind.LOGIN).post("Hello Ladies + Gentlemen, a signed OAuth request!", "ü*~%");

        Recorded r = last();
        assertEquals("status=Hello+Ladies+%2B+Gentlemen%2C+a+signed+OAuth+request%21&tag=%C3%BC*%7E%25", r.body());
        RecomputedSignature.assertValid(r, provider, CLIENT_SECRET, TOKEN_SECRET);
    }

    @Test
    void serializedBody_carriesTheHashOfTheBytesSent_whereBodyHashIsSet() throws Exception {
        provider.on("/api/notes", Reply.text(200, "noted"));
        CURRENT_USER.set(ALICE);
        Api api = TypedClients.rest(Api.class, provider, client(Kind.LOGIN, BodyHashAlgorithm.SHA_256));

        api.note(new Note("{\"text\": \"ü\"}"));

        Recorded r = last();
        assertEquals("note:{\"text\": \"ü\"}", r.body());
        String expected = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(r.body().getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, r.oauthParameters().get("oauth_body_hash"));
        RecomputedSignature.assertValid(r, provider, CLIENT_SECRET, TOKEN_SECRET);
    }

    @Test
    void serializedBody_withoutBodyHash_isSignedWithoutIt() {
        provider.on("/api/notes", Reply.text(200, "noted"));
        CURRENT_USER.set(ALICE);
        api(Kind.LOGIN).note(new Note("x"));
        assertFalse(last().oauthParameters().containsKey("oauth_body_hash"));
        RecomputedSignature.assertValid(last(), provider, CLIENT_SECRET, TOKEN_SECRET);
    }

    @Test
    void asyncCall_isSignedWithTheCallingThreadsToken() throws Exception {
        provider.on("/api/me", Reply.text(200, "me"));
        CURRENT_USER.set(ALICE);
        Api api = api(Kind.LOGIN);

        assertEquals("me", api.meAsync().toCompletableFuture().get(10, TimeUnit.SECONDS));

        assertEquals("alice-token", last().oauthParameters().get("oauth_token"),
                "resolved on the calling thread, though RESTEasy sends from its pool");
        RecomputedSignature.assertValid(last(), provider, CLIENT_SECRET, TOKEN_SECRET);
    }

    @Test
    void inheritedAnnotation_signsTheSubInterface() {
        provider.on("/api/me", Reply.text(200, "me"));
        CURRENT_USER.set(ALICE);
        TypedClients.rest(ChildApi.class, provider, client(Kind.LOGIN)).me();
        assertEquals("alice-token", last().oauthParameters().get("oauth_token"));
    }

    @Test
    void interfaceWithoutTheAnnotation_builtWithoutTheFeature_isNotSigned() {
        provider.on("/api/me", Reply.text(200, "me"));
        RestClientBuilder.newBuilder().baseUri(provider.url("")).build(PlainApi.class).me();
        assertNull(last().authorization());
    }

    @Test
    void annotatedInterface_withoutCdi_andWithoutTheFeature_failsWhenBuilt_sayingWhatToDo() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RestClientBuilder.newBuilder().baseUri(provider.url("")).build(Api.class));
        assertTrue(e.getMessage().startsWith("AUTHJ6002: @OAuth1Signed(\"fake\") on " + Api.class.getName()),
                e::getMessage);
    }

    /** The call fails with the library's message {@code id} (whatever the REST client wraps it in), unsent. */
    private void assertRefusedBeforeSending(String id, Executable call) {
        OAuth1Exception cause = cause(assertThrows(RuntimeException.class, call), OAuth1Exception.class);
        assertTrue(cause.getMessage().contains(id), cause::getMessage);
        assertTrue(provider.requests().isEmpty(), "nothing was sent");
    }

    static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + e, e);
    }
}
