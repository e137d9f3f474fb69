package dev.authlib.oauth1.it.provider;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A Python test server (Debian's interpreter and packages) as a subprocess on a free loopback port: started, waited
 * for until it prints its ready line with its URL, its stderr kept in a log file, stopped with the JVM at the latest.
 * The process machinery of {@link AuthlibProvider} and {@link OauthlibVerifier}.
 */
final class PythonServer {
    /** How long {@link #start} waits for the ready line. */
    static final long START_TIMEOUT_SECONDS = 30;

    final Process process;
    final URI baseUri;
    final Path logFile;
    private final Thread shutdownHook;
    private Path clientsFile;

    private PythonServer(Process process, URI baseUri, Path logFile, Thread shutdownHook) {
        this.process = process;
        this.baseUri = baseUri;
        this.logFile = logFile;
        this.shutdownHook = shutdownHook;
    }

    /**
     * Starts a server whose first arguments are {@code --port 0 --clients <file>}, the file holding
     * {@code clientsJson}; the file is deleted when the server stops.
     */
    static PythonServer startWithClients(String dirProperty, String defaultDir, String script, String name,
            String ready, String clientsJson, List<String> extraArgs) throws IOException {
        Path logDir = Path.of(System.getProperty("it.provider.log.dir", "target/it-provider")).toAbsolutePath();
        Files.createDirectories(logDir);
        Path clients = Files.createTempFile(logDir, name + "-clients-", ".json");
        Files.writeString(clients, clientsJson, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("--port", "0", "--clients", clients.toString()));
        args.addAll(extraArgs);
        try {
            PythonServer server = start(dirProperty, defaultDir, script, name, ready, args);
            server.clientsFile = clients;
            return server;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(clients);
            throw e;
        }
    }

    /**
     * @param script the script, resolved in the directory the system property {@code dirProperty} names
     * @param defaultDir that directory when the property is not set, relative to the working directory
     * @param name what the server is, for messages and thread names
     * @param ready the line prefix the script prints with its URL once it listens
     * @param args the script's arguments
     */
    static PythonServer start(String dirProperty, String defaultDir, String script, String name, String ready,
            List<String> args) throws IOException {
        String python = System.getProperty("it.python", "/usr/bin/python3");
        Path dir = Path.of(System.getProperty(dirProperty, defaultDir)).toAbsolutePath();
        Path file = dir.resolve(script);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no " + name + " script at " + file + " (set -D" + dirProperty + ")");
        }
        Path logDir = Path.of(System.getProperty("it.provider.log.dir", "target/it-provider")).toAbsolutePath();
        Files.createDirectories(logDir);
        Path logFile = Files.createTempFile(logDir, name + "-", ".log");
        List<String> command = new ArrayList<>(List.of(python, file.toString()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        pb.environment().put("PYTHONUNBUFFERED", "1");
        pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        Process process = pb.start();
        process.getOutputStream().close();
        Thread hook = new Thread(process::destroyForcibly, name + "-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);

        CompletableFuture<URI> started = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (!started.isDone() && line.startsWith(ready)) {
                        started.complete(URI.create(line.substring(ready.length()).trim()));
                    }
                    // keep draining stdout so the server never blocks on a full pipe
                }
            } catch (IOException | RuntimeException e) {
                started.completeExceptionally(e);
            }
            started.completeExceptionally(new IllegalStateException(name + " exited before it was ready"));
        }, name + "-stdout");
        reader.setDaemon(true);
        reader.start();
        try {
            return new PythonServer(process, started.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS), logFile, hook);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill(process, hook);
            throw new IllegalStateException("interrupted while starting the " + name, e);
        } catch (ExecutionException | TimeoutException e) {
            kill(process, hook);
            String why = e instanceof TimeoutException ? "not ready after " + START_TIMEOUT_SECONDS + " s"
                    : String.valueOf(e.getCause().getMessage());
            throw new IllegalStateException(name + " did not start (" + why + "), command " + command
                    + "\n--- " + logFile + " ---\n" + readQuietly(logFile));
        }
    }

    String log() {
        return readQuietly(logFile);
    }

    /** Stops the server; its log file stays, its clients file goes. */
    void stop() {
        kill(process, shutdownHook);
        if (clientsFile != null) {
            try {
                Files.deleteIfExists(clientsFile);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static void kill(Process process, Thread hook) {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException ignored) {
            // the JVM is already shutting down
        }
    }

    static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e + ")";
        }
    }

    /** A JSON string literal. */
    static String json(String value) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
