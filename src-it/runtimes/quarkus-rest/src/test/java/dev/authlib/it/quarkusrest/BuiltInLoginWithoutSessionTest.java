package dev.authlib.it.quarkusrest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.it.quarkus.common.AppProfile;
import dev.authlib.it.quarkus.common.DemoProvider;
import dev.authlib.it.support.AliceProfile;
import dev.authlib.oauth1.it.browser.Browser;
import dev.authlib.oauth1.it.net.RawHttp;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A user logs in through the library's built-in routes on Quarkus REST, which has no HTTP session: the pending login
 * travels in an encrypted, HttpOnly cookie ({@code authlib.oauth.store=cookie}), and the application calls the
 * provider's API with the user's token. The temporary secret the provider issued (seen on the back channel through
 * {@link DemoProvider}'s relay) must not be readable in that cookie.
 */
@QuarkusTest
@TestProfile(AppProfile.class)
class BuiltInLoginWithoutSessionTest {

    @TestHTTPResource("/")
    URL base;

    @ConfigProperty(name = DemoProvider.BACK_CHANNEL_RECORD)
    String backChannelRecord;

    @Test
    void loginThroughBuiltInRoutes_withoutSession_thenSignedApiCallReturnsAlice() {
        Browser browser = new Browser();

        HttpResponse<String> login = browser.get(app("oauth1/demo/login?next=/me/alice"));
        URI authorize = Browser.redirect(login, 303);
        assertTrue(authorize.toString().contains("/oauth/authorize?") && authorize.getQuery().contains("oauth_token=")
                && authorize.getQuery().contains("auto=approve"), authorize::toString);
        String temporaryToken = queryParameter(authorize, "oauth_token");

        List<String> setCookies = login.headers().allValues("Set-Cookie");
        System.out.println("Set-Cookie of the login start: " + setCookies);
        assertEquals(2, setCookies.size(), setCookies::toString);
        assertTrue(setCookies.get(0).matches("authlib_o1b=[A-Za-z0-9_-]{43}; Path=/; Max-Age=600; HttpOnly; "
                + "SameSite=Lax"), "the browser id: " + setCookies);
        String pending = setCookies.get(1);
        assertTrue(pending.startsWith("authlib_o1_"), pending);
        assertTrue(pending.contains("; Path=/oauth1/;"), "scoped to the library's routes: " + pending);
        assertTrue(pending.contains("; HttpOnly"), pending);
        assertTrue(pending.contains("; SameSite=Lax"), pending);
        String value = pending.substring(pending.indexOf('=') + 1, pending.indexOf(';'));
        String decoded = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.ISO_8859_1);
        String temporarySecret = temporarySecret(temporaryToken);
        for (String clear : List.of(temporarySecret, temporaryToken, DemoProvider.CLIENT_SECRET)) {
            assertFalse(value.contains(clear) || decoded.contains(clear), "the cookie shows a credential in clear");
        }

        URI callback = browser.follow(authorize, 302);
        assertEquals(app("oauth1/demo/authorize").getPath(), callback.getPath(), callback::toString);

        HttpResponse<String> done = browser.get(callback);
        assertEquals(app("me/alice"), Browser.redirect(done, 303));
        // the pending login's cookie deleted (besides, the login session's: this application uses "Log in with X")
        List<String> doneCookies = done.headers().allValues("Set-Cookie").stream()
                .filter(c -> !c.startsWith("authlib_caller=")).toList();
        assertTrue(!doneCookies.isEmpty() && doneCookies.stream().allMatch(c -> c.startsWith(pending.substring(0,
                pending.indexOf('=') + 1)) && c.contains("Max-Age=0")), () -> "the pending login is deleted: "
                        + doneCookies);

        HttpResponse<String> me = browser.get(app("me/alice"));
        AliceProfile.assertAnswered(me);

        for (HttpResponse<String> r : List.of(login, done, me)) {
            assertFalse(r.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID")),
                    () -> "no HTTP session: " + r.headers().map());
        }
        assertTrue(browser.cookies().getCookieStore().getCookies().stream()
                .noneMatch(c -> c.getName().equalsIgnoreCase("JSESSIONID")), () -> browser.cookies().getCookieStore()
                        .getCookies().toString());
    }

    @Test
    void replayedCallback_isRejected() {
        Browser browser = new Browser();
        URI callback = browser.follow(browser.follow(app("oauth1/demo/login?next=/me/alice"), 303), 302);
        browser.follow(callback, 303);

        HttpResponse<String> replay = browser.get(callback);
        assertEquals(400, replay.statusCode(), replay::body);

        // and with the pending-login cookie the browser had before the callback (a copied request): refused too
        Browser copy = new Browser();
        URI copiedCallback = copy.follow(copy.follow(app("oauth1/demo/login?next=/me/alice"), 303), 302);
        String cookie = copy.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().startsWith("authlib_o1_")).map(c -> c.getName() + "=" + c.getValue())
                .findFirst().orElseThrow();
        copy.follow(copiedCallback, 303);
        HttpResponse<String> copied = copy.get(copiedCallback, cookie);
        assertEquals(400, copied.statusCode(), copied::body);
    }

    /**
     * Login CSRF with a planted cookie, behind TLS ({@code X-Forwarded-Proto: https}): Mallory's pending-login cookie,
     * planted in another browser (from a sibling subdomain), does not complete her login there: it is bound to her
     * {@code __Host-} browser id, which no sibling can plant. Her own browser, with both cookies, completes it.
     */
    @Test
    void plantedPendingLoginCookie_behindTls_completesNothing() {
        URI login = app("oauth1/demo/login?next=/me/alice");
        String host = "127.0.0.1:" + login.getPort();
        RawHttp.Answer started = RawHttp.get(login, host, "X-Forwarded-Proto: https");
        assertEquals(303, started.status(), started::toString);
        List<String> set = started.headers().stream().filter(h -> h.startsWith("Set-Cookie: "))
                .map(h -> h.substring(12).split(";", 2)[0]).toList();
        String id = set.stream().filter(c -> c.startsWith("__Host-authlib_o1b=")).findFirst()
                .orElseThrow(() -> new AssertionError(started.toString()));
        String pending = set.stream().filter(c -> c.startsWith("authlib_o1_")).findFirst().orElseThrow();
        URI callback = new Browser().follow(URI.create(started.header("Location").orElseThrow()), 302);

        RawHttp.Answer planted = RawHttp.get(callback, host, "X-Forwarded-Proto: https", "Cookie: " + pending);
        assertEquals(400, planted.status(), planted::toString);
        RawHttp.Answer own = RawHttp.get(callback, host, "X-Forwarded-Proto: https", "Cookie: " + pending + "; " + id);
        assertEquals(303, own.status(), own::toString);
    }

    @Test
    void unknownClient_isNotFound() {
        HttpResponse<String> r = new Browser().get(app("oauth1/nobody/login?next=/me/alice"));
        assertEquals(404, r.statusCode(), r::body);
    }

    @Test
    void apiCallWithoutLogin_isUnauthorized() {
        HttpResponse<String> r = new Browser().get(app("me/bob"));
        assertEquals(401, r.statusCode(), r::body);
    }

    private URI app(String path) {
        return Browser.loopback(base, path);
    }

    /** The secret the provider issued with this temporary token, as the relay saw it. */
    private String temporarySecret(String token) {
        String answers;
        try {
            answers = Files.readString(Path.of(backChannelRecord), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher m = Pattern.compile("oauth_token=" + Pattern.quote(token) + "&oauth_token_secret=([A-Za-z0-9._~%-]+)")
                .matcher(answers);
        assertTrue(m.find(), () -> "the provider's answer with " + token + " is not in " + backChannelRecord);
        return URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
    }

    private static String queryParameter(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in " + uri);
    }
}
