package dev.authlib.oauth1.it.flow;

import com.hazelcast.core.HazelcastInstance;
import dev.authlib.oauth1.internal.store.TestHazelcast;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Another node of the application, in a JVM of its own (as a second server would be): an embedded Hazelcast member
 * that joins the test's cluster on 127.0.0.1, and a {@link FlowApp#node FlowApp node} with the given configuration.
 * {@link #start} launches it and waits for it; {@link #close} stops it. The node stops by itself when its standard
 * input closes, so it never outlives the test JVM.
 */
final class FlowNode implements AutoCloseable {
    private static final String READY = "NODE_READY ";
    private static final long START_SECONDS = 120;

    private final Process process;
    private final URI base;
    private final Path log;

    private FlowNode(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /** The node's main: {@code <config.properties> <member name> <cluster> <port> <peer ports, comma-separated>}. */
    public static void main(String[] args) throws Exception {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        Map<String, String> properties = new HashMap<>();
        p.stringPropertyNames().forEach(k -> properties.put(k, p.getProperty(k)));
        List<Integer> peers = Arrays.stream(args[4].split(",")).map(Integer::valueOf).toList();
        HazelcastInstance member = TestHazelcast.member(args[1], args[2], Integer.parseInt(args[3]), peers);
        FlowApp app = FlowApp.node(properties);
        try {
            app.beforeAll(null);
            System.out.println(READY + app.uri(""));
            System.out.flush();
            while (System.in.read() != -1) {
                // runs until the test closes our standard input
            }
        } finally {
            try {
                app.afterAll(null);
            } finally {
                member.shutdown();
            }
        }
        System.exit(0);
    }

    /**
     * Starts a node and waits until it serves.
     *
     * @param properties its whole configuration
     * @param member its Hazelcast member's instance name
     * @param cluster the cluster to join
     * @param port its member's port
     * @param peerPorts every member's port
     */
    static FlowNode start(Map<String, String> properties, String member, String cluster, int port,
            List<Integer> peerPorts) throws IOException {
        Path dir = Path.of(System.getProperty("it.provider.log.dir", "target/it-provider")).toAbsolutePath()
                .resolveSibling("it-nodes");
        Files.createDirectories(dir);
        Path config = Files.createTempFile(dir, member + "-", ".properties");
        Properties p = new Properties();
        p.putAll(properties);
        try (Writer out = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
            p.store(out, "configuration of node " + member);
        }
        Path log = Files.createTempFile(dir, member + "-", ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-Djava.net.preferIPv4Stack=true", "-cp", System.getProperty("java.class.path"),
                FlowNode.class.getName(), config.toString(), member, cluster, String.valueOf(port),
                peerPorts.stream().map(String::valueOf).collect(Collectors.joining(","))));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        CompletableFuture<URI> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith(READY)) {
                        ready.complete(URI.create(line.substring(READY.length()).trim()));
                    }
                }
            } catch (IOException e) {
                ready.completeExceptionally(e);
            }
            ready.completeExceptionally(new IllegalStateException("the node exited"));
        }, "flow-node-" + member);
        reader.setDaemon(true);
        reader.start();
        try {
            return new FlowNode(process, ready.get(START_SECONDS, TimeUnit.SECONDS), log);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("node " + member + " did not start (" + e + ")\n--- " + log + " ---\n"
                    + Files.readString(log, StandardCharsets.UTF_8), e);
        }
    }

    /** An absolute URI of this node's application: {@code http://127.0.0.1:<port>/app/<path>}. */
    URI uri(String path) {
        return base.resolve(path);
    }

    /** The same request, sent to this node (as a load balancer without sticky sessions may do). */
    URI route(URI uri) {
        return route(uri, base);
    }

    /** {@code uri} with the authority (host and port) of {@code node}. */
    static URI route(URI uri, URI node) {
        String s = uri.toString();
        String from = "http://" + uri.getRawAuthority();
        if (!s.startsWith(from)) {
            throw new IllegalArgumentException("not an http URI: " + uri);
        }
        return URI.create("http://" + node.getRawAuthority() + s.substring(from.length()));
    }

    /** The node's output so far, for failure messages. */
    String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        process.getOutputStream().close();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
