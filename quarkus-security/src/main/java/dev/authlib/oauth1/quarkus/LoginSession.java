package dev.authlib.oauth1.quarkus;

import dev.authlib.oauth1.internal.caller.Caller;
import dev.authlib.oauth1.internal.config.ConfigScan;
import dev.authlib.oauth1.internal.config.SecurityConfig;
import dev.authlib.oauth1.internal.store.SealedBox;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The login session's settings at run time ({@code authlib.oauth.security.*}, the server keys), read and checked at
 * start-up, so that a missing key fails the start rather than the first login; and the one place that names, seals,
 * opens and writes the session cookie: {@code authlib_caller}, {@code __Host-authlib_caller} over https (a cookie no
 * sibling host or plain-http page can plant), {@code HttpOnly}, {@code SameSite=Lax}, {@code Path=/}.
 */
@ApplicationScoped
class LoginSession {
    static final String COOKIE = "authlib_caller";
    static final String HTTPS_COOKIE = "__Host-" + COOKIE;

    private SecurityConfig settings;
    private SealedBox box;
    private String loginPath;
    private String root;
    private volatile Clock clock = Clock.systemUTC();

    void start(@Observes StartupEvent event) {
        settings(); // fails the start, naming the key, when the configuration cannot work
    }

    /** @return the settings; the mechanism is off unless {@link SecurityConfig#enabled()} */
    synchronized SecurityConfig settings() {
        if (settings == null) {
            Config config = ConfigProvider.getConfig();
            SecurityConfig read = ConfigScan.security(config);
            if (read.enabled()) {
                box = new SealedBox(ConfigScan.sessionKeys(config), new SecureRandom());
                root = QuarkusPaths.root(config);
                loginPath = QuarkusPaths.login(config, read.client().orElseThrow());
            }
            settings = read;
        }
        return settings;
    }

    boolean enabled() {
        return settings().enabled();
    }

    String client() {
        return settings().client().orElseThrow();
    }

    /** The built-in login route, under the REST root: where an anonymous caller of a protected resource goes. */
    String loginPath() {
        settings();
        return loginPath;
    }

    /** The application's root path ({@code quarkus.http.root-path}), where logout ends by default. */
    String root() {
        settings();
        return root;
    }

    static String cookieName(HttpServerRequest request) {
        return "https".equalsIgnoreCase(request.scheme()) ? HTTPS_COOKIE : COOKIE;
    }

    /** @return the live caller of the request's session cookie, if it has one this server sealed */
    Optional<Caller> caller(HttpServerRequest request) {
        if (!enabled()) {
            return Optional.empty();
        }
        String name = cookieName(request);
        Cookie cookie = request.getCookie(name);
        if (cookie == null || cookie.getValue() == null || cookie.getValue().isEmpty()) {
            return Optional.empty();
        }
        return SessionCookie.open(box, name, client(), cookie.getValue(), clock.millis())
                .map(SessionCookie.Session::caller);
    }

    /** @return the cookie that signs {@code caller} in, or empty if it does not fit in a cookie */
    Optional<Cookie> signIn(HttpServerRequest request, Caller caller) {
        String name = cookieName(request);
        long expiresAt = clock.millis() + settings().sessionTtl().toMillis();
        return SessionCookie.seal(box, name, new SessionCookie.Session(caller, expiresAt))
                .map(value -> cookie(request, name, value).setMaxAge(settings().sessionTtlSeconds()));
    }

    /** The cookie that deletes the session. */
    static Cookie signOut(HttpServerRequest request) {
        return cookie(request, cookieName(request), "").setMaxAge(0);
    }

    private static Cookie cookie(HttpServerRequest request, String name, String value) {
        return Cookie.cookie(name, value).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.LAX)
                .setSecure(name.equals(HTTPS_COOKIE));
    }

    /** For tests: the clock sessions expire by. */
    void clock(Clock clock) {
        this.clock = clock;
    }
}
