package dev.authlib.oauth1.internal.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.authlib.oauth1.signature.PercentEncoding;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A programmable OAuth 1 provider on loopback ({@code 127.0.0.1}, an ephemeral port), on the JDK's
 * {@link HttpServer}. Each test scripts what each path answers ({@link #on(String, Reply)}): status, headers, body,
 * a delay, or a misbehaviour on the wire (never answer, close mid-body, a body longer than the read limit). Every
 * request is recorded with its method, path, query, headers and body. Unscripted paths answer 404.
 */
final class FakeProvider implements AutoCloseable {
    static {
        // Headers and body go out in separate writes; without TCP_NODELAY each small answer waits for a delayed ACK
        // (~40 ms). Read once, when HttpServer's configuration class loads.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final Map<String, Reply> replies = new ConcurrentHashMap<>();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    /** Released on {@link #close()}: replies that hold a connection wait on it. */
    private final CountDownLatch closing = new CountDownLatch(1);

    private FakeProvider() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-provider");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    static FakeProvider start() {
        try {
            return new FakeProvider();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake provider", e);
        }
    }

    /** @return {@code http://127.0.0.1:<port><pathAndQuery>} */
    URI url(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
    }

    /** Scripts the answer of a path (without query); replaces an earlier script of that path. */
    FakeProvider on(String path, Reply reply) {
        replies.put(path, reply);
        return this;
    }

    List<Recorded> requests() {
        return List.copyOf(requests);
    }

    List<Recorded> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** @return the last request to the path; fails if there was none */
    Recorded last(String path) {
        List<Recorded> to = requests(path);
        if (to.isEmpty()) {
            throw new AssertionError("the fake provider got no request to " + path + "; got " + requests);
        }
        return to.get(to.size() - 1);
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        byte[] body = exchange.getRequestBody().readAllBytes();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        requests.add(new Recorded(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(), headers,
                new String(body, StandardCharsets.UTF_8)));
        answer(exchange, replies.getOrDefault(uri.getRawPath(), Reply.text(404, "not scripted")));
        // Not reached by the misbehaving replies: an IOException out of a handler makes HttpServer drop the
        // connection as it is, where closing the exchange would complete the response (e.g. the last chunk).
        exchange.close();
    }

    private void answer(HttpExchange exchange, Reply reply) throws IOException {
        if (!reply.delay.isZero() && await(reply.delay)) {
            return;
        }
        if (reply.wire == Wire.NEVER_ANSWER) {
            await(null);
            throw new IOException("held until the fake provider closed");
        }
        if (reply.wire == Wire.DROP) {
            throw new IOException("dropping the connection without an answer");
        }
        reply.headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        long length = reply.length();
        long declared = switch (reply.wire) {
            case CLOSE_MID_BODY, HOLD_MID_BODY -> length + 1000;
            case CHUNKED, CHUNKED_CUT -> 0;
            default -> length == 0 ? -1 : length;
        };
        exchange.sendResponseHeaders(reply.status, declared);
        OutputStream out = exchange.getResponseBody();
        try {
            write(out, reply);
            out.flush();
        } catch (IOException clientWentAway) {
            exchange.close();
            return;
        }
        if (reply.wire == Wire.CLOSE_MID_BODY || reply.wire == Wire.CHUNKED_CUT) {
            throw new IOException("closing mid-body");
        }
        if (reply.wire == Wire.HOLD_MID_BODY) {
            await(null);
            throw new IOException("held mid-body until the fake provider closed");
        }
    }

    private static void write(OutputStream out, Reply reply) throws IOException {
        if (reply.wire == Wire.TRICKLE) {
            for (byte b : reply.body) {
                out.write(b);
                out.flush();
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("stopped trickling", e);
                }
            }
            return;
        }
        if (reply.filler == 0) {
            out.write(reply.body);
            return;
        }
        byte[] block = new byte[8192];
        Arrays.fill(block, (byte) 'a');
        for (long left = reply.filler; left > 0; left -= block.length) {
            out.write(block, 0, (int) Math.min(block.length, left));
        }
    }

    /** @return true if the provider is closing */
    private boolean await(Duration duration) {
        try {
            if (duration == null) {
                closing.await();
                return true;
            }
            return closing.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** How a reply goes on the wire. */
    enum Wire {
        /** Content-Length and the whole body. */
        NORMAL,
        /** {@code Transfer-Encoding: chunked}: no length announced. */
        CHUNKED,
        /** Read the request, then hold the connection without a byte of answer. */
        NEVER_ANSWER,
        /** Read the request, then close the connection without a byte of answer. */
        DROP,
        /** Announce a Content-Length larger than the body, send the body, close the connection. */
        CLOSE_MID_BODY,
        /** Announce a Content-Length larger than the body, send the body, hold the connection. */
        HOLD_MID_BODY,
        /** Send the body in chunks, then close the connection without the last chunk. */
        CHUNKED_CUT,
        /** Content-Length, then the body one byte every 100 ms: never idle long enough for a read timeout. */
        TRICKLE
    }

    /** A scripted answer. Immutable: each modifier returns a copy. */
    static final class Reply {
        final int status;
        final Map<String, String> headers;
        final byte[] body;
        /** When positive, the body is this many filler bytes instead of {@link #body}. */
        final long filler;
        final Duration delay;
        final Wire wire;

        private Reply(int status, Map<String, String> headers, byte[] body, long filler, Duration delay, Wire wire) {
            this.status = status;
            this.headers = Map.copyOf(headers);
            this.body = body;
            this.filler = filler;
            this.delay = delay;
            this.wire = wire;
        }

        static Reply of(int status, String contentType, String body) {
            Map<String, String> headers = contentType == null ? Map.of() : Map.of("Content-Type", contentType);
            return new Reply(status, headers, body.getBytes(StandardCharsets.UTF_8), 0, Duration.ZERO, Wire.NORMAL);
        }

        /** 200 with an {@code application/x-www-form-urlencoded} body. */
        static Reply form(String body) {
            return of(200, "application/x-www-form-urlencoded", body);
        }

        static Reply text(int status, String body) {
            return of(status, "text/plain; charset=UTF-8", body);
        }

        /** A body of {@code size} filler bytes. */
        static Reply huge(int status, String contentType, long size) {
            return new Reply(status, Map.of("Content-Type", contentType), new byte[0], size, Duration.ZERO,
                    Wire.NORMAL);
        }

        /** A redirect to {@code location}. */
        static Reply redirect(int status, URI location) {
            return new Reply(status, Map.of("Location", location.toString()), new byte[0], 0, Duration.ZERO,
                    Wire.NORMAL);
        }

        /** Reads the request and never answers. */
        static Reply neverAnswer() {
            return text(200, "").wire(Wire.NEVER_ANSWER);
        }

        Reply header(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Reply(status, h, body, filler, delay, wire);
        }

        Reply delay(Duration value) {
            return new Reply(status, headers, body, filler, value, wire);
        }

        Reply wire(Wire value) {
            return new Reply(status, headers, body, filler, delay, value);
        }

        long length() {
            return filler > 0 ? filler : body.length;
        }
    }

    /** One request as the provider received it; header names in lower case. */
    record Recorded(String method, String path, String query, Map<String, List<String>> headers, String body) {

        /** @return the first value of a header, or {@code null} */
        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        String authorization() {
            return header("Authorization");
        }

        /** @return the parameters of the {@code OAuth} Authorization header, decoded (RFC 5849 §3.5.1) */
        Map<String, String> oauthParameters() {
            String h = authorization();
            if (h == null || !h.startsWith("OAuth ")) {
                throw new AssertionError("no OAuth Authorization header: " + h);
            }
            Map<String, String> p = new LinkedHashMap<>();
            for (String part : h.substring(6).split(",")) {
                String s = part.strip();
                int eq = s.indexOf('=');
                String value = s.substring(eq + 1);
                if (value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                p.put(s.substring(0, eq), PercentEncoding.decodeFormComponent(value));
            }
            return p;
        }

        /** @return the query parameters, decoded */
        Map<String, String> queryParameters() {
            Map<String, String> p = new LinkedHashMap<>();
            FormBodies.parse(query == null ? "" : query).forEach((k, v) -> p.put(k, v.get(0)));
            return p;
        }
    }

    /**
     * A plain {@link ServerSocket} that accepts connections and holds them without reading or writing a byte: a
     * provider that accepts and never answers.
     */
    static final class Silent implements AutoCloseable {
        private final ServerSocket socket;
        private final List<Socket> held = new CopyOnWriteArrayList<>();
        private final Thread acceptor;

        Silent() {
            try {
                socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(socket.accept());
                    }
                } catch (IOException closed) {
                    // close() ends the loop
                }
            }, "silent-provider");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        URI url(String pathAndQuery) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + pathAndQuery);
        }

        int accepted() {
            return held.size();
        }

        @Override
        public void close() {
            List<Socket> all = new ArrayList<>(held);
            all.forEach(s -> {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
            });
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    /**
     * A listener that never accepts, with its accept queue filled: the kernel drops further connection attempts
     * (Linux), so a client's connect times out.
     */
    static final class Backlogged implements AutoCloseable {
        private final ServerSocket socket;
        private final List<Socket> queued = new ArrayList<>();

        Backlogged() {
            try {
                socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                for (int i = 0; i < 4; i++) {
                    Socket s = new Socket();
                    try {
                        s.connect(socket.getLocalSocketAddress(), 200);
                        queued.add(s);
                    } catch (IOException full) {
                        s.close();
                        break;
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        URI url(String pathAndQuery) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + pathAndQuery);
        }

        @Override
        public void close() {
            for (Socket s : queued) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    /** @return a loopback URL on which nothing listens (connection refused) */
    static URI refusingUrl(String pathAndQuery) {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + s.getLocalPort() + pathAndQuery);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
