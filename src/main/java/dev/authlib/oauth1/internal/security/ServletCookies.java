package dev.authlib.oauth1.internal.security;

import dev.authlib.oauth1.internal.store.CookieJar;
import dev.authlib.oauth1.internal.store.StoreSelection;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.NewCookie;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the web layer's {@code CookieFilter} does for JAX-RS requests, for the mechanism's servlet requests: the
 * request's cookies into the request-scoped {@link CookieJar}, and the jar's cookies onto the response, when the
 * selected store keeps pending logins in the browser ({@code cookie}, {@code jcache}). Nothing with the session store.
 */
final class ServletCookies {
    private ServletCookies() {}

    /**
     * @param secure whether the browser reached the application over https (the request, or the configured public
     *     URL behind a proxy)
     */
    static void attach(StoreSelection stores, CookieJar jar, HttpServletRequest request, boolean secure) {
        if (!stores.cookiesUsed()) {
            return;
        }
        Map<String, String> cookies = new HashMap<>();
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                cookies.putIfAbsent(c.getName(), c.getValue());
            }
        }
        jar.attach(cookies, secure, request.getContextPath() + "/"); // the context root: where the mechanism works
    }

    static void write(StoreSelection stores, CookieJar jar, HttpServletResponse response) {
        if (!stores.cookiesUsed()) {
            return;
        }
        for (NewCookie c : jar.toSet()) {
            Cookie cookie = new Cookie(c.getName(), c.getValue() == null ? "" : c.getValue());
            cookie.setPath(c.getPath());
            cookie.setMaxAge(c.getMaxAge());
            cookie.setSecure(c.isSecure());
            cookie.setHttpOnly(c.isHttpOnly());
            if (c.getSameSite() != null) {
                String s = c.getSameSite().name();
                cookie.setAttribute("SameSite", s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT));
            }
            response.addCookie(cookie);
        }
    }
}
