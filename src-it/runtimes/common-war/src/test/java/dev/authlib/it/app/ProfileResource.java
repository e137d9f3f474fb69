package dev.authlib.it.app;

import dev.authlib.oauth1.OAuth1CallbackException;
import dev.authlib.oauth1.OAuth1Client;
import dev.authlib.oauth1.TokenCredentials;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;

/**
 * {@code GET api/me}: the signed-in user's profile, fetched from the provider with a signed call. Also a login
 * through the application's own routes ({@code api/own/login}, {@code api/own/callback}) instead of the built-in
 * ones.
 */
@Path("")
@RequestScoped
public class ProfileResource {

    @Inject
    @Named("demo")
    OAuth1Client demo;

    @Inject
    UserSession session;

    @Context
    UriInfo uri;

    @GET
    @Path("me")
    public Response me() {
        Optional<TokenCredentials> token = session.token();
        if (token.isEmpty()) {
            return Response.status(Response.Status.UNAUTHORIZED).type(MediaType.TEXT_PLAIN).entity("not signed in")
                    .build();
        }
        try (Response profile = demo.get("me", token.get())) {
            if (profile.getStatus() != 200) {
                return Response.status(Response.Status.BAD_GATEWAY).type(MediaType.TEXT_PLAIN)
                        .entity("provider answered " + profile.getStatus()).build();
            }
            return Response.ok(profile.readEntity(String.class), MediaType.APPLICATION_JSON).build();
        }
    }

    @GET
    @Path("own/login")
    public Response ownLogin() {
        return demo.authorizeRedirect(uri.getBaseUriBuilder().path("own/callback").build());
    }

    @GET
    @Path("own/callback")
    public Response ownCallback() {
        try {
            session.signIn(demo.authorizeAccessToken(uri));
        } catch (OAuth1CallbackException e) { // a foreign, replayed or denied callback
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_PLAIN)
                    .entity("login failed, please start again").build();
        }
        URI me = uri.getBaseUriBuilder().path("me").build();
        return Response.seeOther(me).build();
    }
}
