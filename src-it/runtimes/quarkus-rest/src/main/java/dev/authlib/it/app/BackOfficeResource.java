package dev.authlib.it.app;

import dev.authlib.oauth1.OAuth1Client;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Calls with clients that log no one in, configured only ({@code META-INF/microprofile-config.properties}): the
 * store's orders (one-legged) and an ERP customer (a static token). No token argument anywhere.
 */
@Path("backoffice")
public class BackOfficeResource {

    @Inject
    @Named("shop")
    OAuth1Client shop;

    @Inject
    @Named("erp")
    OAuth1Client erp;

    @GET
    @Path("orders")
    public Response orders() {
        return relay(shop.target("orders").queryParam("status", "processing").queryParam("search", "a b+c*~%é")
                .request().get());
    }

    @GET
    @Path("customer")
    public Response customer() {
        return relay(erp.get("record/v1/customer/17"));
    }

    private static Response relay(Response answer) {
        try (answer) {
            return Response.status(answer.getStatus()).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(answer.readEntity(String.class)).build();
        }
    }
}
