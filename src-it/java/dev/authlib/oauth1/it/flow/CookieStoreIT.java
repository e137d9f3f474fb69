package dev.authlib.oauth1.it.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.it.browser.Browser;
import dev.authlib.oauth1.it.net.RawHttp;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code authlib.oauth.store=cookie} through the real application: no planted login state over https (the browser
 * id is a {@code __Host-} cookie the planter cannot set, and pending-login cookies are bound to it), and bounded
 * cookies scoped to the routes that use them. Requests marked {@code X-Forwarded-Proto: https} stand for a browser
 * behind a TLS proxy.
 */
class CookieStoreIT {
    static final String HTTPS = "X-Forwarded-Proto: https";

    @RegisterExtension
    static final FlowApp app = new FlowApp(Map.of("authlib.oauth.store", "cookie", "authlib.oauth.store.cookie.keys",
            "k1:" + randomKey()));

    @BeforeEach
    void clearEvents() {
        app.events().clear();
    }

    private static String host() {
        return "127.0.0.1:" + app.uri("").getPort();
    }

    /** {@code name=value} of each Set-Cookie that sets (not deletes) a cookie. */
    private static Map<String, String> set(RawHttp.Answer answer) {
        return answer.headers().stream().filter(h -> h.regionMatches(true, 0, "Set-Cookie:", 0, 11))
                .map(h -> h.substring(11).trim()).filter(h -> !h.contains("Max-Age=0"))
                .map(h -> h.split(";", 2)[0])
                .collect(Collectors.toMap(p -> p.substring(0, p.indexOf('=')), p -> p.substring(p.indexOf('=') + 1)));
    }

    private static List<String> setCookieHeaders(RawHttp.Answer answer) {
        return answer.headers().stream().filter(h -> h.regionMatches(true, 0, "Set-Cookie:", 0, 11)).toList();
    }

    /**
     * Login CSRF with a planted cookie: Mallory starts a login behind TLS, approves it with her own account, then
     * plants her pending-login cookie in Alice's browser (from a sibling subdomain: any cookie but a __Host- one)
     * and sends Alice to her callback. Alice's browser does not complete Mallory's login. (It used to: the sealed
     * cookie alone was enough.)
     */
    @Test
    void plantedPendingLoginCookie_doesNotCompleteTheAttackersLogin() {
        RawHttp.Answer started = RawHttp.get(app.uri("oauth1/twitter/login"), host(), HTTPS);
        assertEquals(303, started.status(), started::toString);
        Map<String, String> mallorys = set(started);
        String pending = mallorys.keySet().stream().filter(n -> n.startsWith("authlib_o1_")).findFirst()
                .orElseThrow(() -> new AssertionError(started.toString()));
        URI callback = ProviderPages.approve(new Browser(), URI.create(started.header("Location").orElseThrow()));
        long exchanges = app.accessTokenRequests();

        String plantable = pending + "=" + mallorys.get(pending);
        RawHttp.Answer alice = RawHttp.get(callback, host(), HTTPS, "Cookie: " + plantable);
        assertEquals(400, alice.status(), alice::toString);
        assertTrue(mallorys.containsKey("__Host-authlib_o1b"), started::toString);
        RawHttp.Answer aliceWithAPlainId = RawHttp.get(callback, host(), HTTPS, "Cookie: " + plantable
                + "; authlib_o1b=" + mallorys.get("__Host-authlib_o1b"));
        assertEquals(400, aliceWithAPlainId.status(), "an unprefixed id is not read over https");
        assertEquals(exchanges, app.accessTokenRequests(), "nothing was exchanged");
        assertEquals(List.of(), app.events().logins());
    }

    /** The control: with both of her cookies, Mallory's own browser completes her login (the cookie was genuine). */
    @Test
    void theLoginsOwnBrowser_completesIt_behindTls() {
        RawHttp.Answer started = RawHttp.get(app.uri("oauth1/twitter/login?next=/app/done"), host(), HTTPS);
        Map<String, String> cookies = set(started);
        URI callback = ProviderPages.approve(new Browser(), URI.create(started.header("Location").orElseThrow()));
        String header = cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
        RawHttp.Answer done = RawHttp.get(callback, host(), HTTPS, "Cookie: " + header);
        assertEquals(303, done.status(), done::toString);
        assertEquals(1, app.events().logins().size());
    }

    /** The built-in login's cookie goes to the library's routes only; the id cookie (__Host-) to the whole site. */
    @Test
    void cookies_areScopedToTheRoutesThatUseThem() {
        List<String> tls = setCookieHeaders(RawHttp.get(app.uri("oauth1/twitter/login"), host(), HTTPS));
        assertTrue(tls.stream().anyMatch(h -> h.matches("Set-Cookie: __Host-authlib_o1b=[A-Za-z0-9_-]{43}; Path=/; "
                + "Max-Age=600; Secure; HttpOnly; SameSite=Lax")), tls::toString);
        assertTrue(tls.stream().anyMatch(h -> h.matches("Set-Cookie: authlib_o1_[A-Za-z0-9_-]{16}=[A-Za-z0-9_-]+; "
                + "Path=/app/oauth1/; Max-Age=600; Secure; HttpOnly; SameSite=Lax")), tls::toString);
        List<String> plain = setCookieHeaders(RawHttp.get(app.uri("oauth1/twitter/login"), host()));
        assertTrue(plain.stream().anyMatch(h -> h.startsWith("Set-Cookie: authlib_o1b=") && h.contains("; Path=/app/;")
                && !h.contains("Secure")), plain::toString);
        List<String> programmatic = setCookieHeaders(RawHttp.get(app.uri("shop/clients/twitter/login"), host()));
        assertTrue(programmatic.stream().anyMatch(h -> h.startsWith("Set-Cookie: authlib_o1_") && h.contains(
                "; Path=/app/;")), "the application's own callback is outside oauth1/: " + programmatic);
    }

    /**
     * Ten pending logins with long return paths: the browser sends the library's cookies within the total cap to
     * every route (they used to add about 30 KB, more than servers accept), and the newest login still completes.
     */
    @Test
    void tenLongLogins_stayWithinTheTotalCap_andTheNewestCompletes() {
        Browser browser = new Browser();
        String next = URLEncoder.encode("/app/" + "x".repeat(1900), StandardCharsets.UTF_8);
        URI newest = null;
        for (int i = 0; i < 10; i++) {
            newest = Browser.redirect(browser.get(app.uri("oauth1/twitter/login?next=" + next)), 303);
        }
        int sent = browser.cookieHeader(app.uri("oauth1/twitter/authorize")).length();
        assertTrue(sent <= 3600, "the library's cookies add " + sent + " bytes to a callback request");
        String elsewhere = browser.cookieHeader(app.uri("shop/pending"));
        assertTrue(!elsewhere.contains("authlib_o1_"), "and no pending login to the application's other routes: "
                + elsewhere);
        HttpResponse<String> done = browser.get(ProviderPages.approve(browser, newest));
        assertEquals(303, done.statusCode(), done::body);
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
