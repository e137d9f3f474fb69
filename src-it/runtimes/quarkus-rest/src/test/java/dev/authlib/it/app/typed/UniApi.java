package dev.authlib.it.app.typed;

import dev.authlib.oauth1.OAuth1Signed;
import dev.authlib.oauth1.TokenCredentials;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** {@link ProviderApi} with Mutiny {@code Uni} results (Quarkus REST's client): signed when subscribed to. */
@RegisterRestClient(configKey = "provider-api")
@OAuth1Signed(value = "demo", mapProblems = true)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface UniApi {

    @GET
    @Path("me")
    Uni<String> me();

    @GET
    @Path("me")
    Uni<String> me(@HeaderParam(OAuth1Signed.TOKEN_HEADER) TokenCredentials token);
}
