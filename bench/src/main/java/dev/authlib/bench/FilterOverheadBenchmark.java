package dev.authlib.bench;

import dev.authlib.oauth1.CloseableOAuth1Client;
import dev.authlib.oauth1.OAuth1ClientBuilder;
import dev.authlib.oauth1.signature.OAuth1Signer;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
 * What the library's filter costs beyond the signature it computes: the request filter of
 * {@code signingFeature()} (static-token client, HMAC-SHA1, header; a fresh nonce and timestamp) on a bodiless
 * request with nothing behind it ({@link StubRequest}), beside the same signature computed by an equal signer and
 * put in the same headers. Both start each operation from a new request, as a client does.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FilterOverheadBenchmark {
    private final URI uri = URI.create(Workload.SMALL_GET.url);
    private CloseableOAuth1Client oauth;
    private ClientRequestFilter filter;
    private OAuth1Signer signer;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        oauth = OAuth1ClientBuilder.newBuilder("bench").clientId(Workload.CONSUMER_KEY)
                .clientSecret(Workload.CONSUMER_SECRET).token(Workload.TOKEN, Workload.TOKEN_SECRET).build();
        filter = StubRequest.filterOf(oauth.signingFeature());
        signer = OAuth1Signer.builder(Workload.CONSUMER_KEY).clientSecret(Workload.CONSUMER_SECRET)
                .token(Workload.TOKEN, Workload.TOKEN_SECRET).build();
        StubRequest check = new StubRequest("GET", uri);
        filter.filter(check);
        if (check.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            throw new IllegalStateException("the filter did not sign");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        oauth.close();
    }

    /** The floor: the signature alone, into a new request's headers. */
    @Benchmark
    public Object signatureOnly() {
        StubRequest request = new StubRequest("GET", uri);
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION,
                signer.sign(request.getMethod(), request.getUri(), Map.of()).authorizationHeader());
        return request;
    }

    /** The library's filter on a new request. */
    @Benchmark
    public Object filter() throws IOException {
        StubRequest request = new StubRequest("GET", uri);
        filter.filter(request);
        return request;
    }
}
