package dev.authlib.oauth1.it.provider;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starts {@code src-it/provider/provider.py}, an independent OAuth 1.0a provider built on Authlib (Debian
 * {@code python3-authlib} 1.2), as a subprocess on a free loopback port.
 *
 * <pre>{@code
 * try (AuthlibProvider provider = AuthlibProvider.start(List.of(ClientSpec.hmac("app", "secret")))) {
 *     URI requestToken = provider.requestTokenUri();   // POST (or GET), oauth_callback required
 *     URI authorize = provider.authorizeUri();         // add ?oauth_token=..&auto=approve to skip the page
 *     URI accessToken = provider.accessTokenUri();     // answers user_id=42&screen_name=alice as well
 *     URI me = provider.apiBaseUri().resolve("me");    // {"id":42,"screen_name":"alice","name":"Alice Example"}
 * }
 * }</pre>
 *
 * <p>System properties: {@code it.python} (default {@code /usr/bin/python3}), {@code it.provider.dir} (default
 * {@code src-it/provider}, relative to the working directory), {@code it.provider.log.dir} (default
 * {@code target/it-provider}). The provider's stderr (one line per request: method, path, status; never secrets)
 * goes to {@link #logFile()}; {@link #log()} returns it for a failure message. Extra command-line options of
 * provider.py (such as {@code --auto-approve}, {@code --user-name bob}, {@code --callback-confirmed True},
 * {@code --stock-authlib-parsing}) can be passed to {@link #start(List, String...)}; see its README.md.
 */
public final class AuthlibProvider implements AutoCloseable {

    /** How long {@link #start} waits for the {@code PROVIDER_READY} line. */
    public static final long START_TIMEOUT_SECONDS = 30;

    private static final String READY = "PROVIDER_READY ";

    /**
     * A client registered with the provider.
     *
     * @param clientId the {@code oauth_consumer_key}
     * @param clientSecret the shared secret (HMAC-*, PLAINTEXT); may be empty for an RSA-only client
     * @param rsaPublicKeyPem the client's RSA public key, PEM ({@code -----BEGIN PUBLIC KEY-----}), or null
     * @param defaultRedirectUri where {@code oauth_callback=oob} is sent after authorization, or null (the
     *     provider then shows the verifier on a page, {@code <code id="verifier">})
     */
    public record ClientSpec(String clientId, String clientSecret, String rsaPublicKeyPem, String defaultRedirectUri) {
        public ClientSpec {
            Objects.requireNonNull(clientId, "clientId");
        }

        /** A client for HMAC-SHA1/256/512 and PLAINTEXT. */
        public static ClientSpec hmac(String clientId, String clientSecret) {
            return new ClientSpec(clientId, clientSecret, null, null);
        }

        /** A client for RSA-SHA1/256/512 (and, with a secret, the other methods too). */
        public static ClientSpec rsa(String clientId, String clientSecret, String rsaPublicKeyPem) {
            return new ClientSpec(clientId, clientSecret, rsaPublicKeyPem, null);
        }

        /** This client with a default redirect URI for {@code oob}. */
        public ClientSpec withDefaultRedirectUri(String uri) {
            return new ClientSpec(clientId, clientSecret, rsaPublicKeyPem, uri);
        }
    }

    private final Process process;
    private final URI baseUri;
    private final Path logFile;
    private final Path clientsFile;
    private final Thread shutdownHook;

    private AuthlibProvider(Process process, URI baseUri, Path logFile, Path clientsFile, Thread shutdownHook) {
        this.process = process;
        this.baseUri = baseUri;
        this.logFile = logFile;
        this.clientsFile = clientsFile;
        this.shutdownHook = shutdownHook;
    }

    /**
     * Starts a provider knowing the given clients and waits (at most {@value #START_TIMEOUT_SECONDS} s) until it
     * listens.
     *
     * @param clients the registered clients
     * @param extraArgs further options of provider.py, e.g. {@code "--auto-approve"}
     * @return the running provider; close it
     * @throws IOException if python cannot be started or files cannot be written
     * @throws IllegalStateException if the provider exits or is not ready in time (the message holds its log)
     */
    public static AuthlibProvider start(List<ClientSpec> clients, String... extraArgs) throws IOException {
        String python = System.getProperty("it.python", "/usr/bin/python3");
        Path dir = Path.of(System.getProperty("it.provider.dir", "src-it/provider")).toAbsolutePath();
        Path script = dir.resolve("provider.py");
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException("no provider script at " + script + " (set -Dit.provider.dir)");
        }
        Path logDir = Path.of(System.getProperty("it.provider.log.dir", "target/it-provider")).toAbsolutePath();
        Files.createDirectories(logDir);
        Path clientsFile = Files.createTempFile(logDir, "clients-", ".json");
        Files.writeString(clientsFile, toJson(clients), StandardCharsets.UTF_8);
        Path logFile = Files.createTempFile(logDir, "provider-", ".log");

        List<String> command = new ArrayList<>(List.of(python, script.toString(),
                "--port", "0", "--clients", clientsFile.toString()));
        command.addAll(List.of(extraArgs));
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        pb.environment().put("PYTHONUNBUFFERED", "1");
        pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        Process process = pb.start();
        process.getOutputStream().close();
        Thread hook = new Thread(process::destroyForcibly, "authlib-provider-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);

        CompletableFuture<URI> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (!ready.isDone() && line.startsWith(READY)) {
                        ready.complete(URI.create(line.substring(READY.length()).trim()));
                    }
                    // keep draining stdout so the provider never blocks on a full pipe
                }
            } catch (IOException | RuntimeException e) {
                ready.completeExceptionally(e);
            }
            ready.completeExceptionally(new IllegalStateException("provider exited before it was ready"));
        }, "authlib-provider-stdout");
        reader.setDaemon(true);
        reader.start();

        URI base;
        try {
            base = ready.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill(process, hook);
            Files.deleteIfExists(clientsFile);
            throw new IllegalStateException("interrupted while starting the provider", e);
        } catch (ExecutionException | TimeoutException e) {
            kill(process, hook);
            Files.deleteIfExists(clientsFile);
            String why = e instanceof TimeoutException ? "not ready after " + START_TIMEOUT_SECONDS + " s"
                    : String.valueOf(e.getCause().getMessage());
            throw new IllegalStateException("Authlib provider did not start (" + why + "), command " + command
                    + "\n--- " + logFile + " ---\n" + readQuietly(logFile));
        }
        return new AuthlibProvider(process, base, logFile, clientsFile, hook);
    }

    /** {@code http://127.0.0.1:<port>} (no trailing slash). */
    public URI baseUri() {
        return baseUri;
    }

    /** {@code <base>/oauth/request_token}: temporary credentials (POST or GET; {@code oauth_callback} required). */
    public URI requestTokenUri() {
        return URI.create(baseUri + "/oauth/request_token");
    }

    /**
     * {@code <base>/oauth/authorize}: add {@code ?oauth_token=...} for the consent page (buttons
     * {@code #approve}/{@code #deny}), and {@code &auto=approve} (or {@code auto=deny}) for an immediate 302.
     */
    public URI authorizeUri() {
        return URI.create(baseUri + "/oauth/authorize");
    }

    /** {@code <base>/oauth/access_token}: token credentials (POST or GET). */
    public URI accessTokenUri() {
        return URI.create(baseUri + "/oauth/access_token");
    }

    /** {@code <base>/api/}: {@code GET me} and {@code POST echo} (form parameters echoed as JSON). */
    public URI apiBaseUri() {
        return URI.create(baseUri + "/api/");
    }

    /** The file receiving the provider's stderr. */
    public Path logFile() {
        return logFile;
    }

    /** The provider's stderr so far (request lines and errors), for assertion messages. */
    public String log() {
        return readQuietly(logFile);
    }

    /** Whether the provider process still runs. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** Stops the provider (the log file stays). */
    @Override
    public void close() {
        kill(process, shutdownHook);
        try {
            Files.deleteIfExists(clientsFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e + ")";
        }
    }

    static String toJson(List<ClientSpec> clients) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < clients.size(); i++) {
            ClientSpec c = clients.get(i);
            sb.append(i == 0 ? "\n" : ",\n").append("  {");
            field(sb, "client_id", c.clientId(), true);
            field(sb, "client_secret", c.clientSecret() == null ? "" : c.clientSecret(), false);
            if (c.rsaPublicKeyPem() != null) {
                field(sb, "rsa_public_key_pem", c.rsaPublicKeyPem(), false);
            }
            if (c.defaultRedirectUri() != null) {
                field(sb, "default_redirect_uri", c.defaultRedirectUri(), false);
            }
            sb.append('}');
        }
        return sb.append("\n]\n").toString();
    }

    private static void field(StringBuilder sb, String name, String value, boolean first) {
        if (!first) {
            sb.append(", ");
        }
        sb.append('"').append(name).append("\": \"");
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
        sb.append('"');
    }
}
