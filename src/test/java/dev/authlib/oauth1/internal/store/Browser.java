package dev.authlib.oauth1.internal.store;

import jakarta.enterprise.context.control.RequestContextController;
import jakarta.ws.rs.core.NewCookie;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * A browser for store scenarios: each {@link #request} runs in a fresh request context with this browser's cookies
 * attached to the {@link CookieJar} (what the web layer's filter does), then keeps what the response set or deleted.
 */
final class Browser {
    /** The JAX-RS root the store tests run under. */
    static final String ROOT = "/app/api/";
    private final WeldContainer container;
    private final boolean https;
    final Map<String, String> cookies = new HashMap<>();
    final List<NewCookie> lastSet = new ArrayList<>();

    Browser(WeldContainer container, boolean https) {
        this.container = container;
        this.https = https;
    }

    <T> T request(Supplier<T> action) {
        RequestContextController request = container.select(RequestContextController.class).get();
        request.activate();
        try {
            CookieJar jar = container.select(CookieJar.class).get();
            jar.attach(Map.copyOf(cookies), https, ROOT);
            T result = action.get();
            lastSet.clear();
            lastSet.addAll(jar.toSet());
            for (NewCookie c : lastSet) {
                if (c.getMaxAge() == 0) {
                    cookies.remove(c.getName());
                } else {
                    cookies.put(c.getName(), c.getValue());
                }
            }
            return result;
        } finally {
            request.deactivate();
        }
    }

    void run(Runnable action) {
        request(() -> {
            action.run();
            return null;
        });
    }
}
