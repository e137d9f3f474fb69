package dev.authlib.oauth1.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.OAuth1ConfigurationException;
import dev.authlib.oauth1.OAuth1Signed;
import dev.authlib.oauth1.internal.cdi.TestDeployments;
import dev.authlib.oauth1.internal.client.FakeProvider.Recorded;
import dev.authlib.oauth1.internal.client.FakeProvider.Reply;
import dev.authlib.oauth1.internal.config.TestConfig;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * In a CDI container (Weld, as Payara and OpenLiberty have it), the annotation alone signs: the library's
 * {@code RestClientListener} finds the configured client by its name when the REST client is built.
 */
@EnableWeld
class TypedClientsInCdiTest {
    private final FakeProvider provider = FakeProvider.start();
    /** Registered when the test instance is made, before the container starts. */
    private final TestConfig config = TestConfig.with(netsuite());

    @WeldSetup
    WeldInitiator weld = WeldInitiator.of(TestDeployments.weld());

    /** A NetSuite-style static-token client's API. */
    @OAuth1Signed("netsuite")
    @Path("/api")
    public interface NetSuite {
        @GET
        @Path("record")
        String record();
    }

    @OAuth1Signed("netsuit")
    @Path("/api")
    public interface Misnamed {
        @GET
        @Path("record")
        String record();
    }

    @AfterEach
    void stop() {
        provider.close();
        config.close();
    }

    private static Map<String, String> netsuite() {
        Map<String, String> p = new HashMap<>();
        String k = "authlib.oauth.clients.netsuite.";
        p.put(k + "client-id", "ns-key");
        p.put(k + "client-secret", "ns-secret");
        p.put(k + "token", "ns-token");
        p.put(k + "token-secret", "ns-token-secret");
        p.put(k + "signature-method", "HMAC-SHA256");
        return p;
    }

    @Test
    void annotationAlone_signsWithTheNamedClient() {
        provider.on("/api/record", Reply.text(200, "rec"));
        NetSuite api = RestClientBuilder.newBuilder().baseUri(provider.url("")).build(NetSuite.class);
        assertEquals("rec", api.record());
        Recorded r = provider.last("/api/record");
        assertEquals("ns-token", r.oauthParameters().get("oauth_token"));
        assertEquals("HMAC-SHA256", r.oauthParameters().get("oauth_signature_method"));
    }

    @Test
    void unknownClientName_failsWhenTheRestClientIsBuilt_listingTheConfiguredOnes() {
        OAuth1ConfigurationException e = assertThrows(OAuth1ConfigurationException.class,
                () -> RestClientBuilder.newBuilder().baseUri(provider.url("")).build(Misnamed.class));
        assertEquals("AUTHJ6001: @OAuth1Signed(\"netsuit\") on " + Misnamed.class.getName() + " names no "
                + "configured client: configure authlib.oauth.clients.netsuit.*, or name one of netsuite",
                e.problems().get(0));
        assertTrue(provider.requests().isEmpty());
    }
}
