package dev.authlib.oauth1.internal.security;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The provider's two token endpoints on loopback, unverified (the protocol has its own tests): each temporary
 * credential is new ({@code temporary-token-1} with {@code temporary-secret-1}, then {@code -2}, ...: long enough
 * that random sealed text does not contain them by chance), and the token response names the user by
 * {@code user_id} and {@code screen_name}. Records each temporary-credential request's {@code Authorization} header.
 */
final class TokenEndpoints implements AutoCloseable {
    static final String TOKEN_RESPONSE = "oauth_token=access-token&oauth_token_secret=access-secret&user_id=42"
            + "&screen_name=alice&roles=reader%20writer";

    private final HttpServer server;
    private final AtomicInteger issued = new AtomicInteger();
    final List<String> temporaryCredentialRequests = new CopyOnWriteArrayList<>();
    volatile String tokenResponse = TOKEN_RESPONSE;

    TokenEndpoints() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/oauth/request_token", x -> {
            temporaryCredentialRequests.add(x.getRequestHeaders().getFirst("Authorization"));
            int n = issued.incrementAndGet();
            answer(x, "oauth_token=temporary-token-" + n + "&oauth_token_secret=temporary-secret-" + n
                    + "&oauth_callback_confirmed=true");
        });
        server.createContext("/oauth/access_token", x -> answer(x, tokenResponse));
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange, String body) throws IOException {
        exchange.getRequestBody().readAllBytes();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/x-www-form-urlencoded");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
