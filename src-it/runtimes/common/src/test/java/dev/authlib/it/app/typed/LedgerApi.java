package dev.authlib.it.app.typed;

import dev.authlib.oauth1.OAuth1Signed;
import dev.authlib.oauth1.TokenCredentials;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * A static-token API (NetSuite, Magento style) verified by oauthlib, signed by {@code ledger} with
 * {@code body-hash=SHA-256}: JSON bodies carry {@code oauth_body_hash}, which the verifier recomputes.
 */
@RegisterRestClient(configKey = "ledger-api")
@OAuth1Signed(value = "ledger", mapProblems = true)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface LedgerApi {

    @POST
    @Path("orders")
    @Consumes(MediaType.APPLICATION_JSON)
    String create(Order order);

    @GET
    @Path("orders")
    String find(@QueryParam("note") String note);

    @GET
    @Path("orders")
    String findAs(@HeaderParam(OAuth1Signed.TOKEN_HEADER) TokenCredentials token);
}
