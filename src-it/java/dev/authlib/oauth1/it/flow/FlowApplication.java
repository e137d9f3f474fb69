package dev.authlib.oauth1.it.flow;

import dev.authlib.oauth1.internal.web.CookieFilter;
import dev.authlib.oauth1.internal.web.OAuth1Resource;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The application under test: the library's built-in login resource next to the application's own routes, and the
 * library's cookie filter (which an application listing its classes adds for the cookie and jcache stores).
 */
public class FlowApplication extends Application {
    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(OAuth1Resource.class, CookieFilter.class, ShopResource.class);
    }
}
