package dev.authlib.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One Payara Micro process started by the test (not by Arquillian), a member of a Hazelcast cluster on loopback:
 * {@code --clustername}, {@code --interfaces 127.0.0.1}, {@code --clustermode tcpip:...}, and
 * {@code -Dhazelcast.socket.bind.any=false} (otherwise Hazelcast binds all interfaces). HTTP binds 127.0.0.1
 * through server-config/payara/pre-boot-commands.asadmin. Console output goes to {@code <dir>/<name>.log}.
 */
public final class MicroNode implements AutoCloseable {
    private final String name;
    private final int httpPort;
    private final String contextRoot;
    private final Process process;
    private final Path log;

    private MicroNode(String name, int httpPort, String contextRoot, Process process, Path log) {
        this.name = name;
        this.httpPort = httpPort;
        this.contextRoot = contextRoot;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts a node deploying {@code war} (context root: its file name without {@code .war}).
     *
     * @param members the {@code --clustermode} value, {@code tcpip:127.0.0.1:<p1>,127.0.0.1:<p2>}
     * @param hazelcastPort this member's own port, one of those in {@code members}
     */
    public static MicroNode start(String name, Path war, Path dir, String clusterName, String members,
            int hazelcastPort) {
        try {
            int httpPort = freePort();
            Path tmp = Files.createDirectories(dir.resolve(name + "-tmp"));
            Path log = dir.resolve(name + ".log");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            // the JVM options of every server the tests start (the pom's it.jvm.options: C1 only)
            for (String option : System.getProperty("it.jvm.options", "").trim().split("\\s+")) {
                if (!option.isEmpty()) {
                    command.add(option);
                }
            }
            command.addAll(List.of("-Xmx512m",
                    "-Dhazelcast.socket.bind.any=false",
                    "-Djava.io.tmpdir=" + tmp,
                    "-jar", System.getProperty("it.payara.micro.jar"),
                    "--name", name,
                    "--port", Integer.toString(httpPort),
                    "--clustername", clusterName,
                    "--interfaces", "127.0.0.1",
                    "--clustermode", members,
                    "--startport", Integer.toString(hazelcastPort),
                    "--prebootcommandfile", System.getProperty("it.payara.preboot"),
                    "--deploy", war.toString()));
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            process.getOutputStream().close();
            String file = war.getFileName().toString();
            return new MicroNode(name, httpPort, "/" + file.substring(0, file.length() - ".war".length()), process,
                    log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the console shows {@code text}; fails early if the process exits or the deployment fails. */
    public void awaitLog(String text, Instant deadline) {
        while (true) {
            String out = log();
            if (out.contains(text)) {
                return;
            }
            if (out.contains("Exception while loading the app")) {
                throw new AssertionError(name + ": the deployment failed\n" + tail());
            }
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + "\n" + tail());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(name + ": no '" + text + "' in time\n" + tail());
            }
            sleep(Duration.ofMillis(250));
        }
    }

    /** {@code http://127.0.0.1:<port>/<context>/<pathAndQuery>}. */
    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + httpPort + contextRoot + "/" + pathAndQuery);
    }

    /** The same URI on this node: another node's URI with this node's port (what a load balancer would do). */
    public URI sameOn(URI other) {
        try {
            return new URI(other.getScheme(), other.getUserInfo(), other.getHost(), httpPort, other.getPath(),
                    other.getQuery(), other.getFragment());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public String name() {
        return name;
    }

    public String log() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String tail() {
        String out = log();
        return "--- " + log + " (tail) ---\n" + out.substring(Math.max(0, out.length() - 6000));
    }

    /** Stops the process (SIGTERM, then SIGKILL after 20 s). */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** A free loopback port {@code p} such that {@code p + 1} is free too. */
    public static int freePortPair() {
        for (int i = 0; i < 50; i++) {
            int p = freePort();
            if (p < 65535 && isFree(p + 1)) {
                return p;
            }
        }
        throw new IllegalStateException("no two consecutive free ports");
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
