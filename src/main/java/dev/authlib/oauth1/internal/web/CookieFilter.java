package dev.authlib.oauth1.internal.web;

import dev.authlib.oauth1.internal.store.CookieJar;
import dev.authlib.oauth1.internal.store.StoreSelection;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Carries cookies between JAX-RS and the request-scoped {@link CookieJar} when {@code authlib.oauth.store=cookie} or
 * {@code jcache}:
 * the request's cookies in, the jar's cookies out as {@code Set-Cookie}. Does nothing with the default session store.
 *
 * <p>The header is written here, to RFC 6265 §4.1, rather than by the runtime's {@link NewCookie} delegate: some
 * delegates add the obsolete {@code Version=1} (RFC 2109) or drop {@code SameSite}.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION - 100) // before authentication filters, in case one completes a login
public class CookieFilter implements ContainerRequestFilter, ContainerResponseFilter {
    /** What this library ever writes: base64url names and values, so nothing needs quoting or escaping. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]*");

    @Inject
    StoreSelection stores;

    @Inject
    CookieJar jar;

    @Inject
    WebSettings web;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!stores().cookiesUsed()) {
            return;
        }
        Map<String, String> cookies = new HashMap<>();
        for (Map.Entry<String, Cookie> c : request.getCookies().entrySet()) {
            cookies.put(c.getKey(), c.getValue().getValue());
        }
        URI base = request.getUriInfo() == null ? null : request.getUriInfo().getBaseUri();
        jar().attach(cookies, isSecure(request) || web().publicUrlIsHttps(), base == null ? "/" : base.getRawPath());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!stores().cookiesUsed()) {
            return;
        }
        for (NewCookie cookie : jar().toSet()) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, setCookie(cookie));
        }
    }

    /** The injected bean, or a lookup where the runtime made this provider without CDI. */
    private StoreSelection stores() {
        return stores != null ? stores : CDI.current().select(StoreSelection.class).get();
    }

    private CookieJar jar() {
        return jar != null ? jar : CDI.current().select(CookieJar.class).get();
    }

    private WebSettings web() {
        return web != null ? web : CDI.current().select(WebSettings.class).get();
    }

    /**
     * Over https: the request itself, or a proxy's {@code X-Forwarded-Proto} (which only decides whether the
     * requester's own cookie gets {@code Secure}).
     */
    static boolean isSecure(ContainerRequestContext request) {
        SecurityContext security = request.getSecurityContext();
        if (security != null && security.isSecure()) {
            return true;
        }
        URI uri = request.getUriInfo() == null ? null : request.getUriInfo().getRequestUri();
        if (uri != null && "https".equalsIgnoreCase(uri.getScheme())) {
            return true;
        }
        String forwarded = request.getHeaderString("X-Forwarded-Proto");
        return forwarded != null && forwarded.trim().toLowerCase(Locale.ROOT).startsWith("https");
    }

    /** RFC 6265 §4.1.1 path-value: no control character and no ';'; else the whole site. */
    private static String safePath(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7F || c == ';' || c > 0x7E) {
                return "/";
            }
        }
        return path.startsWith("/") ? path : "/";
    }

    /** A {@code Set-Cookie} value per RFC 6265 §4.1.1, with the {@code SameSite} attribute. */
    static String setCookie(NewCookie cookie) {
        String value = cookie.getValue() == null ? "" : cookie.getValue();
        if (!SAFE.matcher(cookie.getName()).matches() || cookie.getName().isEmpty() || !SAFE.matcher(value)
                .matches()) {
            throw new IllegalArgumentException("not a cookie this library writes: " + cookie.getName());
        }
        StringBuilder header = new StringBuilder(cookie.getName()).append('=').append(value);
        if (cookie.getPath() != null) {
            header.append("; Path=").append(safePath(cookie.getPath()));
        }
        if (cookie.getMaxAge() >= 0) {
            header.append("; Max-Age=").append(cookie.getMaxAge());
        }
        if (cookie.isSecure()) {
            header.append("; Secure");
        }
        if (cookie.isHttpOnly()) {
            header.append("; HttpOnly");
        }
        if (cookie.getSameSite() != null) {
            String s = cookie.getSameSite().name();
            header.append("; SameSite=").append(s.charAt(0)).append(s.substring(1).toLowerCase(Locale.ROOT));
        }
        return header.toString();
    }
}
