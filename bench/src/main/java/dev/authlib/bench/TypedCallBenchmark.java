package dev.authlib.bench;

import dev.authlib.oauth1.CloseableOAuth1Client;
import dev.authlib.oauth1.OAuth1ClientBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import dev.authlib.oauth1.signature.OAuth1Signer;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.Map;
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
 * with a fresh nonce and timestamp, as in production. The difference is what signing costs a typed call;
 * {@link #unsignedFiltered()} (a request filter that does nothing) tells the REST client's own cost of running a
 * filter, {@link #signatureOnly()} (a filter that only puts an equal signer's signature) the signature's in the call,
 * so that what the library's filter adds of its own is {@code signed - signatureOnly}.
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

    private static final ClientRequestFilter NOOP = request -> { };

    private LoopbackServer server;
    private CloseableOAuth1Client oauth;
    private Timeline signed;
    private Timeline unsigned;
    private Timeline unsignedFiltered;
    private Timeline signatureOnly;
    private Timeline signatureDiscarded;
    private Timeline constantAuthorization;
    private static volatile int discarded;

    @Setup(Level.Trial)
    public void setUp() {
        server = new LoopbackServer();
        oauth = OAuth1ClientBuilder.newBuilder("bench").clientId(Workload.CONSUMER_KEY)
                .clientSecret(Workload.CONSUMER_SECRET).token(Workload.TOKEN, Workload.TOKEN_SECRET).build();
        signed = RestClientBuilder.newBuilder().baseUri(server.uri()).register(oauth.signingFeature())
                .build(Timeline.class);
        unsigned = RestClientBuilder.newBuilder().baseUri(server.uri()).build(Timeline.class);
        // what any request filter costs the REST client, whatever it does: the part of signing that is not ours
        unsignedFiltered = RestClientBuilder.newBuilder().baseUri(server.uri()).register(NOOP)
                .build(Timeline.class);
        // a filter putting a signature of an equal signer, nothing else: the library's filter less its own code
        OAuth1Signer signer = OAuth1Signer.builder(Workload.CONSUMER_KEY).clientSecret(Workload.CONSUMER_SECRET)
                .token(Workload.TOKEN, Workload.TOKEN_SECRET).build();
        ClientRequestFilter bareSignature = request -> request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION,
                signer.sign(request.getMethod(), request.getUri(), Map.of()).authorizationHeader());
        signatureOnly = RestClientBuilder.newBuilder().baseUri(server.uri()).register(bareSignature)
                .build(Timeline.class);
        // the same signature computed from the same request, and thrown away: the signing without the header
        ClientRequestFilter discardedSignature = request -> discarded += signer.sign(request.getMethod(),
                request.getUri(), Map.of()).authorizationHeader().length();
        signatureDiscarded = RestClientBuilder.newBuilder().baseUri(server.uri()).register(discardedSignature)
                .build(Timeline.class);
        // a constant Authorization header as long as a real one: the header without the signing
        String constant = signer.sign("GET", URI.create(server.uri() + "/1.1/statuses/user_timeline.json"
                + "?screen_name=twitterapi&count=2&include_rts=true"), Map.of()).authorizationHeader();
        ClientRequestFilter constantHeader = request -> request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION,
                constant);
        constantAuthorization = RestClientBuilder.newBuilder().baseUri(server.uri()).register(constantHeader)
                .build(Timeline.class);
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

    /** Unsigned, with a request filter that does nothing. */
    @Benchmark
    public String unsignedFiltered() {
        return unsignedFiltered.userTimeline("twitterapi", 2, true);
    }

    /** Signed by a bare signer in a filter. */
    @Benchmark
    public String signatureOnly() {
        return signatureOnly.userTimeline("twitterapi", 2, true);
    }

    /** The bare signer's signature computed in a filter and not put in the request. */
    @Benchmark
    public String signatureDiscarded() {
        return signatureDiscarded.userTimeline("twitterapi", 2, true);
    }

    /** A filter putting a constant Authorization header as long as a signed one. */
    @Benchmark
    public String constantAuthorization() {
        return constantAuthorization.userTimeline("twitterapi", 2, true);
    }

    @Benchmark
    public String signed() {
        return signed.userTimeline("twitterapi", 2, true);
    }
}
