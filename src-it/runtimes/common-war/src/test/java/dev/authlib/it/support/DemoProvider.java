package dev.authlib.it.support;

import dev.authlib.oauth1.it.provider.AuthlibProvider;
import dev.authlib.oauth1.it.provider.AuthlibProvider.ClientSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The interop OAuth 1.0a provider (Debian python3-authlib, see src-it/provider) as the test application's client
 * {@value #CLIENT} knows it. The client secret is not in the WAR: the server reads it from the environment variable
 * {@value #SECRET_ENV}, which the pom sets for the test JVM and so for the server processes it starts.
 */
public final class DemoProvider {
    /** The client's name: {@code @Named("demo")}, {@code authlib.oauth.clients.demo.*}. */
    public static final String CLIENT = "demo";
    public static final String CLIENT_ID = "demo-consumer";
    public static final String SECRET_ENV = "AUTHLIB_OAUTH_CLIENTS_DEMO_CLIENT_SECRET";
    public static final String PREFIX = "authlib.oauth.clients." + CLIENT + ".";
    /** The library's definition error for {@link #configWithoutAuthorizeUrl()}, naming the key. */
    public static final String MISSING_AUTHORIZE_URL = "AUTHJ1010: authlib.oauth.clients.demo: authorize-url missing";

    private DemoProvider() {
    }

    /** Starts the provider on a free loopback port; it approves every authorization at once (no consent page). */
    public static AuthlibProvider start() {
        String secret = System.getenv(SECRET_ENV);
        if (secret == null || secret.isEmpty()) {
            throw new IllegalStateException(SECRET_ENV + " is not set (the pom sets it for the test JVM)");
        }
        try {
            return AuthlibProvider.start(List.of(ClientSpec.hmac(CLIENT_ID, secret)), "--auto-approve");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The application's {@code microprofile-config.properties} for a provider at {@code base}. */
    public static Map<String, String> config(URI base) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put(PREFIX + "client-id", CLIENT_ID);
        c.put(PREFIX + "request-token-url", base + "/oauth/request_token");
        c.put(PREFIX + "authorize-url", base + "/oauth/authorize");
        c.put(PREFIX + "access-token-url", base + "/oauth/access_token");
        c.put(PREFIX + "api-base-url", base + "/api/");
        return c;
    }

    /**
     * The secured application's configuration: the demo client is its authentication ("Log in with X"), callers
     * named by the provider's {@code screen_name}.
     */
    public static Map<String, String> securedConfig(URI base) {
        Map<String, String> c = config(base);
        c.put("authlib.oauth.security.client", CLIENT);
        c.put("authlib.oauth.security.caller-name", "screen_name");
        return c;
    }

    /**
     * The configuration without {@code authorize-url} (the other URLs on a closed port): the deployment must fail
     * with {@link #MISSING_AUTHORIZE_URL}.
     */
    public static Map<String, String> configWithoutAuthorizeUrl() {
        Map<String, String> c = config(URI.create("http://127.0.0.1:9"));
        c.remove(PREFIX + "authorize-url");
        return c;
    }

    /** The misconfigured application's configuration: {@link #configWithoutAuthorizeUrl()} and typos. */
    public static Map<String, String> misconfiguration() {
        Map<String, String> c = configWithoutAuthorizeUrl();
        c.putAll(Misconfiguration.typos());
        return c;
    }
}
