package dev.authlib.it.quarkus.common;

import dev.authlib.it.support.RecordingRelay;
import dev.authlib.it.support.TypedPeers;
import dev.authlib.oauth1.it.provider.AuthlibProvider;
import dev.authlib.oauth1.it.provider.AuthlibProvider.ClientSpec;
import dev.authlib.oauth1.it.provider.OauthlibVerifier;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts the independent OAuth 1.0a provider (Debian's python3-authlib, on a free loopback port) for the
 * application and, for the typed REST clients, oauthlib's verifier ({@link TypedPeers}), and hands the
 * application, as run-time configuration, the provider's URLs, the client secret and, when the application keeps
 * pending logins or its login session in encrypted cookies ({@link TheApp#needsCookieKeys()}), the server key (what
 * environment variables such as {@code AUTHLIB_OAUTH_CLIENTS_DEMO_CLIENT_SECRET} do in production).
 * The client id is in application.properties, and so are URLs for the build, which reads them before this resource
 * starts.
 *
 * <p>With the cookie store, the temporary-credential endpoint is reached through a {@link RecordingRelay}, whose
 * record (config key {@value #BACK_CHANNEL_RECORD}) shows a test the temporary secrets the provider handed out.
 */
public class DemoProvider implements QuarkusTestResourceLifecycleManager {
    /** The consumer key, as in application.properties. */
    public static final String CLIENT_ID = "demo-key";
    /** The consumer secret: known to the provider and given to the application at run time only. */
    public static final String CLIENT_SECRET = "demo-secret-given-at-run-time";
    /** Config key: the file recording the temporary-credential endpoint's answers (cookie store only). */
    public static final String BACK_CHANNEL_RECORD = "it.request-token.record";

    private static final String PREFIX = "authlib.oauth.clients.demo.";

    private AuthlibProvider provider;
    private OauthlibVerifier verifier;
    private RecordingRelay relay;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new LinkedHashMap<>();
        try {
            provider = AuthlibProvider.start(List.of(ClientSpec.hmac(CLIENT_ID, CLIENT_SECRET)));
            URI requestToken = provider.requestTokenUri();
            if (TheApp.usesCookieStore()) {
                relay = RecordingRelay.start(provider.baseUri(), Path.of(System.getProperty("it.provider.log.dir",
                        "target/it-provider"), "request-token-answers.txt").toAbsolutePath());
                requestToken = relay.relayed(requestToken);
                config.put(BACK_CHANNEL_RECORD, relay.record().toString());
            }
            if (TheApp.needsCookieKeys()) {
                config.put(TheApp.COOKIE_KEYS, TheApp.randomCookieKey());
            }
            config.put(PREFIX + "request-token-url", requestToken.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        config.put(PREFIX + "authorize-url", provider.authorizeUri().toString());
        // the test provider's switch for approving at once, instead of showing its consent page
        config.put(PREFIX + "authorize-params.auto", "approve");
        config.put(PREFIX + "access-token-url", provider.accessTokenUri().toString());
        config.put(PREFIX + "api-base-url", provider.apiBaseUri().toString());
        config.put(PREFIX + "client-secret", CLIENT_SECRET);
        // the typed REST clients' URLs and their other OAuth clients (names unknown at build: created on first use)
        verifier = TypedPeers.startVerifier();
        config.putAll(TypedPeers.config(provider.baseUri(), verifier.baseUri()));
        return config;
    }

    @Override
    public void stop() {
        if (provider != null) {
            provider.close();
        }
        if (verifier != null) {
            verifier.close();
        }
        if (relay != null) {
            try {
                relay.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
