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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cookies of the current JAX-RS request and those to set on its response, for the store that keeps pending
 * logins in the browser. The web layer's {@code CookieFilter} attaches the request's cookies and writes the
 * collected ones as {@code Set-Cookie}; no servlet API. Within a request, reads see the cookies set or deleted so
 * far.
 */
@RequestScoped
public class CookieJar {
    private final Map<String, String> received = new HashMap<>();
    private final Map<String, NewCookie> toSet = new LinkedHashMap<>();
    private boolean attached;
    private boolean secure;

    /**
     * Hands the jar this request's cookies.
     *
     * @param cookies cookie name to value
     * @param secure whether the browser reached us over https (cookies then get {@code Secure})
     */
    public void attach(Map<String, String> cookies, boolean secure) {
        received.putAll(cookies);
        this.secure = secure;
        this.attached = true;
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

    Optional<String> get(String name) {
        NewCookie set = toSet.get(name);
        if (set != null) {
            return set.getMaxAge() == 0 ? Optional.empty() : Optional.ofNullable(set.getValue());
        }
        return Optional.ofNullable(received.get(name));
    }

    /** @return name to value of the live cookies whose name starts with {@code prefix} */
    Map<String, String> startingWith(String prefix) {
        Map<String, String> found = new HashMap<>();
        received.keySet().forEach(n -> get(n).filter(v -> n.startsWith(prefix)).ifPresent(v -> found.put(n, v)));
        toSet.keySet().forEach(n -> get(n).filter(v -> n.startsWith(prefix)).ifPresent(v -> found.put(n, v)));
        return found;
    }

    void set(NewCookie cookie) {
        toSet.remove(cookie.getName()); // keeps the last one, in the order of the last change
        toSet.put(cookie.getName(), cookie);
    }

    @Override
    public String toString() {
        return "CookieJar[received=" + received.keySet() + ", toSet=" + toSet.keySet() + "]"; // names only
    }
}
