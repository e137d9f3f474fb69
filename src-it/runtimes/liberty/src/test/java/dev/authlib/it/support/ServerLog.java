package dev.authlib.it.support;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the Liberty test server writes to {@code messages.log} from a mark on. The Arquillian adapter's deployment
 * exception carries only the first line of the server's error, and Weld's first line is "Exception List with 1
 * exceptions:"; the whole message (the one an administrator reads) is in the log.
 */
public final class ServerLog {
    private final Path file;
    private final long start;

    private ServerLog(Path file, long start) {
        this.file = file;
        this.start = start;
    }

    /** Marks the current end of messages.log of the server named by {@code it.wlp.home} and {@code it.server.name}. */
    public static ServerLog mark() {
        Path file = Path.of(System.getProperty("it.wlp.home"), "usr", "servers", System.getProperty("it.server.name"),
                "logs", "messages.log");
        try {
            return new ServerLog(file, Files.exists(file) ? Files.size(file) : 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything written since the mark. */
    public String since() {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            byte[] b = new byte[(int) Math.max(0, f.length() - start)];
            f.seek(start);
            f.readFully(b);
            return new String(b, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
