package dev.authlib.it.app.typed;

import dev.authlib.oauth1.OAuth1Signed;
import dev.authlib.oauth1.TokenCredentials;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The Authlib provider's API as a typed client, signed by the login client {@code demo}: the user's token comes from
 * the application's resolver, or per call. {@code provider-api/mp-rest/url} is the provider's base URL.
 */
@RegisterRestClient(configKey = "provider-api")
@OAuth1Signed(value = "demo", mapProblems = true)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface ProviderApi {

    @GET
    @Path("me")
    String me();

    @GET
    @Path("me")
    String me(@HeaderParam(OAuth1Signed.TOKEN_HEADER) TokenCredentials token);

    @GET
    @Path("me")
    CompletionStage<String> meAsync();

    /** The provider echoes the query parameters as it decoded them. */
    @GET
    @Path("echo")
    String echoQuery(@QueryParam("space") String space, @QueryParam("plus") String plus,
            @QueryParam("star") String star, @QueryParam("tilde") String tilde, @QueryParam("percent") String percent,
            @QueryParam("unicode") String unicode, @QueryParam("amp") String amp);

    /** The provider echoes the form parameters as it decoded them. */
    @POST
    @Path("echo")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    String echoForm(@FormParam("status") String status, @FormParam("tag") String tag);
}
