package dev.authlib.bench;

import dev.authlib.oauth1.CloseableOAuth1Client;
import dev.authlib.oauth1.OAuth1ClientBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A typed call (MicroProfile Rest Client, RESTEasy's implementation on its default Apache HttpClient engine, as
 * OpenLiberty and Quarkus classic have it) against a loopback server, signed by the library, beside the same call
 * unsigned: the same interface, the same REST client implementation and server, in the same run. The signed client
 * has the library's {@code signingFeature()} of a static-token client (HMAC-SHA1, header), so every call is signed
 * with a fresh nonce and timestamp, as in production. The difference is what signing costs a typed call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TypedCallBenchmark {

    /** Twitter's user_timeline call, as in {@link Workload#SMALL_GET}. */
    @Path("/1.1/statuses")
    public interface Timeline {
        @GET
        @Path("user_timeline.json")
        @Produces(MediaType.APPLICATION_JSON)
        String userTimeline(@QueryParam("screen_name") String screenName, @QueryParam("count") int count,
                @QueryParam("include_rts") boolean includeRetweets);
    }

    private LoopbackServer server;
    private CloseableOAuth1Client oauth;
    private Timeline signed;
    private Timeline unsigned;

    @Setup(Level.Trial)
    public void setUp() {
        server = new LoopbackServer();
        oauth = OAuth1ClientBuilder.newBuilder("bench").clientId(Workload.CONSUMER_KEY)
                .clientSecret(Workload.CONSUMER_SECRET).token(Workload.TOKEN, Workload.TOKEN_SECRET).build();
        signed = RestClientBuilder.newBuilder().baseUri(server.uri()).register(oauth.signingFeature())
                .build(Timeline.class);
        unsigned = RestClientBuilder.newBuilder().baseUri(server.uri()).build(Timeline.class);
        if (!signed.userTimeline("twitterapi", 2, true).equals(unsigned.userTimeline("twitterapi", 2, true))) {
            throw new IllegalStateException("the two clients disagree");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        oauth.close();
        server.close();
    }

    @Benchmark
    public String unsigned() {
        return unsigned.userTimeline("twitterapi", 2, true);
    }

    @Benchmark
    public String signed() {
        return signed.userTimeline("twitterapi", 2, true);
    }
}
