package dev.authlib.it.app.typed;

import dev.authlib.oauth1.OAuth1Signed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * A one-legged API (LTI 1.1, WooCommerce style) verified by oauthlib, signed by the tokenless client {@code lti} with
 * {@code body-hash=SHA-1}.
 */
@RegisterRestClient(configKey = "lti-api")
@OAuth1Signed("lti")
@Path("/api/lti")
@Produces(MediaType.APPLICATION_JSON)
public interface LtiApi {

    @GET
    String launch(@QueryParam("space") String space, @QueryParam("plus") String plus,
            @QueryParam("star") String star, @QueryParam("tilde") String tilde, @QueryParam("percent") String percent,
            @QueryParam("unicode") String unicode, @QueryParam("amp") String amp);

    @POST
    @Path("outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    String outcome(Order result);
}
