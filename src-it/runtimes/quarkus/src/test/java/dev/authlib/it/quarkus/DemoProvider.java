package dev.authlib.it.quarkus;

import dev.authlib.oauth1.it.provider.AuthlibProvider;
import dev.authlib.oauth1.it.provider.AuthlibProvider.ClientSpec;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Starts the independent OAuth 1.0a provider (Debian's python3-authlib, on a free loopback port) for the
 * application, and hands the application the provider's URLs and the client secret as run-time configuration (what
 * an environment variable such as {@code AUTHLIB_OAUTH_CLIENTS_DEMO_CLIENT_SECRET} does in production). The
 * client id is in application.properties, and so are URLs for the build, which reads them before this resource starts.
 */
public class DemoProvider implements QuarkusTestResourceLifecycleManager {
    /** The consumer key, as in application.properties. */
    public static final String CLIENT_ID = "demo-key";
    /** The consumer secret: known to the provider and given to the application at run time only. */
    public static final String CLIENT_SECRET = "demo-secret-given-at-run-time";

    private static final String PREFIX = "authlib.oauth.clients.demo.";

    private AuthlibProvider provider;

    @Override
    public Map<String, String> start() {
        try {
            provider = AuthlibProvider.start(List.of(ClientSpec.hmac(CLIENT_ID, CLIENT_SECRET)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                PREFIX + "request-token-url", provider.requestTokenUri().toString(),
                PREFIX + "authorize-url", provider.authorizeUri().toString(),
                // the test provider's switch for approving at once, instead of showing its consent page
                PREFIX + "authorize-params.auto", "approve",
                PREFIX + "access-token-url", provider.accessTokenUri().toString(),
                PREFIX + "api-base-url", provider.apiBaseUri().toString(),
                PREFIX + "client-secret", CLIENT_SECRET);
    }

    @Override
    public void stop() {
        if (provider != null) {
            provider.close();
        }
    }
}
