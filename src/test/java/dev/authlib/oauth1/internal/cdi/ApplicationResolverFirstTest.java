package dev.authlib.oauth1.internal.cdi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.authlib.oauth1.OAuth1Client;
import dev.authlib.oauth1.OAuth1TokenResolver;
import dev.authlib.oauth1.TokenCredentials;
import dev.authlib.oauth1.internal.caller.CallerTokens;
import dev.authlib.oauth1.internal.config.TestConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * With "Log in with X" the library has a resolver of its own (the signed-in caller's token, qualified
 * {@code @CallerTokens}); an application that also has one (for its other users, or for typed REST clients) is asked
 * first, and the caller's token serves the calls it has no token for, instead of failing them (AUTHJ3006).
 */
@EnableWeld
class ApplicationResolverFirstTest {

    /** The application's resolver: a token for client {@code shop} only. */
    @ApplicationScoped
    public static class ShopTokens implements OAuth1TokenResolver {
        @Override
        public Optional<TokenCredentials> currentToken(String clientName) {
            return clientName.equals("shop") ? Optional.of(TokenCredentials.of("application-token", "a"))
                    : Optional.empty();
        }
    }

    /** Stands for the library's resolver of the signed-in caller. */
    @ApplicationScoped
    @CallerTokens
    public static class SignedInCaller implements OAuth1TokenResolver {
        @Override
        public Optional<TokenCredentials> currentToken(String clientName) {
            return Optional.of(TokenCredentials.of("caller-token", "c"));
        }
    }

    static final List<String> AUTHORIZATIONS = new CopyOnWriteArrayList<>();
    static final HttpServer API = api();

    final TestConfig config = TestConfig.with(TestConfig.client("shop", base()), TestConfig.client("twitter", base()));

    @WeldSetup
    WeldInitiator weld = WeldInitiator.of(TestDeployments.weld().addBeanClasses(ShopTokens.class,
            SignedInCaller.class));

    @Inject
    @Named("shop")
    OAuth1Client shop;

    @Inject
    @Named("twitter")
    OAuth1Client twitter;

    @AfterEach
    void releaseConfig() {
        config.close();
    }

    @Test
    void theApplicationsTokenWhereItHasOne_theCallersWhereItHasNone() {
        AUTHORIZATIONS.clear();
        try (Response r = shop.get("me")) {
            assertEquals(200, r.getStatus());
        }
        try (Response r = twitter.get("me")) {
            assertEquals(200, r.getStatus());
        }
        assertEquals(2, AUTHORIZATIONS.size(), AUTHORIZATIONS::toString);
        assertTrue(AUTHORIZATIONS.get(0).contains("oauth_token=\"application-token\""), AUTHORIZATIONS::toString);
        assertTrue(AUTHORIZATIONS.get(1).contains("oauth_token=\"caller-token\""), AUTHORIZATIONS::toString);
    }

    private static String base() {
        return "http://127.0.0.1:" + API.getAddress().getPort();
    }

    private static HttpServer api() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
            server.createContext("/api/", x -> {
                AUTHORIZATIONS.add(x.getRequestHeaders().getFirst("Authorization"));
                x.sendResponseHeaders(200, -1);
                x.close();
            });
            server.setExecutor(null);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
