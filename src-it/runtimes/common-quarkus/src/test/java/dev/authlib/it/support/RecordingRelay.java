package dev.authlib.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * A TCP relay on loopback in front of one HTTP endpoint, appending every byte the endpoint answers to a file: lets a
 * test see what the provider told the application on the back channel (such as the temporary-credential secret)
 * without touching the application. The bytes pass unchanged, {@code Host} header included, so OAuth signatures
 * computed for the relay's URL still verify.
 */
public final class RecordingRelay implements AutoCloseable {
    private final ServerSocket server;
    private final URI target;
    private final Path record;

    private RecordingRelay(ServerSocket server, URI target, Path record) {
        this.server = server;
        this.target = target;
        this.record = record;
    }

    /** Relays to {@code target}'s host and port; what it answers goes to {@code record}. */
    public static RecordingRelay start(URI target, Path record) throws IOException {
        Files.createDirectories(record.getParent());
        Files.deleteIfExists(record);
        Files.createFile(record);
        RecordingRelay relay = new RecordingRelay(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), target,
                record);
        daemon(relay::acceptLoop, "recording-relay");
        return relay;
    }

    /** {@code uri} with the relay's port instead of the target's. */
    public URI relayed(URI uri) {
        return URI.create(uri.toString().replaceFirst("^http://127\\.0\\.0\\.1:" + target.getPort(),
                "http://127.0.0.1:" + server.getLocalPort()));
    }

    /** The file receiving the target's answers. */
    public Path record() {
        return record;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket in = server.accept();
                Socket out = new Socket(InetAddress.getLoopbackAddress(), target.getPort());
                daemon(() -> pipe(in, out, false), "recording-relay-up");
                daemon(() -> pipe(out, in, true), "recording-relay-down");
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void pipe(Socket from, Socket to, boolean recordIt) {
        byte[] buffer = new byte[8192];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (recordIt) {
                    synchronized (this) {
                        Files.write(record, Arrays.copyOf(buffer, n), StandardOpenOption.APPEND);
                    }
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // the other side closed
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // nothing left to do with it
        }
    }

    private static void daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }
}
