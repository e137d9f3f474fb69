package dev.authlib.oauth1.it.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A provider that fails below HTTP: on 127.0.0.1, it reads each request whole (head and body) and closes the
 * connection without answering, as a provider does that crashes, or a proxy that drops a connection after
 * forwarding. A client that retries such a request sends it again, with the same signature and nonce; this server
 * records every request it read, so a test counts the sends. Shared with the runtime tests through the tests jar.
 */
public final class DroppingServer implements AutoCloseable {
    /** One request as read: its request line and its head's {@code oauth_nonce}, if any. */
    public record Request(String requestLine, String nonce) {}

    private final ServerSocket server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private DroppingServer(ServerSocket server) {
        this.server = server;
    }

    /** Starts the server on a free loopback port. */
    public static DroppingServer start() {
        try {
            DroppingServer s = new DroppingServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
            Thread accept = new Thread(s::accept, "dropping-server-" + s.server.getLocalPort());
            accept.setDaemon(true);
            accept.start();
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:<port><pathAndQuery>}. */
    public URI url(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + pathAndQuery);
    }

    /** Every request read so far, in order. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The requests read so far whose path starts with {@code pathPrefix}. */
    public List<Request> requestsTo(String pathPrefix) {
        return requests.stream().filter(r -> r.requestLine().split(" ")[1].startsWith(pathPrefix)).toList();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                s.setSoTimeout(5_000);
                read(s.getInputStream());
                s.setSoLinger(true, 0); // a reset, not a polite close: nothing was answered
            } catch (IOException e) {
                // the client went away first, or the server is closing
            }
        }
    }

    private void read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return; // closed before a whole head: not a request
            }
            head.write(b);
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        String lower = text.toLowerCase(Locale.ROOT);
        long length = 0;
        int cl = lower.indexOf("\r\ncontent-length:");
        if (cl >= 0) {
            length = Long.parseLong(lower.substring(cl + 17, lower.indexOf("\r\n", cl + 2)).trim());
        }
        if (lower.contains("\r\ntransfer-encoding: chunked")) {
            drainChunked(in);
        } else {
            in.skipNBytes(length);
        }
        requests.add(new Request(text.substring(0, text.indexOf("\r\n")), nonce(text)));
    }

    private static void drainChunked(InputStream in) throws IOException {
        while (true) {
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    return;
                }
                line.append((char) b);
            }
            int size = Integer.parseInt(line.toString().split(";")[0].trim(), 16);
            in.skipNBytes(size + 2L);
            if (size == 0) {
                return;
            }
        }
    }

    /** {@code oauth_nonce} from the Authorization header or the query, or null. */
    private static String nonce(String head) {
        int i = head.indexOf("oauth_nonce=");
        if (i < 0) {
            return null;
        }
        int start = i + "oauth_nonce=".length();
        boolean quoted = head.charAt(start) == '"';
        int from = quoted ? start + 1 : start;
        int end = from;
        while (end < head.length() && "\"&, \r\n".indexOf(head.charAt(end)) < 0) {
            end++;
        }
        return head.substring(from, end);
    }
}
