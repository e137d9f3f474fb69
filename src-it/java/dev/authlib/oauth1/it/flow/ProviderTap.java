package dev.authlib.oauth1.it.flow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP relay between the application's back channel and the provider, on a port of its own: it passes the bytes
 * through unchanged (the {@code Host} header names the relay, so signatures still verify) and records them, so that a
 * test learns the temporary and token secrets the provider handed out. In stale mode it moves every
 * {@code oauth_timestamp="..."} of a request an hour into the past, which the provider refuses.
 */
final class ProviderTap implements AutoCloseable {
    private static final Pattern TIMESTAMP = Pattern.compile("oauth_timestamp=\"(\\d{10})\"");

    private final ServerSocket server;
    private final URI provider;
    private final boolean stale;
    private final ByteArrayOutputStream traffic = new ByteArrayOutputStream();

    private ProviderTap(ServerSocket server, URI provider, boolean stale) {
        this.server = server;
        this.provider = provider;
        this.stale = stale;
    }

    /**
     * @param provider the provider's base URI ({@code http://127.0.0.1:<port>})
     * @param stale whether to make every request's timestamp an hour old
     */
    static ProviderTap start(URI provider, boolean stale) {
        try {
            ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            ProviderTap tap = new ProviderTap(server, provider, stale);
            Thread accept = new Thread(tap::accept, "provider-tap-" + server.getLocalPort());
            accept.setDaemon(true);
            accept.start();
            return tap;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The provider's {@code uri}, reached through this relay. */
    URI relay(URI uri) {
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + uri.getRawPath());
    }

    /** Everything relayed so far, both directions, as ISO-8859-1 text. */
    String traffic() {
        synchronized (traffic) {
            return traffic.toString(StandardCharsets.ISO_8859_1);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), provider.getPort());
                pump(client, upstream, stale);
                pump(upstream, client, false);
            } catch (IOException e) {
                // closed: the test is over
            }
        }
    }

    private void pump(Socket from, Socket to, boolean rewrite) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[65536];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    byte[] chunk = rewrite ? staler(buffer, n) : java.util.Arrays.copyOf(buffer, n);
                    synchronized (traffic) {
                        traffic.write(chunk, 0, chunk.length);
                    }
                    out.write(chunk);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "provider-tap-pump");
        t.setDaemon(true);
        t.start();
    }

    /** The chunk with each header timestamp an hour earlier (same number of digits, so lengths hold). */
    private static byte[] staler(byte[] buffer, int n) {
        String text = new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
        Matcher m = TIMESTAMP.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, "oauth_timestamp=\"" + (Long.parseLong(m.group(1)) - 3600) + "\"");
        }
        m.appendTail(sb);
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
