package dev.authlib.oauth1.internal.store;

import dev.authlib.oauth1.OAuth1ConfigurationException;
import dev.authlib.oauth1.internal.Messages;
import dev.authlib.oauth1.internal.config.ConfigKeys;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.NewCookie;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The cookies of the current JAX-RS request and those to set on its response, for the stores that keep something in
 * the browser. The web layer's {@code CookieFilter} attaches the request's cookies and writes the collected ones as
 * {@code Set-Cookie}; no servlet API. Within a request, reads see the cookies set or deleted so far.
 *
 * <p>Where the cookies live: over https the browser-id cookie is a {@code __Host-} cookie (RFC 6265bis §4.1.3.2:
 * {@code Secure}, {@code Path=/}, no {@code Domain}, so neither a sibling subdomain nor plain http can plant or
 * overwrite it), and a cookie of that name without the prefix is not read; over http (development) it is a plain
 * cookie scoped to the JAX-RS root. Pending-login cookies are scoped to the library's routes ({@code <root>/oauth1/})
 * when the built-in routes run the login, else to the JAX-RS root, so the browser sends them nowhere else.
 */
@RequestScoped
public class CookieJar {
    static final String HOST_PREFIX = "__Host-";

    private final Map<String, String> received = new HashMap<>();
    /** The latest value of each cookie this request set, or null where it deleted one. */
    private final Map<String, String> current = new HashMap<>();
    /** What to send, by name and path: a cookie may be deleted at two paths. */
    private final Map<String, NewCookie> toSet = new LinkedHashMap<>();
    private boolean attached;
    private boolean secure;
    private String root = "/";
    private boolean libraryRoutes;

    /**
     * Hands the jar this request's cookies.
     *
     * @param cookies cookie name to value
     * @param secure whether the browser reached us over https (cookies then get {@code Secure}, ids {@code __Host-})
     * @param rootPath the JAX-RS root path of the request, such as {@code /shop/api/}
     */
    public void attach(Map<String, String> cookies, boolean secure, String rootPath) {
        received.putAll(cookies);
        this.secure = secure;
        this.root = rootPath == null || rootPath.isEmpty() ? "/" : rootPath.endsWith("/") ? rootPath : rootPath + "/";
        this.attached = true;
    }

    /** The login of this request runs through the built-in routes: its cookie is scoped to them. */
    public void scopeToLibraryRoutes() {
        libraryRoutes = true;
    }

    /** @return the cookies to set or delete on the response, in the order they were set */
    public List<NewCookie> toSet() {
        return new ArrayList<>(toSet.values());
    }

    boolean attached() {
        return attached;
    }

    /**
     * Fails unless this request went through the library's {@code CookieFilter}, which carries the cookies.
     *
     * @param store the store that needs them ({@code authlib.oauth.store}'s value)
     * @param why what it keeps in the cookie
     */
    static void requireAttached(CookieJar jar, String store, String why) {
        try {
            if (jar.attached()) {
                return;
            }
        } catch (ContextNotActiveException e) {
            // reported below: no JAX-RS request, so no browser to keep the cookie
        }
        throw new OAuth1ConfigurationException(List.of(Messages.cookiesNotCarried(ConfigKeys.STORE, store, why)));
    }

    boolean secure() {
        return secure;
    }

    /** The name of a browser-id cookie as this request must use it: {@code __Host-} over https. */
    String idName(String plainName) {
        return secure ? HOST_PREFIX + plainName : plainName;
    }

    /** Sets a browser-id cookie: {@code Path=/} over https ({@code __Host-} requires it), else the JAX-RS root. */
    void setId(String plainName, String value, int maxAge) {
        set(cookie(idName(plainName), value, maxAge, secure ? "/" : root));
    }

    /** Sets a pending login's cookie, scoped to the routes that run the login. */
    void setPending(String name, String value, int maxAge) {
        set(cookie(name, value, maxAge, libraryRoutes ? root + "oauth1/" : root));
    }

    /** Deletes a pending login's cookie wherever a login may have put it (the library's routes or the root). */
    void deletePending(String name) {
        set(cookie(name, "", 0, root + "oauth1/"));
        set(cookie(name, "", 0, root));
    }

    Optional<String> get(String name) {
        if (current.containsKey(name)) {
            return Optional.ofNullable(current.get(name));
        }
        return Optional.ofNullable(received.get(name));
    }

    /** @return name to value of the live cookies whose name starts with {@code prefix} */
    Map<String, String> startingWith(String prefix) {
        Set<String> names = new LinkedHashSet<>(received.keySet());
        names.addAll(current.keySet());
        Map<String, String> found = new HashMap<>();
        for (String n : names) {
            if (n.startsWith(prefix)) {
                get(n).ifPresent(v -> found.put(n, v));
            }
        }
        return found;
    }

    private NewCookie cookie(String name, String value, int maxAge, String path) {
        return new NewCookie.Builder(name).value(value).path(path).maxAge(maxAge).httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.LAX).build();
    }

    private void set(NewCookie cookie) {
        String key = cookie.getName() + "\u0000" + cookie.getPath();
        toSet.remove(key); // keeps the last one, in the order of the last change
        toSet.put(key, cookie);
        current.put(cookie.getName(), cookie.getMaxAge() == 0 ? null : cookie.getValue());
    }

    @Override
    public String toString() {
        return "CookieJar[received=" + received.keySet() + ", set=" + current.keySet() + "]"; // names only
    }
}
