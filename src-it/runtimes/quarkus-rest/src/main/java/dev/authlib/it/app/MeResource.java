package dev.authlib.it.app;

import dev.authlib.oauth1.OAuth1Client;
import dev.authlib.oauth1.TokenCredentials;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code GET /me/{screenName}}: that user's profile, fetched from the provider with a signed call. */
@Path("me/{screenName}")
public class MeResource {

    @Inject
    @Named("demo")
    OAuth1Client demo;

    @Inject
    SignedInUsers users;

    @GET
    public Response me(@PathParam("screenName") String screenName) {
        TokenCredentials token = users.token(screenName).orElse(null);
        if (token == null) {
            return Response.status(Response.Status.UNAUTHORIZED).type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("not signed in: GET /oauth1/demo/login?next=/me/" + screenName).build();
        }
        try (Response profile = demo.get("me", token)) { // api-base-url + "me", signed with the user's token
            return Response.status(profile.getStatus()).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(profile.readEntity(String.class)).build();
        }
    }
}
