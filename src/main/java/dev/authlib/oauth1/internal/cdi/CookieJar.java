package dev.authlib.oauth1.internal.cdi;

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
