package dev.authlib.it.payara;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.authlib.it.support.AliceProfile;
import dev.authlib.it.support.DemoProvider;
import dev.authlib.it.support.MicroNode;
import dev.authlib.it.support.TestWar;
import dev.authlib.oauth1.it.browser.Browser;
import dev.authlib.oauth1.it.provider.AuthlibProvider;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A login that starts on one node and whose callback lands on another: two Payara Micro processes clustered on
 * loopback (Hazelcast, TCP/IP discovery) serving the same {@code <distributable/>} demo application. The pending
 * login lives in the replicated HTTP session, so node B finds what node A stored. One browser (one cookie jar: the
 * nodes share the host 127.0.0.1, and cookies ignore ports) plays the user; a load balancer is simulated by sending
 * the provider's callback to node B.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class PayaraClusterIT {
    static final Duration BOOT = Duration.ofSeconds(180);

    static AuthlibProvider provider;
    static MicroNode a;
    static MicroNode b;

    @BeforeAll
    static void startCluster() throws IOException {
        provider = DemoProvider.start();
        Path dir = Files.createDirectories(Path.of(System.getProperty("it.cluster.dir")));
        Path war = dir.resolve("demo.war");
        TestWar.distributableDemo("demo", DemoProvider.config(provider.baseUri()))
                .as(ZipExporter.class).exportTo(war.toFile(), true);

        int hz = MicroNode.freePortPair();
        String members = "tcpip:127.0.0.1:" + hz + ",127.0.0.1:" + (hz + 1);
        String cluster = "authlib-it-" + ProcessHandle.current().pid();
        Instant deadline = Instant.now().plus(BOOT);
        a = MicroNode.start("node-a", war, dir, cluster, members, hz);
        // B starts once A's data grid is up, so that B joins it instead of both forming clusters of one
        a.awaitLog("DG Size: 1", deadline);
        b = MicroNode.start("node-b", war, dir, cluster, members, hz + 1);
        for (MicroNode n : new MicroNode[] {a, b}) {
            n.awaitLog("DG Size: 2", deadline);
            n.awaitLog("Payara Micro URLs", deadline);
        }
    }

    @AfterAll
    static void stopCluster() {
        for (AutoCloseable c : new AutoCloseable[] {b, a, provider}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                System.err.println("closing " + c + ": " + e);
            }
        }
    }

    @Test
    void loginStartedOnNodeA_completesOnNodeB_andTheSessionFollowsTheUser() {
        Browser alice = new Browser();
        assertEquals(401, alice.get(a.uri("api/me")).statusCode());

        URI authorize = alice.follow(a.uri("api/oauth1/demo/login?next=" + a.uri("api/me").getPath()), 303);
        URI callbackToA = alice.follow(authorize, 302);
        assertEquals(a.uri("api/oauth1/demo/authorize").getPort(), callbackToA.getPort(), callbackToA::toString);

        URI callbackToB = b.sameOn(callbackToA);
        assertEquals(b.uri("api/me"), alice.follow(callbackToB, 303), "node B completed the login started on A");

        AliceProfile.assertAnswered(alice.get(b.uri("api/me")));
        AliceProfile.assertAnswered(alice.get(a.uri("api/me"))); // the token kept on B is in the session on A too

        HttpResponse<String> replayOnA = alice.get(callbackToA);
        assertEquals(400, replayOnA.statusCode(), "the pending login taken on B is gone on A: " + replayOnA.body());
        assertEquals(401, new Browser().get(b.uri("api/me")).statusCode(), "another browser is not signed in");
    }
}
