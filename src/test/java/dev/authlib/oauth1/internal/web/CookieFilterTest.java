package dev.authlib.oauth1.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.TemporaryCredentials;
import dev.authlib.oauth1.internal.config.TestConfig;
import dev.authlib.oauth1.internal.store.EncryptedCookieStore;
import dev.authlib.oauth1.internal.store.TestKeys;
import dev.authlib.oauth1.internal.store.TestStores;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/** The filter between JAX-RS and the cookie jar: cookies in, RFC 6265 Set-Cookie headers out. */
@SuppressWarnings("try") // TestConfig is held for its scope only
class CookieFilterTest {
    static final TemporaryCredentials LOGIN = new TemporaryCredentials("tok", "the-secret", true,
            Map.of("authlib_return_to", "/next"));

    static Map<String, String> cookieStore() {
        return Map.of("authlib.oauth.store", "cookie", "authlib.oauth.store.cookie.keys",
                TestKeys.keyEntry("k1", 1));
    }

    static WeldContainer weld() {
        return TestStores.weld().addBeanClasses(CookieFilter.class, WebSettings.class).initialize();
    }

    /** One request through the filters: the browser's Cookie header in, the Set-Cookie headers out. */
    static List<Object> exchange(WeldContainer c, Map<String, String> browser, String uri, String forwardedProto,
            Supplier<?> resource) {
        RequestContextController rc = c.select(RequestContextController.class).get();
        rc.activate();
        try {
            CookieFilter filter = c.select(CookieFilter.class).get();
            Map<String, Cookie> cookies = new HashMap<>();
            browser.forEach((n, v) -> cookies.put(n, new Cookie.Builder(n).value(v).build()));
            ContainerRequestContext request = request(cookies, uri, forwardedProto);
            filter.filter(request);
            resource.get();
            MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
            filter.filter(request, response(headers));
            List<Object> setCookies = headers.getOrDefault("Set-Cookie", List.of());
            for (Object h : setCookies) { // the browser's side: keep or delete
                String pair = h.toString().split(";", 2)[0];
                String name = pair.substring(0, pair.indexOf('='));
                if (h.toString().contains("Max-Age=0")) {
                    browser.remove(name);
                } else {
                    browser.put(name, pair.substring(name.length() + 1));
                }
            }
            return setCookies;
        } finally {
            rc.deactivate();
        }
    }

    /**
     * Over https: the browser id in a {@code __Host-} cookie (Secure, Path=/, no Domain), the pending login in a
     * cookie scoped to the JAX-RS root; the callback deletes it at both paths a login may have used.
     */
    @Test
    void loginThroughTheFilters_setsRfc6265Cookies_andTheCallbackTakesIt() {
        try (TestConfig cfg = TestConfig.with(cookieStore()); WeldContainer c = weld()) {
            EncryptedCookieStore store = c.select(EncryptedCookieStore.class).get();
            Map<String, String> browser = new HashMap<>();
            List<Object> set = exchange(c, browser, "https://app.example/api/oauth1/twitter/login", null,
                    () -> {
                        store.save("twitter", LOGIN);
                        return null;
                    });
            assertEquals(2, set.size(), set::toString);
            assertTrue(set.get(0).toString().matches("__Host-authlib_o1b=[A-Za-z0-9_-]{43}; Path=/; Max-Age=600; "
                    + "Secure; HttpOnly; SameSite=Lax"), set.get(0).toString());
            assertTrue(set.get(1).toString().matches("authlib_o1_[A-Za-z0-9_-]{16}=[A-Za-z0-9_-]+; Path=/api/; "
                    + "Max-Age=600; Secure; HttpOnly; SameSite=Lax"), set.get(1).toString());
            assertFalse(set.toString().contains("Version") || set.toString().contains("Domain"));
            Optional<?>[] taken = new Optional<?>[1];
            List<Object> deleted = exchange(c, browser, "https://app.example/api/oauth1/twitter/authorize", null,
                    () -> taken[0] = store.take("twitter", "tok"));
            assertEquals(LOGIN, taken[0].orElseThrow());
            assertEquals(2, deleted.size(), deleted::toString);
            assertTrue(deleted.get(0).toString().matches("authlib_o1_[A-Za-z0-9_-]{16}=; Path=/api/oauth1/; "
                    + "Max-Age=0; Secure; HttpOnly; SameSite=Lax"), deleted.get(0).toString());
            assertTrue(deleted.get(1).toString().matches("authlib_o1_[A-Za-z0-9_-]{16}=; Path=/api/; Max-Age=0; "
                    + "Secure; HttpOnly; SameSite=Lax"), deleted.get(1).toString());
            assertEquals(List.of("__Host-authlib_o1b"), List.copyOf(browser.keySet()));
        }
    }

    /** Over plain http (development) no prefix is possible: the id cookie is scoped to the JAX-RS root too. */
    @Test
    void overPlainHttp_theIdCookieIsScopedToTheJaxRsRoot() {
        try (TestConfig cfg = TestConfig.with(cookieStore()); WeldContainer c = weld()) {
            EncryptedCookieStore store = c.select(EncryptedCookieStore.class).get();
            List<Object> set = exchange(c, new HashMap<>(), "http://localhost:8080/shop/api/own/login", null, () -> {
                store.save("twitter", LOGIN);
                return null;
            });
            assertTrue(set.get(0).toString().startsWith("authlib_o1b=") && set.get(0).toString().contains(
                    "; Path=/shop/api/;"), set.toString());
        }
    }

    @Test
    void behindATlsProxy_theCookieIsSecure_overPlainHttpItIsNot() {
        try (TestConfig cfg = TestConfig.with(cookieStore()); WeldContainer c = weld()) {
            EncryptedCookieStore store = c.select(EncryptedCookieStore.class).get();
            Supplier<?> save = () -> {
                store.save("twitter", LOGIN);
                return null;
            };
            assertTrue(exchange(c, new HashMap<>(), "http://10.0.0.5:8080/login", "https", save).get(0).toString()
                    .contains("; Secure"));
            assertFalse(exchange(c, new HashMap<>(), "http://localhost:8080/login", null, save).get(0).toString()
                    .contains("Secure"));
        }
    }

    @Test
    void withTheSessionStore_theFilterStaysOut() {
        try (TestConfig cfg = TestConfig.with(Map.of()); WeldContainer c = weld()) {
            Map<String, String> browser = new HashMap<>(Map.of("JSESSIONID", "abc"));
            assertTrue(exchange(c, browser, "https://app.example/", null, () -> null).isEmpty());
        }
    }

    @Test
    void setCookie_writesRfc6265Attributes_andRefusesWhatWouldNeedQuoting() {
        NewCookie c = new NewCookie.Builder("authlib_o1_abc").value("x-_1").path("/").maxAge(5).httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).build();
        assertEquals("authlib_o1_abc=x-_1; Path=/; Max-Age=5; HttpOnly; SameSite=Lax", CookieFilter.setCookie(c));
        for (String bad : new String[] {"a;b", "a b", "a\r\nSet-Cookie: x=y", "\"q\""}) {
            assertThrows(IllegalArgumentException.class, () -> CookieFilter.setCookie(new NewCookie.Builder("n")
                    .value(bad).build()), bad);
        }
    }

    private static ContainerRequestContext request(Map<String, Cookie> cookies, String uri, String forwardedProto) {
        URI requested = URI.create(uri);
        int api = uri.indexOf("/api/");
        URI base = requested.resolve(api < 0 ? "/" : uri.substring(0, api + 5));
        UriInfo info = proxy(UriInfo.class, (name, args) -> "getRequestUri".equals(name) ? requested
                : "getBaseUri".equals(name) ? base : null);
        return proxy(ContainerRequestContext.class, (name, args) -> {
            switch (name) {
                case "getCookies":
                    return cookies;
                case "getUriInfo":
                    return info;
                case "getHeaderString":
                    return "X-Forwarded-Proto".equalsIgnoreCase((String) args[0]) ? forwardedProto : null;
                default:
                    return null; // getSecurityContext: none, as when the runtime cannot tell
            }
        });
    }

    private static ContainerResponseContext response(MultivaluedMap<String, Object> headers) {
        return proxy(ContainerResponseContext.class, (name, args) -> "getHeaders".equals(name) ? headers : null);
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (p, m, a) -> answer.answer(m.getName(), a)));
    }
}
