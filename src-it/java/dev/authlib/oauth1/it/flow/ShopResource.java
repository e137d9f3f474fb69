package dev.authlib.oauth1.it.flow;

import dev.authlib.oauth1.OAuth1CallbackException;
import dev.authlib.oauth1.OAuth1Exception;
import dev.authlib.oauth1.OAuth1Client;
import dev.authlib.oauth1.OAuth1Clients;
import dev.authlib.oauth1.TokenCredentials;
import dev.authlib.oauth1.internal.store.SessionTemporaryCredentialStore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * The application's own routes, as an application would write them with the programmatic API: a login and callback
 * for the injected {@code twitter} client, the same for any client of the registry (the signature matrix), and a
 * view of this session's pending logins. Callbacks answer {@code text/plain} lines {@code key=value}.
 */
@Path("shop")
@RequestScoped
@Produces(MediaType.TEXT_PLAIN)
public class ShopResource {
    /** The form POSTed to {@code /api/echo}: spaces, reserved and non-ASCII characters, a repeated name. */
    static final Form ECHO_FORM = new Form().param("status", "Hello Ladies + Gentlemen, a signed OAuth request!")
            .param("tag", "a b").param("tag", "\u00fc&=*~");

    @Inject
    @Named("twitter")
    OAuth1Client twitter;

    @Inject
    OAuth1Clients clients;

    @Inject
    SessionTemporaryCredentialStore pending;

    @GET
    @Path("twitter/login")
    public Response twitterLogin(@Context UriInfo uri) {
        return twitter.authorizeRedirect(callback(uri, "shop/twitter/callback"));
    }

    @GET
    @Path("twitter/callback")
    public Response twitterCallback(@Context UriInfo uri) {
        TokenCredentials token;
        try {
            token = twitter.authorizeAccessToken(uri);
        } catch (OAuth1CallbackException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(e.getClass().getSimpleName()).build();
        }
        try (Response me = twitter.get("me", token)) {
            return Response.ok(lines(token, me, null)).build();
        }
    }

    @GET
    @Path("clients/{client}/login")
    public Response clientLogin(@PathParam("client") String name, @Context UriInfo uri) {
        return clients.get(name).authorizeRedirect(callback(uri, "shop/clients/" + name + "/callback"));
    }

    @GET
    @Path("clients/{client}/callback")
    public Response clientCallback(@PathParam("client") String name, @Context UriInfo uri) {
        OAuth1Client client = clients.get(name);
        TokenCredentials token = client.authorizeAccessToken(uri);
        try (Response me = client.get("me", token);
                Response echo = client.post("echo", Entity.form(ECHO_FORM), token)) {
            return Response.ok(lines(token, me, echo)).build();
        }
    }

    /** A signed call without a token: the application's OAuth1TokenResolver supplies it (if it has one). */
    @GET
    @Path("twitter/me-resolved")
    public Response meResolved() {
        try (Response me = twitter.get("me")) {
            return Response.ok(me.readEntity(String.class)).build();
        } catch (OAuth1Exception e) {
            return Response.status(Response.Status.UNAUTHORIZED).entity(e.getMessage()).build();
        }
    }

    /** How many logins are pending in this browser's session. */
    @GET
    @Path("pending")
    public String pending() {
        return String.valueOf(pending.size());
    }

    private static URI callback(UriInfo uri, String path) {
        return uri.getBaseUriBuilder().path(path).build();
    }

    private static String lines(TokenCredentials token, Response me, Response echo) {
        StringBuilder sb = new StringBuilder();
        sb.append("screen_name=").append(token.parameter("screen_name").orElse("")).append('\n');
        sb.append("me.status=").append(me.getStatus()).append('\n');
        sb.append("me=").append(me.readEntity(String.class).strip()).append('\n');
        if (echo != null) {
            sb.append("echo.status=").append(echo.getStatus()).append('\n');
            sb.append("echo=").append(echo.readEntity(String.class).strip()).append('\n');
        }
        return sb.toString();
    }
}
