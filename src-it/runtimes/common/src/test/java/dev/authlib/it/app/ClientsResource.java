package dev.authlib.it.app;

import dev.authlib.oauth1.OAuth1Clients;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET clients/{name}}: how the library read a client's configuration ({@code OAuth1Client.toString()}, which
 * shows every setting and masks every secret), for the tests of the configuration's spellings on each runtime.
 */
@Path("clients/{name}")
public class ClientsResource {

    @Inject
    OAuth1Clients clients;

    @GET
    public Response describe(@PathParam("name") String name) {
        return clients.find(name).map(c -> Response.ok(c.toString(), MediaType.TEXT_PLAIN_TYPE).build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
    }
}
